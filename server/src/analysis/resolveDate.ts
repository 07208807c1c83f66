// Turning a month without a year, or a relative date, into a partial date, never more precise
// than what it is counted from (a year-only basis cannot say which month "last month" was).
import { DateBasis } from './schema';
import { addDays, addMonths, formatDate, utcDay, weekdayOfDate, WEEKDAY_WORDS, YMD, capitalise } from './months';
import { monthName } from './absoluteDates';
import { RelativeMatch } from './relativeDates';

export interface Basis extends YMD {
  kind: 'article-date' | 'nearest-year';
  /** How a hover describes it: "the article date 2011-09-07". */
  label: string;
}

export interface Resolution {
  resolved: string | null;
  basis: DateBasis;
  explanation: string;
}

function from(basis: Basis, value: string | null, why: string): Resolution {
  if (!value) return unresolved(`${why}, but ${basis.label} gives no ${basis.m ? 'day' : 'month'}`);
  return { resolved: value, basis: basis.kind, explanation: `${why}; ${basis.kind === 'nearest-year' ? 'no article date; relative to ' : 'relative to '}${basis.label}` };
}

export function unresolved(why: string): Resolution {
  return { resolved: null, basis: 'unresolved', explanation: `not resolved: ${why}` };
}

/** A month (and maybe day) with no year: the latest one on or before the basis, or the next one in future tense. */
export function resolveMonth(m: number, d: number | undefined, yearWord: string | undefined, basis: Basis | null, future: boolean): Resolution {
  const name = d ? `${d} ${monthName(m)}` : monthName(m);
  if (!basis) return unresolved(`no year for ${name}: no article date and no year in the text`);
  const by = basis.y;
  if (yearWord) {
    const y = by + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0);
    return from(basis, formatDate(y, m, d), `${yearWord} year is ${y}`);
  }
  if (!basis.m) return from(basis, formatDate(by, m, d), `${name} taken to be in ${by}`);
  const bm = basis.m;
  const sameMonthOk = (cmp: (a: number, b: number) => boolean) => !d || !basis.d || cmp(d, basis.d);
  if (future) {
    const y = m > bm || (m === bm && sameMonthOk((a, b) => a >= b)) ? by : by + 1;
    return from(basis, formatDate(y, m, d), `future tense, so the next ${name}`);
  }
  const y = m < bm || (m === bm && sameMonthOk((a, b) => a <= b)) ? by : by - 1;
  // "The cabinet approved the plan on 23 March" in an article of 10 March: news gives the year of a date nearly a year
  // back, so a bare one is the date just ahead, told in the wrong tense (which the future-tense check reports)
  if (d && basis.d && y < by && daysFrom(basis, y, m, d) < -NEARLY_A_YEAR && daysFrom(basis, by, m, d) <= SLIP_DAYS) {
    return from(basis, formatDate(by, m, d), `${name} is weeks ahead, and a year back the text would have named the year`);
  }
  return from(basis, formatDate(y, m, d), `past tense, so the latest ${name} on or before it`);
}

const NEARLY_A_YEAR = 300;
/** How far after the article's date a year-less date told in the past may fall and be a slip of tense (futureTense reports it). */
export const SLIP_DAYS = 45;

/** Days from the basis day to y-m-d (negative before it). */
function daysFrom(basis: YMD, y: number, m: number, d: number): number {
  return Math.round(utcDay(y, m, d) - utcDay(basis.y, basis.m!, basis.d!));
}

function weekday(rel: RelativeMatch, basis: Basis, future: boolean): Resolution {
  const name = capitalise(WEEKDAY_WORDS[rel.which!]);
  if (!basis.d) return from(basis, null, `${name} needs a day to count from`);
  const have = weekdayOfDate(basis.y, basis.m!, basis.d);
  const back = rel.offset < 0 || (rel.offset === 0 && !future);
  let diff = back ? -((have - rel.which! + 7) % 7) : (rel.which! - have + 7) % 7;
  if (diff === 0 && rel.offset !== 0) diff = back ? -7 : 7;
  const t = addDays(basis.y, basis.m!, basis.d, diff);
  return from(basis, formatDate(t.y, t.m, t.d), `${back ? 'the latest' : 'the next'} ${name}`);
}

function monthNamed(rel: RelativeMatch, basis: Basis, future: boolean): Resolution {
  const m = rel.which!;
  if (rel.offset === 0) return resolveMonth(m, undefined, 'this', basis, future);
  if (!basis.m) return from(basis, null, `${rel.offset < 0 ? 'last' : 'next'} ${monthName(m)} depends on the month`);
  const y = rel.offset < 0 ? (m < basis.m ? basis.y : basis.y - 1) : (m > basis.m ? basis.y : basis.y + 1);
  return from(basis, formatDate(y, m), `${rel.offset < 0 ? 'the latest' : 'the next'} ${monthName(m)}`);
}

const SEASON_NAMES: Record<number, string> = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };

/**
 * A season, as the year it falls in (winter as the year its December is in): seasons are not months,
 * and a fact-checker needs the year, so "next spring" is "2019", not a guessed "2019-03".
 * Counted in months: the season labelled L runs from month L*12 + start - 1 for three months.
 */
