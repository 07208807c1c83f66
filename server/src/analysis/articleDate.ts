// The article's own date: a dateline near the top ("Wednesday, September 7, 2011" under the byline,
// "07/09/2011", "Published: 12 March 2013") or a line anywhere that labels itself "Published"/"Posted".
// A date inside a sentence never counts: that is what the story reports, not when it was written. The one
// exception is the header of minutes ("Minutes of a meeting ... held at the Civic Centre on 05/02/2019"):
// minutes are dated by their meeting.
import { AbsoluteMatch, matchAbsolute } from './absoluteDates';
import { Tok, tokenize } from './dateTokens';
import { formatDate, fullMonth } from './months';
import { Span } from './schema';
import { ArticleText } from './text';

export interface ArticleDate {
  date: string;
  span: Span;
  /** How the line introduced it: 'published', 'updated' or 'dateline' (unlabelled, near the top). */
  source?: 'published' | 'updated' | 'dateline';
}

const NEAR_TOP_LINES = 12;
const MAX_LINE = 160;
// "Page last updated: ...", "This article was first published on ...": what the date is of may stand before the label;
// a news release's "Embargoed until 00.01, Friday 17 September 2027" dates it as a date line does
const LABEL = /^\s*(?:(?:this\s+)?(?:page|article|story|post|document|report)\s+(?:was\s+)?)?(?:(?:first\s+)?(published|posted)|(last\s+updated|updated|last\s+modified|modified)|(date|dated|embargoed(?:\s+until)?|embargo))\b/i;
// Tokens a dateline may carry besides the date: times, zones, separators.
const FURNITURE = /^(?:\d{1,2}[:.]\d{2}(?::\d{2})?|am|pm|a\.m|p\.m|bst|gmt|utc|at|on|by|hrs|[|•·,:;.\-–—()/])$/i;
const MAX_BYLINE_WORDS = 6;

const MASTHEAD_SEPARATOR = /[|·•]/;

/** `labelEnd`: how far into the line its label ("Page last updated") runs, 0 for none. */
function dateOnLine(article: ArticleText, lineIndex: number, labelled: boolean, labelEnd = 0): ArticleDate | null {
  const line = article.lines[lineIndex];
  if (line.text.length > MAX_LINE || !/\d/.test(line.text)) return null;
  // a masthead: "SEDGECOMBE COURIER Thursday, 14 March 2019 | No. 4,812 | 95p", "No. 6,204 · Monday 3 March 2025 · £1.20": each part on its own
  if (!labelled && MASTHEAD_SEPARATOR.test(line.text)) {
    let at = 0;
    for (const part of line.text.split(MASTHEAD_SEPARATOR)) {
      const found = dateInText(article, part, line.start + at, false);
      if (found) return found;
      at += part.length + 1;
    }
    return null;
  }
  // "Published 14:05, 9 October 2025 | Updated 16:40, 9 October 2025": the labelled part on its own
  const whole = dateInText(article, line.text, line.start, labelled, labelEnd);
  if (whole || !labelled || !MASTHEAD_SEPARATOR.test(line.text)) return whole;
  const first = line.text.split(MASTHEAD_SEPARATOR)[0];
  return dateInText(article, first, line.start, true, Math.min(labelEnd, first.length));
}

/** A date written out with its year at token i ("14 November 2016", "05/02/2019"), correctly spelt. */
function writtenDate(toks: Tok[], i: number): AbsoluteMatch | null {
  const m = matchAbsolute(toks, i);
  return m && m.kind === 'date' && m.y && !m.misspelt && !m.yearWord ? m : null;
}

function toArticleDate(article: ArticleText, toks: Tok[], m: AbsoluteMatch): ArticleDate {
  const start = toks[m.first].s;
  const end = toks[m.last].e;
  return { date: formatDate(m.y!, m.m, m.d), span: { start, end, text: article.text.slice(start, end) } };
}

function dateInText(article: ArticleText, lineText: string, lineStart: number, labelled: boolean, labelEnd = 0): ArticleDate | null {
  const toks = tokenize(lineText, lineStart);
  // "Date of meeting: Tuesday 12 September 2023": the words of a label before its colon
  const colon = labelled ? toks.findIndex((t) => t.t === ':') : -1;
  for (let i = 0; i < toks.length; i++) {
    const m = writtenDate(toks, i);
    if (!m) continue;
    // "For immediate release – 21st February 2024", "Issue 14 – Friday 30th June 2023", "BULLETIN: 0800 TUESDAY 3 DECEMBER
    // 2024": a short label, a dash or colon (and a time), and the date closing the line
    const time = toks[m.first - 1]?.k === 'n' && /^\d{4}$/.test(toks[m.first - 1].t) ? 1 : 0;
    // "Volume 746: debated on Wednesday 6 March 2024", "Meeting: held on ...": the label's participle and "on"
    const done = low(toks[m.first - time - 1]) === 'on' && /^(?:\p{Ll}+ed|held)$/u.test(toks[m.first - time - 2]?.t ?? '') ? 2 : 0;
    if (labelBeforeDash(toks, m.first - time - done) && m.last === toks.length - 1) return toArticleDate(article, toks, m);
    // "Posted on 19th March 2024 by Councillor X, Leader of Y": a labelled date right after its label, whatever byline follows
    if (labelled && i <= 2 && toks.slice(0, i).every((t) => t.k === 'w' && (LABEL.test(t.t) || /^(?:on|at)$/i.test(t.t))) && low(toks[m.last + 1]) === 'by') {
      return toArticleDate(article, toks, m);
    }
    // The rest of the line must be a label, a byline or a time, not a sentence.
    let words = 0;
    for (let j = 0; j < toks.length; j++) {
      if ((j >= m.first && j <= m.last) || j < colon || toks[j].s < lineStart + labelEnd) continue;
      const t = toks[j];
      if (FURNITURE.test(t.t)) continue;
      if (t.k === 'w' && (t.t[0] !== t.low[0] || LABEL.test(t.t) || /^(?:last|first|updated|published|posted)$/i.test(t.t))) words++;
      else return null;
    }
    if (words > (labelled ? MAX_BYLINE_WORDS + 2 : MAX_BYLINE_WORDS)) return null;
    return toArticleDate(article, toks, m);
  }
  return null;
}

