// Date mentions: one cue-driven pass over each sentence's tokens finds absolute and relative dates,
// then each is resolved against the article date, or failing that the latest date the text gives.
import { AbsoluteMatch, matchAbsolute, monthName } from './absoluteDates';
import { ArticleDate } from './articleDate';
import { isCapitalised, isLetter, Tok, tokenize } from './dateTokens';
import { isFuture } from './dateTense';
import { formatDate, fullMonth, parsePartial, shortMonth, utcDay, weekdayNumber, YMD } from './months';
import { headingLineOf, lineAt, timelineChain } from './timelines';
import { weekdayOf } from './consistencyUtil';
import { matchRelative, RelativeMatch } from './relativeDates';
import { Basis, resolveMonth, resolveRelative, Resolution } from './resolveDate';
import { DateMention } from './schema';
import { ArticleText, Sentence } from './text';

interface Found {
  start: number;
  end: number;
  abs?: AbsoluteMatch;
  rel?: RelativeMatch;
  future: boolean;
}

// Words before a bare year that make it a date ("in 2011", "since 2015", "summer 2011").
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'during', 'until', 'till', 'from', 'before', 'after', 'of', 'to', 'and', 'or',
  'between', 'throughout', 'early', 'late', 'mid', 'summer', 'autumn', 'spring', 'winter', 'around', 'circa', 'c', 'about', '(', '-', '–']);
