// Dates written relative to another: "last month", "this week", "the New Year", "earlier that year",
// "six months ago", "yesterday", "last Monday". Matching here; resolving in resolveDate.ts.
import { isCapitalised, Tok } from './dateTokens';
import { fullMonth, table, weekdayNumber } from './months';

export interface RelativeMatch {
  first: number;
  last: number;
  unit: 'day' | 'week' | 'month' | 'year' | 'weekday' | 'monthname' | 'season' | 'festival';
  /** Steps of `unit` from the anchor (for weekday/monthname: -1 before, +1 after, 0 by tense). */
  offset: number;
  /** 'previous': the nearest explicit date mentioned before ("earlier that year"). */
  anchor: 'article' | 'previous';
  /** Weekday (0-6), month (1-12), season (see SEASONS) or festival (FESTIVALS) for those units. */
  which?: number;
  /** A calendar week named ("last week", "earlier this week"), not days counted ("a week ago", "last weekend"). */
  calendarWeek?: boolean;
}

/** The month each season begins; winter runs from December into the next year. */
export const SEASON_START = table<number>({ spring: 3, summer: 6, autumn: 9, winter: 12 });
// Before "the spring" or a bare "spring" only these make it a time: "in the spring", "by summer".
const SEASON_BEFORE = new Set(['in', 'by', 'since', 'until', 'till', 'during', 'over', 'through', 'throughout', 'before', 'after', 'from', 'to', 'for']);
const SEASON_MODIFIER = new Set(['early', 'late', 'mid']);
/** Festivals told as times of the year; their day is worked out in resolveDate. */
export const FESTIVALS = table<number>({ easter: 0, christmas: 1 });
const WEEKDAY_RANGE = new Set(['to', '-', '–', '—', 'through', 'till', 'until']);
const ROUTINE = new Set(['every', 'each', 'most', 'some', 'on-call']);

const UNITS = table<RelativeMatch['unit']>({ week: 'week', month: 'month', year: 'year', weekend: 'week' });
const STEP = table<number>({ last: -1, this: 0, next: 1 });
const COUNT = table<number>({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
});
const AGO_UNITS = table<RelativeMatch['unit']>({
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
});
// The only words a relative date can begin with, besides a capitalised weekday: most tokens stop here.
const STARTERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'the', 'yesterday', 'today', 'tomorrow', ...Object.keys(COUNT),
  ...Object.keys(SEASON_START)]);

function low(toks: Tok[], i: number): string {
  return toks[i]?.low ?? '';
}

