// Cues to a grade's status read beyond its frame: a scale named by listing its grades (given to no one), and a grade
// worked towards ("on its way to outstanding", "until both homes are good").
import { Tok } from './dateTokens';
import { low } from './gradeWords';
import { Found } from './ratingFill';

const SCALE_RANK: Record<string, number> = { outstanding: 1, good: 2, adequate: 3, 'requires improvement': 3, inadequate: 4 };
const LISTED = /^[ \u00a0]*(?:,|,?[ \u00a0]*(?:and|or))[ \u00a0]*$/;

/** "judges councils on a four-point scale: outstanding, good, requires improvement to be good, and inadequate": three or
 *  more different grades listed one after another name the scale, and give no one a grade. */
export function scaleNamed(text: string, found: Found[], from: number): void {
  for (let i = from; i < found.length;) {
    let j = i + 1;
    while (j < found.length && LISTED.test(text.slice(found[j - 1].rating.end, found[j].rating.start))) j++;
    const run = found.slice(i, j);
    // in the scale's order, best first or worst first ("rated adequate, good, inadequate" is a history)
    const ranks = run.map((f) => SCALE_RANK[f.rating.grade] ?? 0);
    const ordered = ranks.every((r, k) => k === 0 || r > ranks[k - 1]) || ranks.every((r, k) => k === 0 || r < ranks[k - 1]);
    if (run.length >= 3 && ordered) {
      for (const f of run) {
        Object.assign(f.rating, { status: 'other', date: null, subject: null });
        Object.assign(f, { own: false, need: null });
      }
    }
    i = j;
  }
}

/**
 * "on its way to outstanding", "on course to return to good", "would be back to good", "what we need to do to become
 * outstanding", "set our sights on outstanding": a grade worked towards. ("returned to good", "is back to good" and
 * "became outstanding" tell a grade reached.)
 */
export function workedTowards(toks: Tok[], first: number, grade: string): boolean {
  const [a, b, c] = [low(toks, first - 1), low(toks, first - 2), low(toks, first - 3)];
  // ("we will be back to requires improvement by 2025": a fall feared, not a hope)
  const hope = grade === 'good' || grade === 'outstanding';
  if (a === 'to') return /^(?:way|road|journey|path|route|return|returning)$/.test(b) || (hope && b === 'back' && /^(?:be|get|getting|go|going|come|coming|bring)$/.test(c));
  return (a === 'become' && b === 'to') || (a === 'on' && b === 'sights');
}

/** "until" opens the grade's clause, a few words before it, after a negation ("will not be happy until both homes are good"). */
export function untilClause(toks: Tok[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= 6; j--) {
    if (toks[j].k === 'p') return false;
    if (toks[j].low === 'until') return toks.slice(Math.max(0, j - 5), j).some((t) => t.low === 'not' || t.low === "won't" || t.low === 'won’t');
  }
  return false;
}
