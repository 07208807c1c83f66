// Small shared pieces for the consistency checks: edit distance, calendar arithmetic,
// number words, partial-date comparison and a diagnostic builder that keeps `text` exact.
import { DateMention, Diagnostic, RelatedLocation, Severity } from './schema';
import { ArticleText, Sentence, spanIndexAt } from './text';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Month number (1-12) from a full or common short name ("Sept", "Sep."), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i + 1;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month; with no year February is given 29 so only certain errors are reported. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** 0 = Sunday. Computed in UTC so the machine's time zone cannot shift it. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Whether the optimal-string-alignment distance is exactly 1 (one letter added, dropped, changed, or
 * two neighbours swapped): the same answer as `editDistance(a, b, 1) === 1`, in one pass without arrays.
 */
export function oneEditApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === la) return false;
    if (sameFrom(a, b, i + 1, i + 1)) return true;
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, b, i + 2, i + 2);
  }
  if (la - lb === 1) return oneDeleted(b, a);
  if (lb - la === 1) return oneDeleted(a, b);
  return false;
}

/** `long` is `short` with one character added. */
function oneDeleted(short: string, long: string): boolean {
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  return sameFrom(short, long, i, i + 1);
}

/** a from index i equals b from index j, to the end of both. */
function sameFrom(a: string, b: string, i: number, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "25", "twenty-five", "Twenty five", "nineteen" → the number; anything else → null. */
export function parseCount(s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, '');
  if (/^\d{1,7}$/.test(t)) return Number(t);
  if (t in UNITS) return UNITS[t];
  if (t in TENS) return TENS[t];
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(t);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] > 0 && UNITS[m[2]] < 10) return TENS[m[1]] + UNITS[m[2]];
  return null;
}
/** Words that say a count changed or is compared ("from 724 to 296", "rose", "more than"): figureChecks' CHANGE and
 *  countReferences' REFERENCE_CHANGE add their own. */
export const CHANGE_WORD_SOURCE = 'from|reduc\\w*|increas\\w*|ris(?:e|en|es|ing)|rose|fell|fall(?:en|ing|s)?|dropp?\\w*|grew|grow\\w*|up|down|compared|than|between|target\\w*|more|fewer|less|another|extra|additional|further|total|whereas|whilst|while';

export const NUMBER_WORD_SOURCE = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** Precision of a partial date: 1 year, 2 month, 3 day. */
export function precisionOf(d: string): number {
  return d.split('-').length;
}

/** Month index counted from year 0, for distances between dates of month precision or finer. */
export function monthIndex(d: string): number {
  const [y, m] = d.split('-');
  return Number(y) * 12 + (m ? Number(m) - 1 : 0);
}

/**
 * Compares two partial dates at the coarser of their precisions: -1, 0 or 1.
 * "2010" and "2010-06" compare equal, since neither contradicts the other.
 */
export function compareAtCommonPrecision(a: string, b: string): number {
  const n = Math.min(precisionOf(a), precisionOf(b));
  const pa = a.split('-').slice(0, n).join('-');
  const pb = b.split('-').slice(0, n).join('-');
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** Index of the sentence holding `offset`, or -1 (boilerplate, or between sentences). */
export function sentenceIndexAt(article: ArticleText, offset: number): number {
  return spanIndexAt(article.sentences, offset);
}

export function sentenceAt(article: ArticleText, offset: number): Sentence | null {
  const i = sentenceIndexAt(article, offset);
  return i < 0 ? null : article.sentences[i];
}

/** Builds a diagnostic whose `text` is exactly the document's text at the span. */
export function makeDiagnostic(
  text: string,
  start: number,
  end: number,
  code: string,
  severity: Severity,
  message: string,
  extra: { suggestions?: string[]; related?: RelatedLocation[] } = {},
): Diagnostic {
  const d: Diagnostic = { start, end, text: text.slice(start, end), code, severity, message };
  if (extra.suggestions && extra.suggestions.length) d.suggestions = extra.suggestions;
  if (extra.related && extra.related.length) d.related = extra.related;
  return d;
}

/** Lowercase, straight apostrophes, no-break spaces as spaces, collapsed whitespace. */
export function normalise(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A date the resolver gave a value it stands by: the ones date checks may compare. */
export function isResolved(d: DateMention): d is DateMention & { resolved: string } {
  return Boolean(d.resolved) && d.basis !== 'unresolved';
}

const LOCAL_COUNCIL = /\b(\p{Lu}\p{Ll}+)(?:[ \u00a0]+(?:City|County|Borough|District|Metropolitan Borough))?[ \u00a0]+Council\b/u;

/** The place of the first council a sentence names ("Wessex City Council" -> "wessex"), else ''. */
export function councilIn(sentence: string): string {
  // The pattern tries every capital of every dated sentence; most sentences have no "Council" at all.
  if (!sentence.includes('Council')) return '';
  const local = LOCAL_COUNCIL.exec(sentence);
  return local ? local[1].toLowerCase() : '';
}