/** "last/this/next" + week, month, year, a weekday or a month name; not "the last year" (a duration). */
function stepped(toks: Tok[], i: number): RelativeMatch | null {
  const step = STEP[low(toks, i)];
  if (step === undefined || low(toks, i - 1) === 'the' || low(toks, i - 1) === 'over') return null;
  const next = toks[i + 1];
  if (!next || next.k !== 'w') return null;
  // "last month's report", "this year's results": the possessive dates what follows it
  const unit = UNITS[next.low] ?? (/['’]s$/.test(next.low) ? UNITS[next.low.slice(0, -2)] : undefined);
  if (unit) return { first: i, last: i + 1, unit, offset: step, anchor: 'article', calendarWeek: /^week(?:['’]s)?$/.test(next.low) || undefined };
  // "this morning", "this afternoon": the article's own day
  if (step === 0 && PART_OF_DAY.has(next.low)) return { first: i, last: i + 1, unit: 'day', offset: 0, anchor: 'article' };
  const wd = weekdayNumber(next.low);
  if (wd >= 0 && isCapitalised(next) && next.low.length > 4) return { first: i, last: i + 1, unit: 'weekday', offset: step, anchor: 'article', which: wd };
  const m = fullMonth(next.low);
  if (m && isCapitalised(next)) return { first: i, last: i + 1, unit: 'monthname', offset: step, anchor: 'article', which: m };
  // ("this summer's inspection": a season's possessive, as a year's)
  const season = SEASON_START[next.low] ?? (/['’]s$/.test(next.low) ? SEASON_START[next.low.slice(0, -2)] : undefined);
  if (season && !isCapitalised(toks[i + 2])) return { first: i, last: i + 1, unit: 'season', offset: step, anchor: 'article', which: season };
  return null;
}

/** "in the spring", "by summer", "in early autumn": a season after a preposition, not "the Autumn Statement" or "the summer of 2011". */
function season(toks: Tok[], i: number, the: boolean): RelativeMatch | null {
  const w = low(toks, the ? i + 1 : i);
  const start = SEASON_START[w];
  if (!start) return null;
  const last = the ? i + 1 : i;
  const next = toks[last + 1];
  if (next && (isCapitalised(next) || next.low === 'of' || next.k === 'n')) return null;
  let p = i - 1;
  if (!the && SEASON_MODIFIER.has(low(toks, p))) p--;
  if (!SEASON_BEFORE.has(low(toks, p))) return null;
  return { first: i, last, unit: 'season', offset: 0, anchor: 'article', which: start };
}

const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'lunchtime', 'mornings', 'afternoons', 'evenings', 'nights']);

/** The word after weekday `i` is capitalised and no month, number or part of a day: a name goes on ("Sunday Clarion"). */
function nameGoesOn(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  return n !== undefined && n.k === 'w' && n.t[0] !== n.low[0] && !fullMonth(n.low) && !PART_OF_DAY.has(n.low) && weekdayNumber(n.low) < 0;
}

/** "Monday to Friday", "every Tuesday", "Monday mornings": a weekday as a routine, not a day. */
function routineWeekday(toks: Tok[], i: number): boolean {
  const isDay = (j: number) => weekdayNumber(low(toks, j)) >= 0;
  if (WEEKDAY_RANGE.has(low(toks, i + 1)) && isDay(i + 2)) return true;
  // "One Friday a month", "every Tuesday each week"
  if (/^(?:a|each|every|per)$/.test(low(toks, i + 1)) && /^(?:week|month|fortnight|term|year)$/.test(low(toks, i + 2))) return true;
  if (WEEKDAY_RANGE.has(low(toks, i - 1)) && isDay(i - 2)) return true;
  if (ROUTINE.has(low(toks, i - 1))) return true;
  // "on a Tuesday night", "the first Thursday of every month"
  if (low(toks, i - 1) === 'a' || (/^(?:first|second|third|fourth|last)$/.test(low(toks, i - 1)) && low(toks, i + 1) === 'of')) return true;
  // "on a wet Tuesday in February", "every other Sunday": an adjective after "a", "other" after "every"
  if ((low(toks, i - 2) === 'a' && toks[i - 1]?.k === 'w' && toks[i - 1].t === toks[i - 1].low && /^(?:wet|cold|dark|rainy|grey|busy|quiet|typical|normal|sunny|long)$/.test(toks[i - 1].low))
    || (low(toks, i - 1) === 'other' && low(toks, i - 2) === 'every')) return true;
  // "THE SUNDAY CLARION", "the Sunday Times": a weekday in a paper's name
  if (low(toks, i - 1) === 'the' && nameGoesOn(toks, i)) return true;
  // "the Saturday edition", "the Monday clinic": a weekday naming a kind of thing; "the Monday before" is a day
  const next = toks[i + 1];
  if (low(toks, i - 1) === 'the' && next?.k === 'w' && next.t === next.low && !PART_OF_DAY.has(next.low) && !/^(?:before|after|of|when|that|in)$/.test(next.low)) return true;
  return /^(?:mornings|afternoons|evenings|nights|lunchtimes)$/.test(low(toks, i + 1));
}

const DAY_POSSESSIVE = /^(?:today|yesterday|tomorrow)['’]s$/;
const DAY_EVENTS = new Set(['report', 'meeting', 'announcement', 'decision', 'publication', 'letter', 'statement', 'vote', 'hearing', 'debate',
  'verdict', 'judgement', 'news', 'ruling', 'visit', 'briefing', 'inspection', 'results', 'figures', 'budget', 'session', 'event', 'launch']);

/** The relative date that starts at token i, if any. */
export function matchRelative(toks: Tok[], i: number): RelativeMatch | null {
  // "today's report", "yesterday’s meeting": the day, with its possessive, before an event; "today's staff" is nowadays
  const possessive = DAY_POSSESSIVE.test(low(toks, i));
  if (possessive && !DAY_EVENTS.has(low(toks, i + 1)) && !DAY_EVENTS.has(low(toks, i + 2))) return null;
  const w = possessive ? low(toks, i).slice(0, -2) : low(toks, i);
  const t0 = toks[i];
  if (t0?.k === 'w' ? !STARTERS.has(w) && !(t0.low.length > 5 && isCapitalised(t0)) : t0?.k !== 'n') return null;
  switch (w) {
    case 'last':
    case 'this':
    case 'next':
      return stepped(toks, i);
    case 'earlier':
    case 'later': {
      const which = low(toks, i + 1);
      const unit = UNITS[low(toks, i + 2)];
      if (!unit || unit === 'week' && low(toks, i + 2) === 'weekend') return null;
      if (which === 'this') return { first: i, last: i + 2, unit, offset: 0, anchor: 'article', calendarWeek: unit === 'week' || undefined };
      if (which === 'that') return { first: i, last: i + 2, unit, offset: 0, anchor: 'previous' };
      return null;
    }
    case 'the': {
      const a = low(toks, i + 1);
      const b = low(toks, i + 2);
      if (a === 'new' && b === 'year') return { first: i, last: i + 2, unit: 'year', offset: 1, anchor: 'article' };
      if ((a === 'same' || a === 'following' || a === 'previous') && (b === 'year' || b === 'month')) {
        return { first: i, last: i + 2, unit: b, offset: a === 'same' ? 0 : a === 'following' ? 1 : -1, anchor: 'previous' };
      }
      if (SEASON_START[a]) return season(toks, i, true);
      // "the end of the year": only "the year/month" right after a period word counts as this one.
      if ((a === 'end' || a === 'start' || a === 'beginning' || a === 'middle') && b === 'of' && low(toks, i + 3) === 'the') {
        const u = low(toks, i + 4);
        if (u === 'year' || u === 'month') return { first: i, last: i + 4, unit: u, offset: 0, anchor: 'article' };
      }
      return null;
    }
    case 'yesterday':
      return { first: i, last: i, unit: 'day', offset: -1, anchor: 'article' };
    case 'today':
      // "COAST TODAY", "told Dovebridge Today": an outlet's name, capitalised after another capitalised word
      if (isCapitalised(t0) && i > 0 && isCapitalised(toks[i - 1]) && toks[i - 1].k === 'w') return null;
      return { first: i, last: i, unit: 'day', offset: 0, anchor: 'article' };
    case 'tomorrow':
      return { first: i, last: i, unit: 'day', offset: 1, anchor: 'article' };
    default:
      break;
  }
  const n = COUNT[w] ?? (toks[i]?.k === 'n' && /^\d{1,2}$/.test(toks[i].t) ? Number(toks[i].t) : 0);
  const unit = n ? AGO_UNITS[low(toks, i + 1)] : undefined;
  if (n && unit && low(toks, i + 2) === 'ago') return { first: i, last: i + 2, unit, offset: -n, anchor: 'article' };
  // "a fortnight ago"
  if (n && /^fortnights?$/.test(low(toks, i + 1)) && low(toks, i + 2) === 'ago') return { first: i, last: i + 2, unit: 'week', offset: -2 * n, anchor: 'article' };
  if (SEASON_START[w]) return season(toks, i, false);
  // "retired at Easter", "before Christmas": a festival after a preposition, not "Easter Monday" or "Christmas lunch"
  const fest = FESTIVALS[w];
  if (fest !== undefined && isCapitalised(toks[i]) && (SEASON_BEFORE.has(low(toks, i - 1)) || low(toks, i - 1) === 'at')) {
    const next = toks[i + 1];
    if (!next || (next.k === 'p' && next.t !== '-')) return { first: i, last: i, unit: 'festival', offset: 0, anchor: 'article', which: fest };
  }
  const t = toks[i];
  // "Easter Monday": a holiday's name, not a day counted from the article
  if (t && t.k === 'w' && isCapitalised(t) && t.low.length > 5 && weekdayNumber(t.low) >= 0 && !routineWeekday(toks, i) && low(toks, i - 1) !== 'easter') {
    return { first: i, last: i, unit: 'weekday', offset: 0, anchor: 'article', which: weekdayNumber(t.low) };
  }
  return null;
}
