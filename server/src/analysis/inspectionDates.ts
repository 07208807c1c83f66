// One inspection given two start dates in one article: "The inspection began on Wednesday 26 June"
// ... "inspectors arrived on 24 June". A council has many inspections, so the guards matter more
// than the cues: words that mark another inspection ("previous", "the 2015 inspection") drop the cue,
// a kind of inspection named near it ("monitoring visit", a fostering or school inspection) is compared
// only with its own kind, and two dates are one inspection only when they fall in one year within
// about a month of each other (a June and a November visit are two).
// Kept within one article: across articles the council an article is about is a guess, and the
// workspace index compares dates with the looser rule of the once-only events.
import { councilIn, isResolved, makeDiagnostic, monthIndex, NUMBER_WORD_SOURCE, parseCount, precisionOf } from './consistencyUtil';
import { dayIndex } from './months';
import { ArticleFacts } from './options';
import { DateMention, Diagnostic } from './schema';
import { ArticleText } from './text';

type Dated = DateMention & { resolved: string };

export interface InspectionDate {
  /** "began" and "arrived" name the first day; "took place", "visited", "inspected in" only a time within it. */
  strict: boolean;
  /** For a start: how many days the same sentence says the inspection lasted ("The two-day inspection began ..."). */
  days?: number;
  cue: string;
  /** A council named in the sentence, else the home or service named as what was inspected ("Elterwick Lodge had been
   *  inspected"), lowercased; else ''. */
  place: string;
  /** The kind of inspection or visit named near the cue ("focused", "fostering"), else '': only one kind is compared with itself. */
  kind: string;
  date: Dated;
  /** The resolved date, its year taken from the range's end when the start was written without one. */
  resolved: string;
}

