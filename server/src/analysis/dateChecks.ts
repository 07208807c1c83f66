// Dates that cannot be right whatever the story says: days a month does not have ("31 June",
// "29 February 2011") and weekdays that do not fall on the date beside them. Read straight from
// the text, so they work whatever the date extractor finds.
import { daysInMonth, makeDiagnostic, monthNumber, MONTH_NAMES, WEEKDAYS, weekdayOf } from './consistencyUtil';
import { DateMention, Diagnostic } from './schema';
import { ArticleText } from './text';

const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thur?s?|Fri)\\.?)';
const MON = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
// Month first: "Tuesday, September 7, 2011", "June 31st".
const MONTH_FIRST = new RegExp(`\\b(?:${WD}(?:[ \\u00a0]+week)?,?[ \\u00a0]+\\(?)?${MON}[ \\u00a0]+(\\d{1,2})(st|nd|rd|th)?\\b(?:,?[ \\u00a0]+(\\d{4})\\b)?`, 'g');
// Day first: "Tuesday 7 September 2011", "the 31st of June", "30 February", "Wednesday (14 May)", "Wednesday week, 21 April".
const DAY_FIRST = new RegExp(`\\b(?:${WD}(?:[ \\u00a0]+week)?,?[ \\u00a0]+\\(?)?(?:the[ \\u00a0]+)?(\\d{1,2})(st|nd|rd|th)?[ \\u00a0]+(?:of[ \\u00a0]+)?${MON}(?![a-z])(?:,?[ \\u00a0]+(\\d{4})\\b)?`, 'g');
// Numbers, day first as British papers write them: "30.02.2020", "31/06/2019". A month above 12 is some other order: skipped.
const NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d./]\d)/g;
// The two named-month patterns need a month, whose names all begin with these: a line without one skips them.
const MONTH_START = /Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec/;
// Every finding needs a day no month has in every year (29, 30 or 31) or a weekday (WD's names all
// hold one of these): most lines with a digit have neither, and are not searched.
const WEEKDAY_WORD = /Mon|Tue|Wed|Thu|Fri|Saturday|Sunday/;
const mayHoldFinding = (line: string) => line.includes('29') || line.includes('30') || line.includes('31') || WEEKDAY_WORD.test(line);
// Words before a bare "30 February" that make it a date rather than a count ("30 February admissions").
const DATE_PREPOSITION = /\b(on|by|until|till|from|before|after|since|to|of|the|dated)[ \u00a0]+$/i;

interface Found {
  weekday: string | undefined;
  weekdayAt: number;
  day: number;
  month: number;
  year: number | null;
  /** The date without the weekday. */
  start: number;
  end: number;
  dateLike: boolean;
}

function* scanLine(line: string, offset: number): Generator<Found> {
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(line); m; m = NUMERIC.exec(line)) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) continue;
    yield { weekday: undefined, weekdayAt: offset + m.index, day: Number(m[1]), month, year: Number(m[4]), start: offset + m.index, end: offset + m.index + m[0].length, dateLike: true };
  }
  if (!MONTH_START.test(line)) return;
  MONTH_FIRST.lastIndex = 0;
  for (let m = MONTH_FIRST.exec(line); m; m = MONTH_FIRST.exec(line)) {
    const [all, wd, mon, day, suffix, year] = m;
    const monAt = m.index + (wd ? all.indexOf(mon, wd.length) : 0);
    yield {
      weekday: wd, weekdayAt: offset + m.index, day: Number(day), month: monthNumber(mon), year: year ? Number(year) : null,
      start: offset + monAt, end: offset + m.index + all.length, dateLike: Boolean(wd || suffix || year),
    };
  }
  DAY_FIRST.lastIndex = 0;
  for (let m = DAY_FIRST.exec(line); m; m = DAY_FIRST.exec(line)) {
    const [all, wd, day, suffix, mon, year] = m;
    let dayAt = m.index + (wd ? wd.length : 0);
    while (!/\d/.test(line[dayAt])) dayAt++;
    if (!wd && /^the/i.test(all)) dayAt = m.index; // keep "the 31st of June" whole
    const before = line.slice(Math.max(0, m.index - 12), m.index);
    yield {
      weekday: wd, weekdayAt: offset + m.index, day: Number(day), month: monthNumber(mon), year: year ? Number(year) : null,
      start: offset + dayAt, end: offset + m.index + all.length,
      dateLike: Boolean(wd || suffix || year || /^the/i.test(all) || DATE_PREPOSITION.test(before) || !/^[ \u00a0]*\p{L}/u.test(line.slice(m.index + all.length))),
    };
  }
}

