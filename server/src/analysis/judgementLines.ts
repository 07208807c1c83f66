// Judgements set out one to a line, as press releases, reports and round-ups print them:
//   Overall effectiveness: adequate        Greysand – Inadequate (March 2023)
//   Capacity for improvement: good         Hallowmere – Outstanding (November 2022)
// One such line alone may be anything ("Note: good"), so a line counts only beside another of its shape.
import { Tok } from './dateTokens';
import { Frame, GradeHit, low } from './gradeWords';
import { ArticleText } from './text';

// A label, a colon or dash, one grade, and at most a bracketed date or note, or a dash and a date, which may say
// what happened then and be followed by a note ("Thornlea Lodge (four beds) – Good – 9 January 2025",
// "• Thornsett Lodge (six beds): good, inspected 3 and 4 September 2025 (previously requires improvement)"), and the
// stop a list item ends with ("- the experiences and progress of children in care: good;").
const DAYS = String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:and|to|-|–)\s+\d{1,2}(?:st|nd|rd|th)?)?`;
const DATE_TAIL = String.raw`\s*[–—,|-]\s*(?:(?:inspected|visited|published|reported)\s+(?:on\s+|in\s+)?)?(?:(?:${DAYS}\s+)?(?:[A-Za-z]+\s+)?\d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?:\s*\([^()]{1,40}\))?`;
const LINE = new RegExp(String.raw`^[\s•·▪*–-]*[^:–—|]{2,80}?\s*[:–—-]\s*["'‘“]?(?:outstanding|good|adequate|inadequate|requires improvement(?: to be good)?)["'’”]?\s*(?:\([^()]{1,40}\)|${DATE_TAIL})?\s*[;.,]?\s*$`, 'i');

/** A line with the shape of one judgement ("Capacity for improvement: good"), whatever stands around it. */
export function judgementLineShape(t: string): boolean {
  return t.length <= 140 && LINE.test(t);
}

const found = new WeakMap<ArticleText, Set<number>>();

/** Indices of lines that hold one judgement each and stand right above or below another such line. */
export function judgementLines(article: ArticleText): Set<number> {
  // asked by the ratings and again by the grade-conflict check of the same article
  const known = found.get(article);
  if (known) return known;
  const out = new Set<number>();
  found.set(article, out);
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
  // "- Tenbrook: outstanding (previously good)": the earlier grade in the bracket is the same label's
  const earlier = low(toks, b) === 'previously' && toks[b - 1]?.t === '(';
  if (earlier) b -= 2;
  while (b >= 0 && toks[b].k === 'p' && /^["'‘“]$/.test(toks[b].t)) b--;
  // back over the line's own grade and any date after it ("good, inspected 20 January 2026 (previously ...)") to the label's colon
  if (earlier) while (b > 0 && !(toks[b].k === 'p' && /^[:–—]$/.test(toks[b].t))) b--;
  if (b < 1 || !/^[:–—-]$/.test(toks[b].t)) return null;
  let from = 0;
  while (from < b && toks[from].k === 'p') from++;
  // the grade is the line's last word, but for one in a bracket after it
  let depth = 0;
  for (let k = g.last + 1; k < toks.length; k++) {
    if (toks[k].t === '(') depth++;
    else if (toks[k].t === ')') depth--;
    else if (depth === 0 && toks[k].k === 'w' && gradeLike(low(toks, k))) return null;
  }
  return from < b ? { kind: 'listed', cue: b, verb: -1, np: [from, b - 1] } : null;
}

function gradeLike(w: string): boolean {
  return /^(?:outstanding|good|adequate|inadequate)$/.test(w);
}

/**
 * "Garnham – inadequate (2014), good (2017)": a grade with its date in brackets right after it, the way lists of a
 * council's history print them. What is rated is the label before the line's first dash or colon, if any.
 */
export function bracketDatedFrame(toks: Tok[], g: GradeHit): Frame | null {
  let a = g.last + 1;
  while (a < toks.length && toks[a].k === 'p' && /^["'’”]$/.test(toks[a].t)) a++;
  if (toks[a]?.t !== '(') return null;
  // "(2014)", "(March 2023)", "(Scarrowby, inspected in 2015)": a year closing the bracket
  let k = a + 1;
  while (k < toks.length && k - a <= 6 && !(toks[k].k === 'n' && toks[k + 1]?.t === ')') && toks[k].t !== ')') k++;
  if (toks[k]?.k !== 'n' || !/^(?:19|20)\d\d$/.test(toks[k].t) || toks[k + 1]?.t !== ')') return null;
  let dash = -1;
  for (let j = 0; j < g.first && j <= 8; j++) if (toks[j].k === 'p' && /^[:–—-]$/.test(toks[j].t)) { dash = j; break; }
  let from = 0;
  while (from < dash && toks[from].k === 'p') from++;
  return { kind: 'listed', cue: dash >= 0 ? dash : g.first, verb: -1, np: dash > from ? [from, dash - 1] : undefined };
}
