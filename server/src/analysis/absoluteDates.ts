// Dates written out in full or in part: "Wednesday, September 7, 2011", "7 September 2011",
// "June 2010", "April 5", "07/09/2011", "2011-09-07", a bare "September" and a bare year.
// Whether a bare month or year is really a date is decided by the caller from its neighbours.
import { dayNumber, isCapitalised, Tok, yearNumber } from './dateTokens';
import { capitalise, daysIn, fullMonth, misspeltMonth, MONTH_WORDS, shortMonth, weekdayNumber } from './months';

export interface AbsoluteMatch {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  y?: number;
  m?: number;
  d?: number;
  /** 'month' and 'year' are bare and need the caller's approval. */
  kind: 'date' | 'month' | 'year';
  /** The misspelt month word, when one was accepted ("Januray"). */
  misspelt?: string;
  /** "this", "last" or "next" when the month is followed by "this year" etc. */
  yearWord?: string;
  /** The weekday written with the date (0 Sunday), when there is one. */
  weekday?: number;
}

function monthAt(toks: Tok[], i: number): { m: number; short: boolean; misspelt: boolean } | null {
  const t = toks[i];
  if (!t || t.k !== 'w' || !isCapitalised(t)) return null;
  const full = fullMonth(t.low);
  if (full) return { m: full, short: false, misspelt: false };
  const short = shortMonth(t.low);
  if (short) return { m: short, short: true, misspelt: false };
  // A misspelt month only counts before a year ("Januray 2013"), so the costly comparison waits for one.
  if (t.low.length < 5 || !yearNumber(toks[i + 1])) return null;
  const wrong = misspeltMonth(t.low);
  return wrong ? { m: wrong, short: false, misspelt: true } : null;
}

/** Skips a full stop after an abbreviation ("Sept.") and an optional comma. */
function after(toks: Tok[], j: number, comma: boolean): number {
  if (toks[j]?.t === '.' && toks[j].s === toks[j - 1].e && toks[j - 1].t.length <= 4) j++;
  if (comma && toks[j]?.t === ',') j++;
  return j;
}

function valid(y: number | undefined, m: number, d: number): boolean {
  return d <= (y ? daysIn(y, m) : m === 2 ? 29 : daysIn(2001, m));
}

function numericDate(tok: Tok): { y: number; m: number; d: number } | null {
  let r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tok.t);
  if (r) return { y: +r[1], m: +r[2], d: +r[3] };
  r = /^(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)$/.exec(tok.t);
  // "27.11.25", "03/04/26" in a byline: a two-digit year, only with two-digit day and month (not a paragraph number "4.1.2")
  const short = r ? null : /^(\d{2})([./])(\d{2})\2(\d{2})$/.exec(tok.t);
  if (short) return { y: (+short[4] < 70 ? 2000 : 1900) + +short[4], m: +short[3], d: +short[1] };
  if (!r) return null;
  let d = +r[1];
  let m = +r[3];
  // British order unless only the American one makes sense.
  if (m > 12 && d <= 12) [d, m] = [m, d];
  return { y: +r[4], m, d };
}

const RANGE_JOINS = new Set(['and', 'to', '&', '-', '–']);
const SPAN_JOINS = new Set(['to', '-', '–']);

/**
 * The first day of a span of days in one month ("11 and 12 June", "4 to 15 March", "11-12 June"): the
 * span is one date, and an inspection's dates are told by the day it began. `next` is the token after
 * the last day.
 */
function dayRange(toks: Tok[], i: number): { d: number; next: number } | null {
  const t = toks[i];
  const joined = /^(\d{1,2})[-–](\d{1,2})$/.exec(t.t);
  if (joined) return +joined[1] >= 1 && +joined[1] < +joined[2] && +joined[2] <= 31 ? { d: +joined[1], next: i + 1 } : null;
  const d = dayNumber(t);
  const join = toks[i + 1];
  if (!d || !join || !RANGE_JOINS.has(join.low)) return null;
  const d2 = dayNumber(toks[i + 2]);
  return d2 > d ? { d, next: i + 3 } : null;
}