function seasonOf(rel: RelativeMatch, basis: Basis, future: boolean): Resolution {
  const start = rel.which!;
  const name = SEASON_NAMES[start];
  if (!basis.m) {
    const y = basis.y + rel.offset;
    return from(basis, String(y), `${rel.offset < 0 ? 'last' : rel.offset > 0 ? 'next' : 'this'} ${name} is ${y}, taken as the year only`);
  }
  const now = basis.y * 12 + basis.m - 1;
  const first = (L: number) => L * 12 + start - 1;
  const last = (L: number) => first(L) + 2;
  let L = basis.y;
  let why: string;
  if (rel.offset < 0 || (rel.offset === 0 && !future)) {
    // the latest one that had ended ("last") or begun (past tense) by the basis
    while (rel.offset < 0 ? last(L) >= now : first(L) > now) L--;
    why = rel.offset < 0 ? `the last ${name} to end before it` : `past tense, so the latest ${name} begun by then`;
  } else {
    L = basis.y - 1; // last winter may still be running in January
    while (rel.offset > 0 ? first(L) <= now : last(L) < now) L++;
    why = rel.offset > 0 ? `the next ${name} to begin after it` : `future tense, so this ${name} or the next`;
  }
  return from(basis, String(L), `${why}; seasons resolve to the year only`);
}

/** Resolves a relative date against the basis, or against the date mentioned just before it. */
export function resolveRelative(rel: RelativeMatch, basis: Basis | null, previous: { ymd: YMD; text: string } | null, future: boolean): Resolution {
  if (rel.anchor === 'previous') {
    if (!previous) return unresolved('no earlier date in the text to count from');
    const p = previous.ymd;
    const label = `the date mentioned before it, “${previous.text}”`;
    if (rel.unit === 'month') {
      if (!p.m) return unresolved(`${label} gives no month`);
      const t = addMonths(p.y, p.m, rel.offset);
      return { resolved: formatDate(t.y, t.m), basis: 'nearest-year', explanation: `relative to ${label}` };
    }
    return { resolved: String(p.y + rel.offset), basis: 'nearest-year', explanation: `relative to ${label}` };
  }
  if (!basis) return unresolved('no article date and no year in the text to count from');
  const { y, m, d } = basis;
  switch (rel.unit) {
    case 'year':
      return from(basis, String(y + rel.offset), rel.offset === 1 && rel.last - rel.first === 2 ? 'the coming year' : 'counted in years');
    case 'month': {
      if (!m) return from(basis, rel.offset === 0 ? String(y) : null, 'counted in months');
      const t = addMonths(y, m, rel.offset);
      return from(basis, formatDate(t.y, t.m), 'counted in months');
    }
    case 'week':
    case 'day': {
      const days = rel.offset * (rel.unit === 'week' ? 7 : 1);
      // "last week" is a week, not a day: its month, with the week named by its Monday
      if (d && rel.calendarWeek) {
        const t = addDays(y, m!, d, days);
        const monday = addDays(t.y, t.m!, t.d!, -((weekdayOfDate(t.y, t.m!, t.d!) + 6) % 7));
        return from(basis, formatDate(t.y, t.m), `the week of Monday ${formatDate(monday.y, monday.m, monday.d)}`);
      }
      if (d) {
        const t = addDays(y, m!, d, days);
        return from(basis, formatDate(t.y, t.m, t.d), `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ${days < 0 ? 'before' : days > 0 ? 'after' : 'from'} it`);
      }
      if (m && Math.abs(days) <= 7) return from(basis, formatDate(y, m), 'within about a week of it');
      if (m) {
        const t = addMonths(y, m, Math.round(days / 30));
        return from(basis, formatDate(t.y, t.m), 'counted in weeks');
      }
      return from(basis, days === 0 ? String(y) : null, `${rel.unit}s counted`);
    }
    case 'weekday':
      return weekday(rel, basis, future);
    case 'monthname':
      return monthNamed(rel, basis, future);
    case 'season':
      return seasonOf(rel, basis, future);
    case 'festival':
      return festival(rel, basis, future);
  }
}

/** Easter Sunday of year y (the Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(y: number): YMD {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114) / 31);
  const d = ((h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114) % 31) + 1;
  return { y, m, d };
}

/** "at Easter", "before Christmas": the festival's day, the latest one by the basis, or the next in future tense. */
function festival(rel: RelativeMatch, basis: Basis, future: boolean): Resolution {
  const dayOf = (y: number): YMD => (rel.which === 0 ? easterSunday(y) : { y, m: 12, d: 25 });
  const name = rel.which === 0 ? 'Easter' : 'Christmas';
  if (!basis.m || !basis.d) return from(basis, String(basis.y), `${name} taken to be in ${basis.y}`);
  const on = dayOf(basis.y);
  const diff = daysFrom(basis, on.y, on.m!, on.d!);
  const t = future ? (diff < 0 ? dayOf(basis.y + 1) : on) : diff <= 0 ? on : dayOf(basis.y - 1);
  return from(basis, formatDate(t.y, t.m!, t.d), `${future ? 'future tense, so the next' : 'past tense, so the latest'} ${name}`);
}