const MAX_DASH_LABEL = 6;
const low = (t: Tok | undefined) => t?.low ?? '';

/** A few words of a label, then a dash or colon right before token `first`. */
function labelBeforeDash(toks: Tok[], first: number): boolean {
  const sep = toks[first - 1];
  if (!sep || sep.k !== 'p' || !/^[–—:-]$/.test(sep.t) || first - 1 > MAX_DASH_LABEL || first < 2) return false;
  for (let j = 0; j < first - 1; j++) if (toks[j].k === 'p') return false;
  return true;
}

// "MINUTES of a meeting held ...", "Minutes of the Cabinet meeting held on ...", "Record of the meeting held ..."
const MEETING_HEADER = /^\s*(?:minutes|notes|record|draft minutes)\b.{0,120}\b(?:meeting|held)\b/i;

/** The first full date on a minutes header line, whatever else the line says. */
function meetingDate(article: ArticleText, lineIndex: number): ArticleDate | null {
  const line = article.lines[lineIndex];
  if (line.text.length > MAX_LINE * 2) return null;
  const toks = tokenize(line.text, line.start);
  for (let i = 0; i < toks.length; i++) {
    const m = writtenDate(toks, i);
    if (m?.d) return { ...toArticleDate(article, toks, m), source: 'dateline' };
  }
  return null;
}

// A report or letter signed off with its date ("Children's Commissioner" / "July 2024"): a line holding only a date
// among the last few lines of text.
const SIGN_OFF_LINES = 6;
const SIGN_OFF_MAX = 40;

export function findArticleDate(article: ArticleText): ArticleDate | null {
  let dateline: ArticleDate | null = null;
  let updated: ArticleDate | null = null;
  let nonEmpty = 0;
  let firstLate = article.lines.length;
  for (let i = 0; i < article.lines.length; i++) {
    const text = article.lines[i].text;
    if (!text.trim()) continue;
    nonEmpty++;
    if (nonEmpty === NEAR_TOP_LINES + 1) firstLate = i;
    const label = text.length <= MAX_LINE ? LABEL.exec(text) : null;
    if (label) {
      const found = dateOnLine(article, i, true, label[0].length);
      if (found && label[1]) return { ...found, source: 'published' };
      if (found && label[2]) updated ??= { ...found, source: 'updated' };
      if (found && label[3] && !dateline) dateline = { ...found, source: 'dateline' };
      continue;
    }
    if (nonEmpty <= NEAR_TOP_LINES && !dateline) {
      const found = dateOnLine(article, i, false) ?? (MEETING_HEADER.test(text) ? meetingDate(article, i) : null);
      if (found) dateline = { ...found, source: 'dateline' };
    }
  }
  return dateline ?? updated ?? signOffDate(article, firstLate) ?? yearlessDateline(article);
}

/** The last line holding only a date, among the last SIGN_OFF_LINES lines of text from line `from` on. */
function signOffDate(article: ArticleText, from: number): ArticleDate | null {
  let after = 0;
  for (let i = article.lines.length - 1; i >= from && after < SIGN_OFF_LINES; i--) {
    const l = article.lines[i];
    const text = l.text;
    if (!text.trim() || l.boilerplate) continue;
    if (text.length <= SIGN_OFF_MAX) {
      const found = dateOnLine(article, i, false);
      if (found && found.span.text.length >= text.trim().length - 1) return { ...found, source: 'dateline' };
    }
    after++;
  }
  return null;
}

// An agency-style dateline opening the first paragraph: "CLAYMOUTH, March 3 – An independent fostering agency ...",
// "LONDON, 3 March (PA) -". It has no year: the story's own latest month and year ("in March 2025") gives it.
const YEARLESS_DATELINE = /^([A-Z][A-Z .'’-]{2,40}),[ \u00a0]+(?:([A-Z][a-z]+)[ \u00a0]+(\d{1,2})|(\d{1,2})[ \u00a0]+([A-Z][a-z]+))(?:[ \u00a0]*\([^)]{1,30}\))?[ \u00a0]*[–—-][ \u00a0]/;
const MONTH_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December)[ \u00a0]+((?:19|20)\d\d)\b/g;

function yearlessDateline(article: ArticleText): ArticleDate | null {
  let nonEmpty = 0;
  for (const line of article.lines) {
    if (!line.text.trim()) continue;
    if (++nonEmpty > NEAR_TOP_LINES) return null;
    const m = YEARLESS_DATELINE.exec(line.text);
    if (!m) continue;
    const month = fullMonth((m[2] ?? m[5]).toLowerCase());
    const day = Number(m[3] ?? m[4]);
    if (!month || day < 1 || day > 31) return null;
    let year = 0;
    for (const y of article.text.matchAll(MONTH_YEAR)) year = Math.max(year, Number(y[2]));
    if (!year) return null;
    const start = line.start + m[0].indexOf(m[2] ?? m[4], m[1].length);
    const end = start + (m[2] ? `${m[2]} ${m[3]}` : `${m[4]} ${m[5]}`).length;
    return { date: formatDate(year, month, day), span: { start, end, text: article.text.slice(start, end) }, source: 'dateline' };
  }
  return null;
}