/** Month-first or day-first date starting at token i, without a weekday. */
function dateAt(toks: Tok[], i: number): AbsoluteMatch | null {
  const t = toks[i];
  if (!t) return null;
  if (t.k === 'n') {
    const num = numericDate(t);
    if (num) return num.m >= 1 && num.m <= 12 && num.d >= 1 && valid(num.y, num.m, num.d) ? { first: i, last: i, ...num, kind: 'date' } : null;
    const fy = /^((?:19|20)\d\d)\/(?:\d\d|(?:19|20)\d\d)$/.exec(t.t);
    if (fy) return { first: i, last: i, y: +fy[1], kind: 'year' };
    const range = dayRange(toks, i);
    const d = range ? range.d : dayNumber(t);
    if (d) {
      let j = range ? range.next : i + 1;
      if (toks[j]?.low === 'of') j++;
      const mon = monthAt(toks, j);
      if (!mon || mon.misspelt || !valid(undefined, mon.m, d)) return null;
      let last = j;
      const k = after(toks, j + 1, true);
      let y = yearNumber(toks[k]);
      if (y) last = k;
      else if (toks[j + 1]?.t === '.' && mon.short) last = j + 1;
      if (y && !valid(y, mon.m, d)) return null;
      // "13 and 14 May last year"
      const w = toks[j + 1]?.low;
      if (!y && (w === 'this' || w === 'last' || w === 'next') && toks[j + 2]?.low === 'year') {
        return { first: i, last: j + 2, m: mon.m, d, kind: 'date', yearWord: w };
      }
      // "from 22 September to 3 October 2025": a span over two months is one date, its first day, in the year the end gives
      // (joined by "to" or a dash: "3 May and 4 June" are two dates)
      const end = !y && SPAN_JOINS.has(toks[last + 1]?.low ?? '') && toks[last + 2]?.k === 'n' ? dateAt(toks, last + 2) : null;
      if (end && end.kind === 'date' && end.m && end.d && !end.yearWord && (end.m === mon.m + 1 || (mon.m === 12 && end.m === 1))) {
        y = end.y ? (mon.m === 12 ? end.y - 1 : end.y) : 0;
        last = end.last;
      }
      return { first: i, last, y: y || undefined, m: mon.m, d, kind: 'date' };
    }
    const y = yearNumber(t);
    return y ? { first: i, last: i, y, kind: 'year' } : null;
  }
  const mon = monthAt(toks, i);
  if (!mon) return null;
  const j = after(toks, i + 1, false);
  const d = dayNumber(toks[j]);
  // "April 5" but not "April 5,000" (the tokeniser keeps "5,000" whole) nor "May 12 children".
  if (d && !mon.misspelt && valid(undefined, mon.m, d)) {
    const k = after(toks, j + 1, true);
    const y = yearNumber(toks[k]);
    if (y && !valid(y, mon.m, d)) return null;
    return { first: i, last: y ? k : j, y: y || undefined, m: mon.m, d, kind: 'date' };
  }
  const y = yearNumber(toks[j]) || (toks[j]?.t === ',' ? yearNumber(toks[j + 1]) : 0);
  if (y) return { first: i, last: toks[j].t === ',' ? j + 1 : j, y, m: mon.m, kind: 'date', misspelt: mon.misspelt ? toks[i].t : undefined };
  const w = toks[i + 1]?.low;
  if (!mon.short && !mon.misspelt && (w === 'this' || w === 'last' || w === 'next') && toks[i + 2]?.low === 'year') {
    return { first: i, last: i + 2, m: mon.m, kind: 'date', yearWord: w };
  }
  return mon.short || mon.misspelt ? null : { first: i, last: i, m: mon.m, kind: 'month' };
}

/** The absolute date that starts at token i, weekday included ("Wednesday, September 7, 2011"). */
export function matchAbsolute(toks: Tok[], i: number): AbsoluteMatch | null {
  const t = toks[i];
  if (t.k === 'w' && isCapitalised(t) && weekdayNumber(t.low) >= 0) {
    let j = after(toks, i + 1, true);
    // "on Wednesday (14 May)": the date in brackets after its weekday
    const bracket = toks[j]?.t === '(';
    if (bracket) j++;
    const inner = dateAt(toks, j);
    if (!inner || inner.kind !== 'date' || !inner.d || (bracket && toks[inner.last + 1]?.t !== ')')) return null;
    return { ...inner, first: i, last: bracket ? inner.last + 1 : inner.last, weekday: weekdayNumber(t.low) };
  }
  return dateAt(toks, i);
}

export function monthName(m: number): string {
  return capitalise(MONTH_WORDS[m - 1]);
}