// Determiners and possessives: "its 2015 inspection", "the 2011 report".
const YEAR_DETERMINER = new Set(['its', 'the', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that', 'whose', 'my', 'your']);
const CLAUSE_AFTER_YEAR = new Set(['it', 'and', 'but', 'when', 'as', 'he', 'she', 'they', 'we', 'there', 'was', 'were']);
// Counted things: "in 2000 cases", "the 2012 children".
const COUNTED = /^(?:children|people|pupils|staff|families|cases|workers|social|members|jobs|posts|homes|places|referrals|assessments|councils|schools|beds|hours|days|weeks|months|years|miles|metres|words|pounds|per|percent|times|of|more|fewer|extra|new|additional|young|vulnerable)$/;
// Words before a month alone that make it a date rather than a name or a verb ("in March", "last May").
const MONTH_BEFORE = new Set(['in', 'on', 'since', 'by', 'during', 'until', 'till', 'from', 'before', 'after', 'of', 'to', 'and', 'or',
  'between', 'early', 'late', 'mid', 'throughout', 'through', 'last', 'next', 'this', 'each', 'every', 'until', 'around', 'end', 'start']);
const MODIFIERS = new Set(['early', 'late', 'mid', 'earlier', 'later']);
const PERIOD_WORDS = new Set(['end', 'start', 'beginning', 'middle', 'turn', 'summer', 'autumn', 'spring', 'winter']);
const SEASONS = new Set(['summer', 'autumn', 'spring', 'winter']);

function acceptAbsolute(toks: Tok[], a: AbsoluteMatch): boolean {
  const prev = toks[a.first - 1];
  const p = prev?.low ?? '';
  const next = toks[a.last + 1];
  if (a.kind === 'year') {
    if (p === '£' || p === '$' || p === '€' || next?.t === '%' || (next && COUNTED.test(next.low))) return false;
    if (next && next.k === 'n') return false;
    if (YEAR_BEFORE.has(p)) return p !== '-' && p !== '–' ? true : toks[a.first - 2]?.k === 'n' || toks[a.first - 2]?.low === 'mid';
    if (YEAR_DETERMINER.has(p) || /['’]s$/.test(p)) return Boolean(next && next.k === 'w' && !isCapitalised(next) || next?.t === '/');
    // "2019 in review", "2014 in numbers": a headline's year; "2009: Adequate", "2015 – Good", "2014 | Single inspection
    // framework | Inadequate": a timeline's or a table's label
    if (!prev) return Boolean(next && (/^(?:was|saw|has|had|will|is|began|ended|brought)$/.test(next.low)
      || /^[:–—|-]$/.test(next.t) && a.y! >= 1990 && a.y! <= 2039
      || next.low === 'in' && /^(?:review|numbers|pictures|brief|focus|quotes)$/.test(toks[a.last + 2]?.low ?? '')));
    // "staff who remember 2014 felt it": a recent year after a verb, closing its phrase (a count is rarely one)
    return prev.k === 'w' && prev.t === prev.low && a.y! >= 1990 && a.y! <= 2039 && (!next || next.k === 'p' || CLAUSE_AFTER_YEAR.has(next.low));
  }
  if (a.kind !== 'month') return true;
  if (MONTH_BEFORE.has(p)) return true;
  // "Lindenfield (May): Outstanding": a month alone in brackets
  if (p === '(' && next?.t === ')') return true;
  if (a.m === 5) return false; // "May" alone is a verb or a name unless a preposition says otherwise
  if (!prev && (a.m === 3 || a.m === 8)) return false; // "March on", "August company"
  // "June Smith", "April Jones": a month followed by a capitalised word is a name.
  return !(isCapitalised(next) && !/^(?:I)$/.test(next!.t));
}

/** Grows a match to its modifiers: "the end of", "early", "mid-", "earlier". */
function extendBack(toks: Tok[], first: number): number {
  let i = first;
  if (toks[i - 1]?.t === '-' && toks[i - 2]?.low === 'mid') return i - 2;
  if (MODIFIERS.has(toks[i - 1]?.low ?? '') && toks[first].low !== 'earlier' && toks[first].low !== 'later') i--;
  if (SEASONS.has(toks[i - 1]?.low ?? '')) i--;
  if (toks[i - 1]?.low === 'of' && PERIOD_WORDS.has(toks[i - 2]?.low ?? '')) {
    i -= 2;
    if (toks[i - 1]?.low === 'the') i--;
  }
  return i;
}

// Cues at word starts; text between them is never tokenised. Matches may begin a few words before a
// cue ("the New Year", "six months ago"), so each window starts a little earlier.
const CUE_AT = /\b(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|last|this|next|earlier|later|new|same|following|previous|end|start|beginning|middle|yesterday|today|tomorrow|ago|spring|summer|autumn|winter|easter|christmas)/gi;
const BEFORE_CUE = 24;
// A cue is only the start of a word: "market", "newsletter", "thistle" and the modal "may" open no window.
// Besides month and weekday names and their abbreviations:
const CALENDAR_CUES = new Set(['earlier', 'later', 'yesterday', 'today', 'tomorrow', 'ago', 'spring', 'summer', 'autumn', 'winter', 'springs',
  'summers', 'autumns', 'winters', 'easter', 'christmas']);
// Words that date only with the word after them: "this year", "last July", "the end of", "the following week".
const STEP_CUES = new Set(['last', 'this', 'next', 'new', 'same', 'following', 'previous', 'end', 'start', 'beginning', 'middle']);
const AFTER_STEP = /^[ \u00a0-]+(?:years?|months?|weeks?|weekend|term|spring|summer|autumn|winter|morning|afternoon|evening|night|of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const MONTH_PREPOSITION = /(?:^|[^a-z])(?:in|by|since|until|till|from|of|early|late|mid|last|next|this|during|before|after|and|to|or|between)[ \u00a0-]+$/i;

/** Whether the cue matched at `h` of `st` is a whole calendar word, or a stepping word followed by a unit. */
function realCue(st: string, h: number): boolean {
  const c = st.charCodeAt(h);
  if (c >= 48 && c <= 57) return true;
  let e = h;
  while (e < st.length && isLetter(st.charCodeAt(e))) e++;
  const w = st.slice(h, e).toLowerCase();
  if (w === 'may' && c === 109) return MONTH_PREPOSITION.test(st.slice(Math.max(0, h - 12), h)); // the modal "may"
  if (fullMonth(w) || shortMonth(w) || weekdayNumber(w) >= 0 || CALENDAR_CUES.has(w)) return true;
  return STEP_CUES.has(w) && AFTER_STEP.test(st.slice(e, e + 12));
}
const WINDOW_BACK = 48;
const WINDOW = 200;
const MATCH_MARGIN = 48;

function scanSentence(article: ArticleText, s: Sentence, out: Found[]): void {
  const st = s.text;
  let done = 0; // sentence-relative: nothing before this is examined again
  CUE_AT.lastIndex = 0;
  for (let m = CUE_AT.exec(st); m; m = CUE_AT.exec(st)) {
    const h = m.index;
    if (!realCue(st, h)) continue;
    let winStart = Math.max(0, h - WINDOW_BACK);
    while (winStart > 0 && h - winStart < WINDOW_BACK + 16 && st[winStart - 1] !== ' ') winStart--;
    const winEnd = Math.min(st.length, h + WINDOW);
    const limit = winEnd === st.length ? Infinity : s.start + winEnd - MATCH_MARGIN;
    // read in place in the article text, bounded by the sentence: the sentence's own string is a V8
    // sliced string, and every character read from one goes through its parent
    const toks = tokenize(article.text, 0, s.start + winStart, s.start + winEnd, s.end);
    const from = s.start + Math.max(done, h - BEFORE_CUE);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.s < from || t.k === 'p') continue;
      if (t.s > limit) break;
      const abs = matchAbsolute(toks, i);
      let first = -1;
      let last = -1;
      let rel: RelativeMatch | null = null;
      if (abs && acceptAbsolute(toks, abs)) [first, last] = [abs.first, abs.last];
      else if ((rel = matchRelative(toks, i))) [first, last] = [rel.first, rel.last];
      else continue;
      first = extendBack(toks, first);
      const start = toks[first].s;
      const end = toks[last].e;
      // tense only decides dates without a year of their own; the clause walk is skipped for the rest
      const tensed = rel ? rel.unit === 'weekday' || rel.unit === 'monthname' || rel.unit === 'season' || rel.unit === 'festival' : !abs!.y;
      const future = tensed && isFuture(article.text, start, end, s.start, s.end);
      out.push({ start, end, abs: rel ? undefined : abs!, rel: rel ?? undefined, future });
      done = end - s.start;
      i = last;
    }
    done = Math.max(done, limit === Infinity ? st.length : limit + 1 - s.start);
    if (CUE_AT.lastIndex < done) CUE_AT.lastIndex = done;
  }
}

function scan(article: ArticleText): Found[] {
  const out: Found[] = [];
  for (const s of article.sentences) scanSentence(article, s, out);
  return out;
}

/** The latest year in the text, with its latest month when that year is given one. */
function latestInText(found: Found[]): YMD | null {
  let best: YMD | null = null;
  for (const f of found) {
    const a = f.abs;
    if (!a?.y) continue;
    if (!best || a.y > best.y || (a.y === best.y && (a.m ?? 0) > (best.m ?? 0))) best = { y: a.y, m: a.m };
  }
  return best;
}

function basisFor(articleDate: ArticleDate | null, found: Found[]): Basis | null {
  if (articleDate) return { ...parsePartial(articleDate.date), kind: 'article-date', label: `the article date ${articleDate.date}` };
  const latest = latestInText(found);
  if (!latest) return null;
  const v = formatDate(latest.y, latest.m);
  return { ...latest, kind: 'nearest-year', label: `the latest ${latest.m ? 'month' : 'year'} in the text, ${v}` };
}

function resolveAbsolute(a: AbsoluteMatch, basis: Basis | null, future: boolean): Resolution {
  const spelt = a.misspelt ? `; “${a.misspelt}” read as ${monthName(a.m!)} (misspelt)` : '';
  if (a.y) return { resolved: formatDate(a.y, a.m, a.d), basis: 'explicit', explanation: `written in full${spelt}` };
  const r = resolveMonth(a.m!, a.d, a.yearWord, basis, future);
  // "takes over on Thursday, 1 April" in a March article: the weekday says which year the tense left open
  if (a.weekday !== undefined && a.d && !a.yearWord && r.resolved && basis?.kind === 'article-date') {
    const y = Number(r.resolved.slice(0, 4));
    // a past date read as just ahead of the article (see resolveMonth) may have a weekday that says last year
    const slipped = !future && y === basis.y && r.resolved > formatDate(basis.y, basis.m, basis.d);
    const other = y < basis.y ? y + 1 : y > basis.y || slipped ? y - 1 : null;
    // "Inspectors arrived on Wednesday 9 December" in a January article: a past date just before the article is not
    // moved eleven months ahead for its weekday; the weekday is more likely wrong
    const nearerAhead = () => {
      const at = utcDay(basis.y, basis.m, basis.d);
      return Math.abs(utcDay(other!, a.m, a.d) - at) < Math.abs(utcDay(y, a.m, a.d) - at);
    };
    if (other !== null && weekdayOf(y, a.m!, a.d) !== a.weekday && weekdayOf(other, a.m!, a.d) === a.weekday && (other < y || future || nearerAhead())) {
      return { ...r, resolved: formatDate(other, a.m, a.d), explanation: `${r.explanation}; the weekday fits ${other}, not ${y}` };
    }
  }
  return r;
}

export function extractDates(article: ArticleText, articleDate: ArticleDate | null): DateMention[] {
  const found = scan(article);
  const basis = basisFor(articleDate, found);
  const out: DateMention[] = [];
  let previous: { ymd: YMD; text: string } | null = null;
  const headingOf = timelineHeadings(article, found);
  for (const f of found) {
    const text = article.text.slice(f.start, f.end);
    // "February 2021" / "After three weeks in the borough in January, Ofsted rates ...": an entry's month without a
    // year is counted from its heading, not from the article's date
    // (a heading in the article's own year changes nothing, and keeps the article's date as the basis the checks trust)
    let heading = basis && (f.abs ? !f.abs.y : f.rel!.anchor === 'article' && YEARLESS_UNITS.has(f.rel!.unit)) ? headingOf(f.start) : null;
    if (heading && heading.ymd.y === basis!.y) heading = null;
    const b = heading ? { ...heading.ymd, kind: 'nearest-year' as const, label: `the timeline heading “${heading.text}”` } : basis;
    const r = f.abs ? resolveAbsolute(f.abs, b, f.future) : resolveRelative(f.rel!, b, previous, f.future);
    out.push({ start: f.start, end: f.end, text, resolved: r.resolved, basis: r.basis, explanation: r.explanation });
    // "that year" points back into the story, never at the dateline
    if (f.abs?.y && f.start !== articleDate?.span.start) previous = { ymd: { y: f.abs.y, m: f.abs.m, d: f.abs.d }, text };
  }
  return out;
}

const YEARLESS_UNITS = new Set(['weekday', 'monthname', 'season', 'festival']);

/** The heading of the timeline entry at an offset (see timelines.ts), from the dates found with their year. */
function timelineHeadings(article: ArticleText, found: Found[]): (at: number) => { ymd: YMD; text: string } | null {
  const headings = new Map<number, { ymd: YMD; text: string }>();
  for (const f of found) {
    if (!f.abs?.y) continue;
    const text = article.text.slice(f.start, f.end);
    const line = headingLineOf(article, f.start, text);
    if (line >= 0) headings.set(line, { ymd: { y: f.abs.y, m: f.abs.m, d: f.abs.d }, text });
  }
  const entries = timelineChain(article, headings);
  if (!entries.size) return () => null;
  return (at) => entries.get(lineAt(article, at)) ?? null;
}
