// Judgements set out one to a line, as press releases, reports and round-ups print them:
//   Overall effectiveness: adequate        Greysand – Inadequate (March 2023)
//   Capacity for improvement: good         Hallowmere – Outstanding (November 2022)
// One such line alone may be anything ("Note: good"), so a line counts only beside another of its shape.
import { Tok } from './dateTokens';
import { Frame, GradeHit, low } from './gradeWords';
import { ArticleText } from './text';

// A label, a colon or dash, one grade, and at most a bracketed date or note.
const LINE = /^[\s•·▪*–-]*[^:–—|]{2,80}?\s*[:–—-]\s*["'‘“]?(?:outstanding|good|adequate|inadequate|requires improvement(?: to be good)?)["'’”]?\s*(?:\([^()]{1,40}\))?\s*$/i;

/** A line with the shape of one judgement ("Capacity for improvement: good"), whatever stands around it. */
export function judgementLineShape(t: string): boolean {
  return t.length <= 140 && LINE.test(t);
}

/** Indices of lines that hold one judgement each and stand right above or below another such line. */
export function judgementLines(article: ArticleText): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  for (let i = 0; i < article.lines.length; i++) {
    const l = article.lines[i];
    // cheap test first: few lines are this short with a colon or dash
    const hit = !l.boilerplate && judgementLineShape(l.text);
    if (hit && prev >= 0) out.add(prev).add(i);
    prev = hit ? i : -1;
  }
  return out;
}

/** The grade after a line's label, in a line of `judgementLines`: 'listed', the label as what is rated. */
export function lineFrame(toks: Tok[], g: GradeHit): Frame | null {
  let b = g.first - 1;
  while (b >= 0 && toks[b].k === 'p' && /^["'‘“]$/.test(toks[b].t)) b--;
  if (b < 1 || !/^[:–—-]$/.test(toks[b].t)) return null;
  let from = 0;
  while (from < b && toks[from].k === 'p') from++;
  // the grade is the line's last word, a bracket apart
  for (let k = g.last + 1; k < toks.length; k++) if (toks[k].k === 'w' && gradeLike(low(toks, k))) return null;
  return from < b ? { kind: 'listed', cue: b, verb: -1, np: [from, b - 1] } : null;
}

function gradeLike(w: string): boolean {
  return /^(?:outstanding|good|adequate|inadequate)$/.test(w);
}
