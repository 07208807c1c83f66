// Calendar words and arithmetic for the date extractor. Kept separate from the consistency checks'
// helpers so the extractor depends on nothing but itself.

export const MONTH_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAY_WORDS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A lookup table with no prototype, so "constructor" or "toString" finds nothing. */
export function table<T>(entries: Record<string, T>): Record<string, T | undefined> {
  return Object.assign(Object.create(null) as Record<string, T | undefined>, entries);
}

const SHORT_MONTHS = table<number>({
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
const SHORT_WEEKDAYS = table<number>({ mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 0 });

export function capitalise(w: string): string {
  return w[0].toUpperCase() + w.slice(1);
}

/** 1-12 for a full month name, else 0. */
export function fullMonth(low: string): number {
  return MONTH_WORDS.indexOf(low) + 1;
}

/** 1-12 for an abbreviation ("Sept", "Jan"); these only count beside a day or year. */
export function shortMonth(low: string): number {
  return SHORT_MONTHS[low] ?? 0;
}

/** 0-6 (Sunday first) for a weekday name or abbreviation, else -1. */
export function weekdayNumber(low: string): number {
  // Every name and abbreviation starts with f, m, s, t or w: most words are turned away by that alone.
  const c = low.charCodeAt(0);
  if (c !== 102 && c !== 109 && c !== 115 && c !== 116 && c !== 119) return -1;
  const i = WEEKDAY_WORDS.indexOf(low);
  return i >= 0 ? i : SHORT_WEEKDAYS[low] ?? -1;
}

/** Optimal-string-alignment distance, so one swapped pair ("Januray") costs 1. */
function osa(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

/** A month name misspelt by one edit (two for long names): "Januray", "Feburary", "Sepember". */
export function misspeltMonth(low: string): number {
  if (low.length < 5 || low.length > 11 || fullMonth(low)) return 0;
  for (let i = 0; i < 12; i++) {
    const m = MONTH_WORDS[i];
    if (m.length < 5 || Math.abs(m.length - low.length) > 2 || m[0] !== low[0]) continue;
    if (osa(low, m) <= (m.length >= 7 ? 2 : 1)) return i + 1;
  }
  return 0;
}

export function isYear(n: number): boolean {
  return n >= 1900 && n <= 2099;
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatDate(y: number, m?: number, d?: number): string {
  if (!m) return String(y);
  return d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`;
}

export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export interface YMD {
  y: number;
  m?: number;
  d?: number;
}

export function parsePartial(s: string): YMD {
  const [y, m, d] = s.split('-').map(Number);
  return { y, m: m || undefined, d: d || undefined };
}

/** Days since 1970-01-01 of y-m-d (a month or year counts from its first day): differences are whole days. */
export function utcDay(y: number, m = 1, d = 1): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** utcDay of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" value. */
export function dayIndex(date: string): number {
  const p = parsePartial(date);
  return utcDay(p.y, p.m, p.d);
}

export function addDays(y: number, m: number, d: number, by: number): YMD {
  const t = new Date(Date.UTC(y, m - 1, d + by));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, by: number): YMD {
  const k = y * 12 + (m - 1) + by;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function weekdayOfDate(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