/** Weekday in the same form as written: full name for a full name, else its first letters. */
function weekdayLike(written: string, weekday: number): string {
  const full = WEEKDAYS[weekday];
  const bare = written.replace(/\.$/, '');
  return bare.length >= 6 ? full : full.slice(0, bare.length);
}

function describe(day: number, month: number, year: number | null): string {
  return `${day} ${MONTH_NAMES[month - 1]}${year === null ? '' : ` ${year}`}`;
}

/**
 * A weekday date written without a year ("Tuesday 24 April") is checked in the year the date extractor
 * resolved it to from the article's own date line; `dates` gives those resolutions.
 */
function resolvedYear(dates: DateMention[], start: number, end: number, month: number, day: number): number | null {
  for (const d of dates) {
    if (d.basis !== 'article-date' || !d.resolved || d.end < start || d.start > end) continue;
    const [y, m, dd] = d.resolved.split('-').map(Number);
    if (m === month && dd === day) return y;
  }
  return null;
}

export function checkDates(article: ArticleText, dates: DateMention[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = article.text;
  for (const line of article.lines) {
    if (line.boilerplate || !/\d/.test(line.text) || !mayHoldFinding(line.text)) continue;
    for (const f of scanLine(line.text, line.start)) {
      if (!f.month || f.day < 1 || f.day > 31) continue;
      const quoted = text.slice(f.start, f.end);
      // "On 29 February" with no year, in an article of 2027: the year the article's date gives it
      const leapYear = f.year ?? (f.month === 2 && f.day === 29 ? resolvedYear(dates, f.start, f.end, 2, 29) : null);
      if (f.day > daysInMonth(f.month, leapYear)) {
        if (!f.dateLike) continue;
        const why = f.month === 2 && f.day === 29
          ? `${leapYear}${f.year ? '' : ' (the year from the article’s date)'} was not a leap year, so February had 28 days`
          : `${MONTH_NAMES[f.month - 1]} has ${daysInMonth(f.month, f.year)} days`;
        out.push(makeDiagnostic(text, f.start, f.end, 'impossible-date', 'error', `“${quoted}” is not a real date: ${why}.`));
        continue;
      }
      if (!f.weekday) continue;
      const year = f.year ?? resolvedYear(dates, f.start, f.end, f.month, f.day);
      if (year === null) continue;
      const actual = weekdayOf(year, f.month, f.day);
      const written = f.weekday.replace(/\.$/, '');
      const writtenIndex = WEEKDAYS.findIndex((w) => w.toLowerCase().startsWith(written.toLowerCase().slice(0, 3)));
      if (writtenIndex === actual) continue;
      out.push(makeDiagnostic(text, f.weekdayAt, f.weekdayAt + written.length, 'weekday-mismatch', 'error',
        `“${written}” does not match “${quoted}”: ${describe(f.day, f.month, year)} was a ${WEEKDAYS[actual]}${f.year === null ? ' (the year from the article’s date)' : ''}.`,
        { suggestions: [weekdayLike(written, actual)], related: [{ start: f.start, end: f.end, message: `the date, which fell on a ${WEEKDAYS[actual]}` }] }));
    }
  }
  return dedupe(out).sort((a, b) => a.start - b.start);
}

/** Both patterns can match the same text ("June 31 July" aside); keep one finding per span and code. */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.code}:${d.start}:${d.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