const W = '[ \\u00a0]+';
// Cues whose date follows a short gap (GAP); `strict` cues name the start.
const CUES: { re: RegExp; strict: boolean }[] = [
  { strict: true, re: new RegExp(`\\b(?:inspection|visit),?(?:${W}(?:which|that))?(?:${W}(?:had|has))?${W}(?:began|begun|started|commenced|got${W}under${W}?way)\\b`, 'gi') },
  { strict: true, re: new RegExp(`\\b(?:inspectors|inspection${W}team)(?:${W}(?:had|first))?${W}arrived\\b`, 'gi') },
  { strict: true, re: new RegExp(`\\binspection,?(?:${W}which)?${W}(?:ran|took${W}place|was${W}carried${W}out|was${W}held|lasted)${W}(?:from|between)\\b`, 'gi') },
  { strict: false, re: new RegExp(`\\binspection,?(?:${W}which)?${W}(?:took${W}place|was${W}carried${W}out|was${W}conducted|was${W}held)\\b`, 'gi') },
  { strict: false, re: new RegExp(`\\b(?:inspectors|inspection${W}team)${W}visited\\b`, 'gi') },
  { strict: false, re: new RegExp(`\\b(?:was|were|been)${W}inspected\\b`, 'gi') },
  { strict: false, re: new RegExp(`\\binspection${W}(?:on|in)(?=[ \\u00a0])`, 'gi') },
  // "the assurance visit carried out by Ofsted on ...", "during the visit on 8 October"
  { strict: false, re: new RegExp(`\\bvisit,?(?:${W}which${W}was)?${W}carried${W}out\\b`, 'gi') },
  { strict: false, re: new RegExp(`\\bvisit,?(?:${W}which)?${W}(?:took${W}place|was${W}held|happened)\\b`, 'gi') },
  { strict: false, re: new RegExp(`\\bvisit,?${W}on(?=[ \\u00a0])`, 'gi') },
  // "Ofsted carried out a focused visit to Thornsgill Fells Council's "front door" on 9 and 10 March": an inspectorate's visit, not a minister's
  { strict: false, re: new RegExp(`\\b(?:focused|monitoring|assurance|inspection|Ofsted['’]s)${W}visit(?=${W}to${W})`, 'gi') },
  // "at the March visit inspectors sampled 38 cases": the month names the visit, standing before it
  { strict: false, re: new RegExp(`\\b(?:the|that)(?=${W}(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:${W}(?:19|20)\\d\\d)?${W}(?:visit|inspection)\\b)`, 'g') },
  // "followed an inspection from 14 to 25 January", "Tenterby, inspected from 4 to 15 March": the days named after it (see DAYS_IN_DATE)
  { strict: false, re: new RegExp(`\\b(?:inspection|inspected)(?=${W}(?:from|between)${W})`, 'gi') },
  // "The inspectors were in Carrowby from 8 to 19 May"
  { strict: false, re: new RegExp(`\\binspectors${W}were${W}(?:in|at)\\b`, 'gi') },
];
const REACH = 60;
// "on 6 and 7 October", "on 6-7 October": one date mention, resolved to its first day
const DAYS_IN_DATE = /^(?:\p{L}+,?[ \u00a0]+)?(\d{1,2})(?:st|nd|rd|th)?(?:[ \u00a0]+(?:and|to|&)[ \u00a0]+|[ \u00a0]*[-–][ \u00a0]*)(\d{1,2})\b/u;
// From the cue to its date: a few words ("at the council's offices", "the county for two weeks") and a preposition.
const GAP = /^,?[ \u00a0]*(?:(?:[\p{L}\p{N}'’"“”‘-]+[ \u00a0]+){0,7}?(?:on|in|from|between|during)[ \u00a0]+)?$/u;
const GAP_BREAK = /[;:()–—]|\b(?:after|following|before|since|until|and|but|when|while|which|report|published|notice)\b/i;
// Before the cue in its clause: a word that makes this one inspection of several.
const SEQUENCE = /\b(?:previous|last|earlier|prior|first|second|third|fourth|next|further|follow-up|subsequent|original|initial|another|new|future|upcoming|(?:19|20)\d\d)\b[^.;,]{0,30}$/i;
// A visit supposed or planned, not reported: "if inspectors arrived next month".
// (case kept for "may", so that the month "In May, inspectors arrived" is no modal)
const HYPOTHETICAL = /\b(?:[Ii]f|[Uu]nless|[Ss]hould|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ww]ill|[Ee]xpected|[Dd]ue)\b[^.;,]{0,30}$/;
const FUTURE_DATE = /\b(?:next|coming|later)\b/i;
// Near the cue: the kind of inspection or visit ("focused on children in need" is no focused visit); each kind is compared only with itself.
const KIND_SOURCE = `monitoring|interim|focused(?![ \\u00a0]+on\\b)|follow-up|re-?inspect\\w*|joint|targeted|fostering|adoption|children['’]s[ \\u00a0]+homes?|care[ \\u00a0]+homes?|residential|schools?|nursery|youth[ \\u00a0]+(?:offending|justice)|local[ \\u00a0]+area|short[ \\u00a0]+inspection|annual`;
const KIND_WORD = new RegExp(`\\b(?:${KIND_SOURCE})\\b`, 'i');
const KIND_CAPS = /\b(?:JTAI|SEND|CQC)\b/;
const KIND_OF_VISIT = new RegExp(`\\b(${KIND_SOURCE})[ \u00a0]+visits?\\b`, 'gi');

function normaliseKind(word: string): string {
  const w = word.toLowerCase().replace(/[ \u00a0]+/g, ' ').replace(/’/g, "'");
  if (w === 'jtai' || w === 'targeted') return 'joint';
  if (/^re-?inspect/.test(w)) return 'reinspection';
  return w.replace(/s$/, '');
}

/** The kind of inspection named in `around`, '' for none. */
function kindIn(around: string): string {
  const m = KIND_WORD.exec(around) ?? KIND_CAPS.exec(around);
  return m ? normaliseKind(m[0]) : '';
}
const KIND_REACH = 60;
const THE_INSPECTION_OPENS = /^[\s"“]*(?:\d+(?:\.\d+)*\.?[ \u00a0]+)?the[ \u00a0]+inspection\b/i;
const RANGE_JOIN = /^[ \u00a0]*(?:and|to|until|till|-|–)[ \u00a0]+$/;

// "The two-day inspection", "a three-week inspection", "the inspection lasted four days", "the two-day visit"
const LENGTH = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_SOURCE})[- \u00a0](day|week)(?:s|-long)?[ \u00a0]+(?:[\\p{L}'’-]+[ \u00a0]+){0,2}?(?:inspection|visit)\\b|\\b(?:inspection|visit)[ \u00a0]+(?:lasted|ran[ \u00a0]+for|took)[ \u00a0]+(\\d{1,2}|${NUMBER_WORD_SOURCE})[ \u00a0]+(day|week)s?\\b`, 'iu');

/** The length of the inspection the sentence states, in days. */
function lengthIn(sentence: string): number | undefined {
  const m = LENGTH.exec(sentence);
  if (!m) return undefined;
  const n = parseCount((m[1] ?? m[3]).toLowerCase());
  return n ? n * ((m[2] ?? m[4]).toLowerCase() === 'week' ? 7 : 1) : undefined;
}

// "Elterwick Lodge had been inspected", "Hesketside House was inspected": the named thing inspected, just before the cue
const NAMED_SUBJECT = /(?:^|[^\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}\p{Lu}[\p{L}'’-]*)[ \u00a0]+(?:(?:had|has|have)[ \u00a0]+)?$/u;
const NOT_A_NAME = /^(?:The|This|That|These|Those|It|Its|A|An|Our|Their|His|Her|We|They|He|She|Both|Each|Every|All)$/;

/** The home or service named as the subject of "was/had been inspected", lowercased, else ''. */
function inspectedSubject(before: string): string {
  const name = NAMED_SUBJECT.exec(before)?.[1].split(/[ \u00a0]+/);
  while (name?.length && NOT_A_NAME.test(name[0])) name.shift();
  return name?.length ? name.join(' ').toLowerCase() : '';
}

/** Cheap test before the cue patterns: the sentence must talk about an inspection, inspectors or a visit. */
const INSPECT = /inspect|visit/i;

export function findInspectionStarts(article: ArticleText, dates: DateMention[]): InspectionDate[] {
  const text = article.text;
  const usable = dates.filter(isResolved).sort((a, b) => a.start - b.start);
  const out: InspectionDate[] = [];
  // "the visit on 19 and 20 November" in an article whose only visits are a focused visit's: that visit
  let visitKinds: Set<string> | undefined;
  const visitKind = () => {
    visitKinds ??= new Set([...text.matchAll(KIND_OF_VISIT)].map((v) => normaliseKind(v[1])));
    return visitKinds.size === 1 ? [...visitKinds][0] : '';
  };
  let di = 0;
  // (a sentence that dated an inspection itself is not one that only named the next sentence's: "The re-inspection began on
  // 10 June. The inspection began on 24 June." is read as before, kind against no kind)
  // (events come in sentence order, so only the last few are read)
  const datedBefore = (i: number) => {
    const { start, end } = article.sentences[i];
    for (let k = out.length - 1; k >= 0 && out[k].date.end > start; k--) if (out[k].date.start >= start && out[k].date.end <= end) return true;
    return false;
  };
  for (let si = 0; si < article.sentences.length; si++) {
    const s = article.sentences[si];
    while (di < usable.length && usable[di].start < s.start) di++;
    if (di >= usable.length || usable[di].end > s.end || !INSPECT.test(s.text)) continue;
    const place = councilIn(s.text);
    const where = (m: RegExpExecArray, cueStart: number) => place || (/inspected$/i.test(m[0]) ? inspectedSubject(text.slice(s.start, cueStart)) : '');
    for (const cue of CUES) {
      cue.re.lastIndex = 0;
      // Matches come in order, so the first date after each cue is found by one forward walk.
      let j = di;
      for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
        const cueStart = s.start + m.index;
        const cueEnd = cueStart + m[0].length;
        while (j < usable.length && usable[j].start < cueEnd) j++;
        const date = usable[j];
        if (!date || date.end > s.end || date.start - cueEnd > REACH) continue;
        const gap = text.slice(cueEnd, date.start);
        if (!GAP.test(gap) || GAP_BREAK.test(gap)) continue;
        const before = text.slice(Math.max(s.start, cueStart - 50), cueStart);
        if (SEQUENCE.test(before) || HYPOTHETICAL.test(before) || FUTURE_DATE.test(date.text)) continue;
        // the kind of inspection or visit named around the cue ("the fostering inspection began"); far on in the
        // sentence a kind word is about something else ("looked at referrals from police, schools and doctors")
        const around = text.slice(Math.max(s.start, cueStart - KIND_REACH), Math.min(s.end, date.end + KIND_REACH));
        // ("the March visit": the cue word may stand after its date)
        // ("The inspection was carried out in February" opening the sentence after one on a joint targeted area inspection: that one)
        const kind = kindIn(around) || (/\bvisit/i.test(text.slice(cueStart, Math.min(s.end, date.end + 7))) ? visitKind() : '')
          || (si > 0 && THE_INSPECTION_OPENS.test(text.slice(s.start, cueStart + 10)) && !datedBefore(si - 1) && /\binspection\b/i.test(article.sentences[si - 1].text) ? kindIn(article.sentences[si - 1].text) : '');
        // "between 2 June and 26 June 2014": the first is the start, and takes its year from the second.
        const end = usable[j + 1];
        const ranged = end && end.end <= s.end && RANGE_JOIN.test(text.slice(date.end, end.start));
        const strict = cue.strict || (ranged && /\b(?:from|between)[ \u00a0]+$/.test(gap));
        let resolved = date.resolved;
        if (ranged && !/\b(?:19|20)\d\d\b/.test(date.text) && end.basis === 'explicit') resolved = end.resolved.slice(0, 4) + resolved.slice(4);
        if (precisionOf(resolved) < 2) continue; // a year alone cannot tell two visits in one year apart
        const inDate = precisionOf(resolved) === 3 ? DAYS_IN_DATE.exec(date.text) : null;
        if (inDate && Number(inDate[2]) > Number(inDate[1])) {
          // the days named are the visit: it started on the first (the date's resolved day) and lasted to the last
          out.push({ strict: true, days: Number(inDate[2]) - Number(inDate[1]) + 1, cue: m[0], place: where(m, cueStart), kind, date, resolved });
          continue;
        }
        // "the March visit" is quoted whole: the cue word alone says nothing
        const quote = /^th/i.test(m[0]) ? text.slice(cueStart, date.end) + (/^[ \u00a0]+\p{L}+/u.exec(text.slice(date.end, date.end + 20))?.[0] ?? '') : m[0];
        out.push({ strict, days: strict ? lengthIn(s.text) : undefined, cue: quote, place: where(m, cueStart), kind, date, resolved });
      }
    }
  }
  // Two cues may reach one date ("took place between"): one event, the start if either says so.
  out.sort((a, b) => a.date.start - b.date.start || Number(b.strict) - Number(a.strict));
  return out.filter((e, i) => i === 0 || out[i - 1].date !== e.date);
}

/** An event's date as numbers, worked out once so that each comparison is arithmetic. */
interface When {
  year: number;
  precision: number;
  month: number;
  day: number;
}

function whenOf(e: InspectionDate): When {
  const precision = precisionOf(e.resolved);
  return { year: Number(e.resolved.slice(0, 4)), precision, month: monthIndex(e.resolved), day: precision === 3 ? dayIndex(e.resolved) : 0 };
}

/** Whether two dates given for one inspection contradict each other. */
export function inspectionsConflict(a: InspectionDate, b: InspectionDate, wa = whenOf(a), wb = whenOf(b)): boolean {
  if (!a.strict && !b.strict) return false;
  if (a.kind !== b.kind) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  if (wa.year !== wb.year) return false;
  // Compared at the coarser precision: "June" and "24 June" agree.
  const byDay = wa.precision === 3 && wb.precision === 3;
  const x = byDay ? wa.day : wa.month;
  const y = byDay ? wb.day : wb.month;
  if (x === y) return false;
  // A start with a stated length: a day of the inspection after its last day contradicts it too.
  const start = a.strict && !b.strict ? [a, x, y] as const : b.strict && !a.strict ? [b, y, x] as const : null;
  if (byDay && start?.[0].days && start[2] > start[1]) return start[2] - start[1] >= start[0].days;
  // Further apart than about a month: two visits, not one misdated.
  if (Math.abs(x - y) > (byDay ? 31 : 1)) return false;
  if (a.strict && b.strict) return true;
  // A date "during" the inspection contradicts its start only by falling before it.
  return a.strict ? y < x : x < y;
}

const MAX_COMPARED = 50;
/** The cue and its date as a message quotes them: "visit, on … 8 and 9 April", or a cue that holds its date whole. */
const quoted = (e: InspectionDate) => (e.cue.includes(e.date.text) ? e.cue : `${e.cue} … ${e.date.text}`);

export function findInspectionDateConflicts(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const events = findInspectionStarts(article, facts.dates);
  const when = events.map(whenOf);
  const out: Diagnostic[] = [];
  for (let i = 1; i < events.length; i++) {
    const e = events[i];
    let first: InspectionDate | undefined;
    // Bounded, so a long document full of inspections stays linear.
    for (let k = Math.max(0, i - MAX_COMPARED); k < i && !first; k++) if (inspectionsConflict(events[k], e, when[k], when[i])) first = events[k];
    if (!first) continue;
    const span = [first, e].find((x) => x.strict && x.days);
    const after = span && ![first, e].every((x) => x.strict);
    out.push(makeDiagnostic(article.text, e.date.start, e.date.end, 'date-conflict', 'warning',
      after
        ? `“${quoted(e)}” here, but “${quoted(first)}” earlier, and the inspection lasted ${span!.days} day${span!.days === 1 ? '' : 's'}: the dates do not fit one inspection.`
        : `Two dates for the start of the inspection: “${quoted(e)}” here, but “${quoted(first)}” earlier in the article.`,
      { related: [{ start: first.date.start, end: first.date.end, message: `the inspection dated “${first.date.text}” here` }] }));
  }
  return out;
}
