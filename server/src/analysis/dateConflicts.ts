// One event given two dates in one article, and "X after Y" where X's date is before Y's.
import { compareAtCommonPrecision, isResolved, makeDiagnostic, monthIndex, parseCount, sentenceIndexAt } from './consistencyUtil';
import { DatedEvent, eventDatesDisagree, findDatedEvents } from './eventDates';
import { timelineEntries } from './timelines';
import { dayIndex } from './months';
import { ArticleFacts } from './options';
import { DateMention, Diagnostic } from './schema';
import { ArticleText } from './text';

type Resolved = DateMention & { resolved: string };

export function findDateConflicts(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const events = findDatedEvents(article, facts.dates, facts.people, '');
  const byKey = new Map<string, DatedEvent[]>();
  // within one article a council event's place may be named in one sentence and left out in the next:
  // group without it, and let two different named places keep the events apart below
  for (const e of events) {
    const key = e.place ? e.key.slice(0, -e.place.length) : e.key;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  const out: Diagnostic[] = [];
  const text = article.text;
  for (const list of byKey.values()) {
    for (let i = 1; i < list.length; i++) {
      const e = list[i];
      const first = list.slice(0, i).find((o) => eventDatesDisagree(o, e) && !(o.place && e.place && o.place !== e.place) && !(o.post && e.post && o.post !== e.post)
        && (!e.apartDays || daysApart(o.date.resolved, e.date.resolved) < e.apartDays));
      if (!first) continue;
      out.push(makeDiagnostic(text, e.date.start, e.date.end, 'date-conflict', 'warning',
        `Two dates for ${e.label}: “${e.cue} … ${e.date.text}” here, but “${first.cue} … ${first.date.text}” earlier in the article.`,
        { related: [{ start: first.date.start, end: first.date.end, message: `${first.label} dated “${first.date.text}” here` }] }));
    }
  }
  // (the checks below read the resolved dates in text order, sorted once here)
  const resolved = facts.dates.filter(isResolved).sort((a, b) => a.start - b.start);
  return [...out, ...afterDatedEvents(article, facts.dates, events), ...afterThatEvent(article, resolved), ...interimThenPermanent(article, resolved),
    ...followedIn(article, resolved)];
}

// "Ofsted judged Sturcombe inadequate in July 2025 ... An improvement notice followed in May 2025": what followed the
// sentence before cannot be dated before it
const FOLLOWED = /\bfollowed(?:[ \u00a0]+(?:soon|shortly|quickly|swiftly))?,?[ \u00a0]+(?:in|on)[ \u00a0]+$/i;

function followedIn(article: ArticleText, resolved: Resolved[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = article.text;
  let prev: Resolved | undefined;
  let prevSentence = -1;
  for (const d of resolved) {
    const si = sentenceIndexAt(article, d.start);
    const s = article.sentences[si];
    if (s && FOLLOWED.test(text.slice(Math.max(s.start, d.start - 30), d.start)) && prev && prevSentence === si - 1
      && yearStated(d) === yearStated(prev) && compareAtCommonPrecision(d.resolved, prev.resolved) < 0) {
      out.push(makeDiagnostic(text, d.start, d.end, 'sequence-reversed', 'warning',
        `“${d.text}” is told as following what the sentence before dates “${prev.text}” (${prev.resolved}), but ${d.resolved} is earlier.`,
        { related: [{ start: prev.start, end: prev.end, message: `dated “${prev.text}” here` }] }));
    }
    prev = d;
    prevSentence = si;
  }
  return out;
}

// "joined as interim director in October 2024 and ... was confirmed as permanent director in September 2024": an
// interim or acting post comes before the permanent one, so the permanent post's date cannot be the earlier
const INTERIM = /\b(?:interim|acting)\b/gi;
const PERMANENT = /\b(?:permanent|substantive|permanently)\b/i;

function interimThenPermanent(article: ArticleText, resolved: Resolved[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = article.text;
  for (const s of article.sentences) {
    if (!PERMANENT.test(s.text)) continue;
    INTERIM.lastIndex = 0;
    const m = INTERIM.exec(s.text);
    if (!m) continue;
    const own = resolved.filter((d) => d.start >= s.start + m.index && d.end <= s.end);
    // the interim post's date, then the permanent post named after it, then that post's date
    const x = own[0];
    const p = x && PERMANENT.exec(text.slice(x.end, s.end));
    const y = p && own.find((d) => d.start >= x.end + p.index);
    if (!x || !y || x.start - (s.start + m.index) > 60 || y.start - (x.end + p!.index) > 60) continue;
    if (yearStated(x) !== yearStated(y) || compareAtCommonPrecision(x.resolved, y.resolved) <= 0) continue;
    out.push(makeDiagnostic(text, x.start, y.end, 'sequence-reversed', 'warning',
      `The permanent post is dated “${y.text}” (${y.resolved}), before the interim one, “${x.text}” (${x.resolved}).`,
      { related: [{ start: x.start, end: x.end, message: `the interim post: “${x.text}”` }] }));
  }
  return out;
}

// "A joint targeted area inspection ..., in January 2024, found ... Ms Armistead left the council after that report was
// published, in November 2023": a date told as after an inspection or report the sentence before has dated.
// ("After that judgement, the Department issued an improvement notice in February 2025": the grade the sentence before dated)
const AFTER_THAT = /\b(?:after|following)[ \u00a0]+(?:that|this)[ \u00a0]+(?:report|inspection|visit|review|judgement|judgment|rating|verdict)\b/i;
const INSPECTION_WORD = /\b(?:inspection|inspectors|report|visit|review|judged|rated|judgement|judgment|rating|verdict)\b/i;

function afterThatEvent(article: ArticleText, resolved: Resolved[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = article.text;
  const datesIn = (i: number) => {
    const s = article.sentences[i];
    return resolved.filter((d) => d.start >= s.start && d.end <= s.end);
  };
  for (let i = 1; i < article.sentences.length; i++) {
    const s = article.sentences[i];
    const m = AFTER_THAT.exec(s.text);
    if (!m) continue;
    const own = datesIn(i);
    if (own.length !== 1) continue;
    // the nearest of the three sentences before that dates something and speaks of an inspection or report
    // ("... judged inadequate after a full inspection in March 2025. Inspectors found ... Following that inspection, ...")
    let a = i - 1;
    let before = datesIn(a);
    while (a > 0 && i - a < 3 && !before.length) before = datesIn(--a);
    const antecedent = article.sentences[a];
    // (the sentence before may date more than one thing: its last date is what "that" points back to)
    if (!before.length || !INSPECTION_WORD.test(antecedent.text)) continue;
    const [x, y] = [own[0], before[before.length - 1]];
    // (two dates without their year are read alike, and compare; one with it and one without do not)
    if (yearStated(x) !== yearStated(y) || compareAtCommonPrecision(x.resolved, y.resolved) >= 0) continue;
    out.push(makeDiagnostic(text, x.start, x.end, 'sequence-reversed', 'warning',
      `“${x.text}” is said to come after “${m[0].replace(/^\S+\s+/, '')}”, which the sentence before dates “${y.text}” (${y.resolved}).`,
      { related: [{ start: y.start, end: y.end, message: `dated “${y.text}” here` }] }));
  }
  return out;
}

// "first met on 4 February 2025, a fortnight after the notice was issued": a date told as coming after (or before) an
// event the article dates elsewhere. Only the council's own once-only events are named this way without their date.
// Found from the event's words, then the date is looked for just before them: a search led by the optional lead-in
// would be tried at every character of the article.
const AFTER_EVENT = /\b(after|before)[ \u00a0]+the[ \u00a0]+(improvement notice|notice to improve|notice|report)\b(?![ \u00a0]+(?:on|in|of|dated)\b)/gi;
const LEAD_IN = /,?[ \u00a0]*(?:(?:a|an|one|two|three|four|five|six|\d+|a few)[ \u00a0]+(?:days?|weeks?|fortnights?|months?)|shortly|soon|just|only|days|weeks|months)?[ \u00a0]+$/i;
const EVENT_OF: Record<string, string> = { 'improvement notice': 'improvement-notice', 'notice to improve': 'improvement-notice', notice: 'improvement-notice', report: 'report-published' };

function afterDatedEvents(article: ArticleText, dates: DateMention[], events: DatedEvent[]): Diagnostic[] {
  if (!events.length) return [];
  const text = article.text;
  const out: Diagnostic[] = [];
  for (const s of article.sentences) {
    // the date stands before the cue, so the cue never opens the sentence and is lower-case
    if (s.text.indexOf('after') < 0 && s.text.indexOf('before') < 0) continue;
    AFTER_EVENT.lastIndex = 0;
    for (let m = AFTER_EVENT.exec(s.text); m; m = AFTER_EVENT.exec(s.text)) {
      const cue = s.start + m.index;
      const lead = LEAD_IN.exec(text.slice(Math.max(s.start, cue - 24), cue));
      if (!lead) continue;
      const at = cue - lead[0].length;
      const x = dates.find((d): d is Resolved => d.end === at && isResolved(d));
      if (!x) continue;
      const kind = EVENT_OF[m[2].toLowerCase()];
      const ofKind = events.filter((e) => e.key.startsWith(`${kind}|`) && e.date !== x);
      // an event the article dates twice is a date-conflict already; which date is meant is unknown
      if (new Set(ofKind.map((e) => e.date.resolved)).size !== 1) continue;
      const y = ofKind[0];
      const later = m[1].toLowerCase() === 'after';
      const cmp = compareAtCommonPrecision(x.resolved, y.date.resolved);
      if ((later && cmp >= 0) || (!later && cmp <= 0)) continue;
      out.push(makeDiagnostic(text, x.start, x.end, 'sequence-reversed', 'warning',
        `“${x.text}” is said to come ${m[1].toLowerCase()} ${y.label}, but the article dates that “${y.date.text}” (${y.date.resolved}).`,
        { related: [{ start: y.date.start, end: y.date.end, message: `${y.label}: “${y.date.text}”` }] }));
    }
  }
  return out;
}

/** Days between two dates of the same precision (a month or year counts from its first day). */
function daysApart(a: string, b: string): number {
  return Math.abs(dayIndex(a) - dayIndex(b));
}

// "after"/"following" put X later than Y; "before"/"prior to" earlier. "looked after" is care, not time.
// A fronted "Having received the draft report on 16 April, the team met on 8 April" puts the main clause after it too.
const CONNECTOR = /\b(after|following|before|prior to|ahead of|having)\b/gi;
const CLAUSE_BREAK = /[;:]|\bbut\b|\bwhile\b|\bwhereas\b/i;
// What may open a sentence before a fronted connector: nothing, or a cleft ("It was only", "Only", "Not until").
// (after a paragraph number: "4.1 Having received ...")
const FRONT = /^[\s"“‘']*(?:\d+(?:\.\d+)*[ \u00a0]+)?(?:(?:it[ \u00a0]+was[ \u00a0]+)?(?:only|just|not|even)?[ \u00a0]*)$/i;

// After a parenthesis: another clause of the sentence starts, so the parenthesis closed the one before.
const NEXT_CLAUSE = /^[ \u00a0]*,[ \u00a0]*(?:and|but)[ \u00a0]/;

/** The date's own text gives its year (or counts from the article's date: "last month"), rather than the resolver guessing it. */
function yearStated(d: DateMention): boolean {
  return d.basis === 'explicit' || /\d{4}|\b(?:last|next|this|ago|yesterday|today|tomorrow|earlier|later|previous|following)\b/i.test(d.text);
}

const APPOSITIVE_NAME = /,[ \u00a0]+\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,3},/gu;
// "the appointment of Ann Smith, a former director of children's services, as commissioner": a post set off after a name
const APPOSITIVE_POST = /(\p{Lu}[\p{L}'’-]*),[ \u00a0]+(?:a|an|the)[ \u00a0][^,;:.]{1,60},/gu;

// "three weeks after", "a month after": a short interval told just before the connector
const INTERVAL = /\b(a|an|one|two|three|four|five|six|\d{1,2})[ \u00a0]+(days?|weeks?|fortnights?|months?)[ \u00a0]+$/i;

/** With a short interval stated, the interval ("three weeks") if the year-less `y` falls too far before `x` in every year it could have. */
function intervalMisfits(between: string, x: Resolved, y: Resolved): string | null {
  const m = INTERVAL.exec(between);
  if (!m || x.resolved.length < 7 || y.resolved.length < 7) return null;
  const n = parseCount(m[1].toLowerCase()) ?? 1;
  const unit = m[2].toLowerCase();
  const months = unit.startsWith('month') ? n : Math.ceil((n * (unit.startsWith('fortnight') ? 14 : unit.startsWith('week') ? 7 : 1)) / 30);
  if (months > 6) return null;
  // months from y forward to x, whatever y's year
  const gap = (monthIndex(x.resolved) - monthIndex(y.resolved) + 1200) % 12;
  return gap > months + 1 ? m[0].trim() : null;
}

export function findReversedSequences(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const text = article.text;
  const bySentence = new Map<number, Resolved[]>();
  for (const d of facts.dates) {
    if (!isResolved(d)) continue;
    const i = sentenceIndexAt(article, d.start);
    if (i >= 0) bySentence.set(i, [...(bySentence.get(i) ?? []), d]);
  }
  const out: Diagnostic[] = [];
  // "June 2021" / "The Department approves a plan drawn up after Ofsted's first monitoring visit in August 2021": a
  // timeline's entry happens at its heading's date
  const entries = timelineEntries(article, facts.dates.filter(isResolved).sort((a, b) => a.start - b.start));
  for (const [i, heading] of entries) bySentence.set(i, [heading, ...(bySentence.get(i) ?? [])]);
  for (const [i, ds] of bySentence) {
    if (ds.length < 2) continue;
    ds.sort((a, b) => a.start - b.start);
    const s = article.sentences[i];
    CONNECTOR.lastIndex = 0;
    for (let m = CONNECTOR.exec(s.text); m; m = CONNECTOR.exec(s.text)) {
      const at = s.start + m.index;
      let word = m[1].toLowerCase();
      // "rated good, in 2022, and before that requires improvement, in 2016": after "and" or a comma, "before that" points
      // back to the clause before, and what follows it came first; the order is that of "good in 2022 after ... 2016"
      if ((word === 'before' || word === 'after') && /^[ \u00a0]+(?:that|this)\b/i.test(text.slice(at + m[0].length, at + m[0].length + 6))
        && /(?:,|\band)[ \u00a0]*$/i.test(text.slice(Math.max(s.start, at - 6), at))) word = word === 'before' ? 'after' : 'before';
      if (word === 'after' && /\blooked\s+$/i.test(text.slice(Math.max(s.start, at - 8), at))) continue;
      // "Before that, in 2014, it had been rated inadequate ... until 2017": the connector points back to the sentence
      // before, and orders nothing within this one
      if (/^[ \u00a0]+(?:(?:that|this)[ \u00a0]*[,;]|then\b)/i.test(text.slice(at + m[0].length, at + m[0].length + 8))) continue;
      const y = ds.find((d) => d.start >= at + m![0].length);
      if (!y) continue;
      // (a name or a post set off by commas is no clause, and its length no distance)
      const mid = text.slice(at, y.start).replace(APPOSITIVE_NAME, ' ').replace(APPOSITIVE_POST, '$1');
      if (mid.length > 100) continue;
      // "Following the focused visit on 12/03/2024, ..., the council commissioned a review, which took place in November
      // 2023": the sentence opens with the event before, and its one other date is the main clause's
      // ("It was only after a social worker wrote in May 2025 that the council ordered an audit, in January 2025": the same, cleft)
      const fronted = FRONT.test(text.slice(s.start, at)) && ds.length === 2 && ds[1] !== y ? ds[1] : null;
      if (word === 'having' && !fronted) continue;
      const x = fronted ?? [...ds].reverse().find((d) => d.end <= at);
      if (!x) continue;
      // (a timeline's entry dates the whole sentence, whatever stands between its heading and the connector)
      const entry = x === entries.get(i);
      // the connector's phrase set off by a comma from what it follows
      const setOff = /,\s*$/.test(text.slice(x.end, at));
      if (!fronted && CLAUSE_BREAK.test(text.slice(at, y.start))) continue;
      // "who joined in 2020 after the inadequate judgement, left in 2024": past a comma the date is another clause's,
      // unless the comma only sets the date off ("after the inspection, in March 2024")
      // ("after her predecessor, Howell Hodgetts, retired in June 2025": a name set off by commas is no clause)
      if (!fronted && mid.includes(',') && !/,[ \u00a0]*(?:(?:in|on|at)[ \u00a0]+)?(?:the[ \u00a0]+)?$/i.test(mid)) continue;
      if (!fronted && !entry) {
        if (at - x.end > 80 || CLAUSE_BREAK.test(text.slice(x.end, at))) continue;
        // "... in February 2022 and is now, after a reinspection in April, ...": a parenthesis belongs to what follows it;
        // "run since March by X, following the departure of Y in May." ends the sentence, and belongs to what it follows,
        // as it does before another clause ("appointed in May 2024, following the judgement in October 2024, and arrived ...")
        // (a parenthesis is closed by a comma: "on 24 March at which workers were told ..." runs on to the end, and
        // belongs to what it follows)
        if (setOff && /^[^,;:]*,\s*\p{L}/u.test(text.slice(y.end, s.end)) && !NEXT_CLAUSE.test(text.slice(y.end, s.end))) continue;
      }
      // "rated good in 2022 after an inspection in the autumn": a month or season without a year takes its year from the
      // date it is ordered against, not from the article's date, so the order says nothing wrong; unless a short interval
      // is stated, which no year of it fits ("in June 2026, three weeks after her predecessor left in August")
      const later = word === 'after' || word === 'following' || word === 'having';
      if (yearStated(x) !== yearStated(y)) {
        const interval = later && !yearStated(y) ? intervalMisfits(text.slice(x.end, at), x, y) : null;
        if (interval) {
          out.push(makeDiagnostic(text, Math.min(x.start, y.start), Math.max(x.end, y.end), 'sequence-reversed', 'warning',
            `“${x.text}” is said to come ${interval} after “${y.text}”, but no ${y.text.replace(/^(?:in|on)\s+/i, '')} falls that close before it.`,
            { related: [{ start: y.start, end: y.end, message: `the event it is said to follow: “${y.text}”` }] }));
        }
        continue;
      }
      // "kept the outstanding grade it was first awarded in 2021 after an inspection last month": the date of a first time
      // belongs to its own clause, not to what the "after" follows
      // (set off by a comma, the connector's phrase is said of the whole clause before it: "The board first met in
      // November 2026, following the appointment ... in December 2026")
      if (!fronted && !setOff && /\b(?:first|originally|initially)\b[^,;]*$/i.test(text.slice(Math.max(s.start, x.start - 30), x.start))) continue;
      const cmp = compareAtCommonPrecision(x.resolved, y.resolved);
      if ((later && cmp >= 0) || (!later && cmp <= 0)) continue;
      // the range is the whole claim, both dates and the connector between them: either date may be the wrong one
      out.push(makeDiagnostic(text, Math.min(x.start, y.start), Math.max(x.end, y.end), 'sequence-reversed', 'warning',
        `“${x.text}” is said to come ${later ? 'after' : 'before'} “${y.text}”, but ${x.resolved} is ${later ? 'earlier' : 'later'} than ${y.resolved}.`,
        { related: [{ start: y.start, end: y.end, message: `the event it is said to ${later ? 'follow' : 'precede'}: “${y.text}” (${y.resolved})` }] }));
    }
  }
  return out;
}
