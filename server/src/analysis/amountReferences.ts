// A sum of money referred back to with "the" or "that" ("would cut that £12.4m agency bill in half",
// "the £2.4m spent on agency staff last year") must be a sum the article has already given. When no
// earlier sum equals it, but one earlier sum is close to it in size and is about the same thing (a word
// such as "agency" beside both), the two are one figure written two ways: "£14.2m on agency social
// workers" ... "that £12.4m agency bill".
//
// A percentage is referred back to by name ("the 68 per cent figure was above the national average"):
// when no earlier percentage equals it and exactly one is within a few points of it, the two are one
// figure written two ways ("72 per cent of care leavers were in work").
import { makeDiagnostic, NUMBER_WORD_SOURCE, parseCount } from './consistencyUtil';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

const AMOUNT = /£\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(m|bn|k|million|billion)?\b/gi;
// How near in size two sums must be to be one figure misstated (a slip of digits or a swap, not another budget).
const NEAR = 0.4;
const WINDOW = 40;
const DEFINITE = /\b(?:the|that|this)\s+$/i;
// Words that say nothing of what a sum is for.
const PLAIN = new Set(['this', 'that', 'with', 'from', 'into', 'year', 'years', 'last', 'next', 'over', 'more', 'than', 'about', 'which', 'their',
  'would', 'will', 'said', 'says', 'million', 'billion', 'half', 'spent', 'spend', 'spending', 'cost', 'costs', 'council', 'councils', 'extra',
  'further', 'another', 'total', 'were', 'have', 'been']);

/** A figure as written, and its value. */
interface Figure {
  start: number;
  end: number;
  text: string;
  value: number;
}

interface Amount extends Figure {
  words: Set<string>;
  definite: boolean;
}

const SCALE: Record<string, number> = { m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, k: 1e3 };

/** What the sum is about: the content words just before and after it, in its sentence. */
function topicWords(text: string, start: number, end: number, sStart: number, sEnd: number): Set<string> {
  const around = `${text.slice(Math.max(sStart, start - WINDOW), start)} ${text.slice(end, Math.min(sEnd, end + WINDOW))}`;
  const out = new Set<string>();
  for (const m of around.toLowerCase().matchAll(/\p{L}{4,}/gu)) if (!PLAIN.has(m[0])) out.add(m[0]);
  return out;
}

function amountsIn(article: ArticleText): Amount[] {
  const text = article.text;
  const out: Amount[] = [];
  for (const s of article.sentences) {
    if (s.text.indexOf('£') < 0) continue;
    AMOUNT.lastIndex = 0;
    for (let m = AMOUNT.exec(s.text); m; m = AMOUNT.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const value = Number(m[1].replace(/,/g, '')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1);
      const definite = DEFINITE.test(text.slice(Math.max(s.start, start - 6), start));
      out.push({ start, end, text: m[0], value, words: topicWords(text, start, end, s.start, s.end), definite });
    }
  }
  return out;
}

const PERCENT = new RegExp(`(?<![\\d.\\p{L}])(\\d{1,3}(?:\\.\\d+)?|${NUMBER_WORD_SOURCE})(?:[ \\u00a0]?%|[ \\u00a0]+per[ \\u00a0]?cent\\b)`, 'giu');
// "the 68 per cent figure": a percentage named as a figure already given. "that 72 per cent of ..." is a clause.
const PERCENT_REFERENCE = /^[ \u00a0]+(?:figure|rate|proportion|share)\b/i;
const PERCENT_NEAR = 10;

interface Percent extends Figure {
  reference: boolean;
}

function percentsIn(article: ArticleText): Percent[] {
  const text = article.text;
  const out: Percent[] = [];
  for (const s of article.sentences) {
    if (s.text.indexOf('%') < 0 && s.text.indexOf('cent') < 0) continue;
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(s.text); m; m = PERCENT.exec(s.text)) {
      const value = /\d/.test(m[1]) ? Number(m[1]) : parseCount(m[1]);
      if (value === null) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      const reference = DEFINITE.test(text.slice(Math.max(s.start, start - 6), start)) && PERCENT_REFERENCE.test(text.slice(end, end + 12));
      out.push({ start, end, text: m[0], value, reference });
    }
  }
  return out;
}

/**
 * Each figure referred back to whose value no earlier figure has, when exactly one earlier figure is near it: one
 * figure written two ways. With more than one candidate the sentence may mean either, so nothing is certain.
 */
function writtenTwoWays<T extends Figure>(text: string, figures: T[], isReference: (a: T) => boolean, isNear: (a: T, b: T) => boolean,
  message: (a: T, b: T) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  figures.forEach((a, i) => {
    if (!isReference(a)) return;
    const before = figures.slice(0, i);
    if (before.some((b) => b.value === a.value)) return;
    const near = before.filter((b) => isNear(a, b));
    if (near.length !== 1) return;
    const b = near[0];
    out.push(makeDiagnostic(text, a.start, a.end, 'figure-conflict', 'warning', message(a, b), { related: [{ start: b.start, end: b.end, message: `“${b.text}” here` }] }));
  });
  return out;
}

export function findAmountReferences(article: ArticleText): Diagnostic[] {
  const sums = writtenTwoWays(article.text, amountsIn(article), (a) => a.definite,
    (a, b) => Math.abs(b.value - a.value) <= NEAR * Math.max(b.value, a.value) && [...a.words].some((w) => b.words.has(w)),
    (a, b) => `“${a.text}” refers back to a sum, but the article gave “${b.text}” before for the same thing (“${[...a.words].find((w) => b.words.has(w))}”): one figure written two ways?`);
  const percents = writtenTwoWays(article.text, percentsIn(article), (a) => a.reference, (a, b) => Math.abs(b.value - a.value) <= PERCENT_NEAR,
    (a, b) => `“${a.text}” is referred to as a figure already given, but the article gave “${b.text}” before: one figure written two ways?`);
  return [...sums, ...percents];
}
