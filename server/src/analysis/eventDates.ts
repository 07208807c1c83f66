// Which dated events an article reports: "improvement notice in May 2010", "the report, published
// in March 2011", "X resigned in September". Each event gets a key (kind plus the council or the
// person it is about) so the same event can be compared within an article and across articles.
// Deliberately narrow: only events that happen once, and only dates tied to the event by syntax.
import { DateMention, Person } from './schema';
import { ArticleText } from './text';
import { councilIn, isResolved, normalise } from './consistencyUtil';
import { timelineEntries } from './timelines';
import { ledSince, postOf } from './eventPosts';

export interface DatedEvent {
  key: string;
  /** How to name the event in a message ("the improvement notice"). */
  label: string;
  /** The words that named the event, as written. */
  cue: string;
  /** A council named in the event's own sentence ("Wessex City Council received ..."), lowercased, else ''. */
  place: string;
  date: DateMention & { resolved: string };
  /** Set for kinds that recur: dates this many days apart are two events. */
  apartDays?: number;
  /** How two dates of the event are compared, when not as `datesDisagree` does (see Cue). */
  compare?: 'coarse' | 'once';
  /** The post a start is in ("became director of children's services", "took over as head of service"), lowercased. */
  post?: string;
}

interface Cue {
  kind: string;
  label: string;
  re: RegExp;
  person: boolean;
  /** Characters after the cue within which its date must start. */
  reach: number;
  /** What may stand between cue and date, when not the council events' verbs and prepositions. */
  gap?: RegExp;
  /** Two dates this many days apart or more are two events of the kind, not one misdated. */
  apartDays?: number;
  /** 'coarse': "in September" and "on 7 October" are compared as months; 'once': an event of a life
   *  ("qualified in 1998") has one date, so two years of any distance disagree. */
  compare?: 'coarse' | 'once';
  /** The person must be named just before the cue ("Dr X, who arrived") or be its pronoun: "inspectors arrived" is no one's. */
  adjacent?: boolean;
  /** The article must say this somewhere for the cue to count ("the notice" is the improvement notice only where there is one). */
  needs?: RegExp;
  /** What the sentence must end with just before the cue. */
  before?: RegExp;
  /** For a start in a post, how the post is named: right 'after' the cue ("became director"), or by what is 'led' ("has
   *  chaired the partnership since"); otherwise only after "as" ("took over as head of service"). */
  post?: 'after' | 'led';
}

const CUES: Cue[] = [
  { kind: 'improvement-notice', label: 'the improvement notice', re: /\b(?:improvement notice|notice to improve)(?![a-z])/gi, person: false, reach: 40, compare: 'coarse' },
  // "since the notice was served in February 2024": the improvement notice the article has named
  { kind: 'improvement-notice', label: 'the improvement notice', re: /\bthe notice\b/gi, person: false, reach: 40, compare: 'coarse', needs: /\b(?:improvement notice|notice to improve)\b/i },
  {
    kind: 'report-published', label: 'the report’s publication', person: false, reach: 40,
    // ("since the inadequate judgement was published in March 2025": the grade stands for the report that gave it)
    re: /\b(?:report|judgement|judgment),?[ \u00a0]+(?:(?:which|that)[ \u00a0]+)?(?:(?:was|had been|has been|is)[ \u00a0]+)?(?:published|released|came out)\b/gi,
  },
  // "The report on 21 June found ...", "the report dated 3 May": the report named by its date, not the object of a
  // verb whose date that is ("The committee will discuss the report on 6 April")
  {
    kind: 'report-published', label: 'the report’s publication', person: false, reach: 12,
    re: /\breport(?=[ \u00a0]+(?:on|dated)[ \u00a0]+\d)/gi,
    before: /(?:^|[,;:(]|\b(?:in|from|of|that|as|since|after|by|and|but|while|with|under|for|about|when|following|before|where))[ \u00a0]*(?:(?:the|its|this|that|their|a|an|\p{Lu}[\p{L}-]*['’]s?)[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+)?$/iu,
  },
  // "Ofsted published its report on Fennock's children's services on 28 June": what the report is on may stand between
  {
    kind: 'report-published', label: 'the report’s publication', person: false, reach: 80,
    re: /\bpublished[ \u00a0]+(?:its|the|a|their)[ \u00a0]+(?:(?:inspection|latest|full|new)[ \u00a0]+)?report\b/gi,
    gap: /^(?:[ \u00a0]+(?:on|into)[ \u00a0]+[^.;:,()]{1,50}?)?[ \u00a0]+(?:on|in)[ \u00a0]+$/u,
  },
  // "Since the report's publication on 22 June", "the publication of the inspection report on 29 June": the noun
  {
    kind: 'report-published', label: 'the report’s publication', person: false, reach: 12, gap: /^[ \u00a0]+(?:on|in)[ \u00a0]+$/u,
    re: /\b(?:report|judgement|judgment)['’]s[ \u00a0]+publication\b|\bpublication[ \u00a0]+of[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:(?:inspection|ofsted)[ \u00a0]+)?report\b/gi,
  },
  // a list of papers: "Ofsted, Inspection of Marlowbridge Borough Council children's services, published 7 May 2026"
  {
    kind: 'report-published', label: 'the report’s publication', person: false, reach: 100, gap: /^[^.;:]{0,80}?,[ \u00a0]+published[ \u00a0]+(?:on[ \u00a0]+)?$/u,
    re: /\b(?:Inspection|Report)[ \u00a0]+(?:of|on|into)\b/g,
  },
  // "Chy Lowen House will shut its doors on Friday 25 April" ... "the home will close on 23 April"
  {
    kind: 'home-closes', label: 'the home’s closure', person: false, reach: 12, gap: /^[ \u00a0]+on[ \u00a0]+$/,
    re: /\b(?:home|house|lodge)[ \u00a0]+(?:(?:will|would|is[ \u00a0]+to|is[ \u00a0]+due[ \u00a0]+to|is[ \u00a0]+set[ \u00a0]+to)[ \u00a0]+(?:close|shut)|closed|shut)(?:[ \u00a0]+(?:its|their)[ \u00a0]+doors)?\b/gi,
  },
  { kind: 'resigned', label: 'the resignation', re: /\b(?:resigned|resignation|stepped down|quit)\b/gi, person: true, reach: 60 },
  { kind: 'appointed', label: 'the appointment', re: /\b(?:was|were|been|being) appointed\b/gi, person: true, reach: 80 },
  { kind: 'took-over', label: 'taking over', re: /\b(?:took over|took up (?:the |her |his |their |my )?(?:post|role))\b/gi, person: true, reach: 80, compare: 'coarse' },
  // "The new director, Paul Hine, starts on 1 March" ... "Mr Hine, who takes up the post on 8 March": a start still to come
  {
    kind: 'starts', label: 'the start in post', person: true, reach: 40, compare: 'coarse',
    re: /\b(?:starts|will[ \u00a0]+start|is[ \u00a0]+due[ \u00a0]+to[ \u00a0]+start|takes[ \u00a0]+up|will[ \u00a0]+take[ \u00a0]+up)(?:[ \u00a0]+(?:the|her|his|their)[ \u00a0]+(?:post|role|job|position))?(?=[ \u00a0]+(?:on|in)\b)/gi,
  },
  // "Professor Corlett's first day in the post will be 13 September": the same start, told by its first day
  {
    kind: 'starts', label: 'the start in post', person: true, reach: 20, compare: 'coarse',
    re: /\bfirst[ \u00a0]+day(?:[ \u00a0]+(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:post|job|role|office))?[ \u00a0]+(?:will[ \u00a0]+be|is)\b/gi,
  },
  // "Dr X became director of children's services in September 2026" ... "When I arrived in November 2026": a start in a
  // post, which `postOf` names
  {
    kind: 'took-over', label: 'taking up the post', person: true, reach: 80, compare: 'once', post: 'after',
    re: /\bbecame(?=[ \u00a0]+(?:(?:the|its|an?)[ \u00a0]+)?(?:[A-Za-z'’-]+[ \u00a0]+){0,3}?(?:director|manager|head|chief|leader|chair|commissioner|(?:lead|cabinet)[ \u00a0]+member)\b)/gi,
  },
  // "X has managed Rosewarnack Lodge, a home in Y, since 2019": leading something since a date starts there
  {
    kind: 'took-over', label: 'taking up the post', person: true, reach: 8, compare: 'once', post: 'led',
    re: /\b(?:has|have|had)[ \u00a0]+(?:managed|led|run|headed|chaired)\b[^.;:!?]{0,100}?[ \u00a0]since(?=[ \u00a0])/gi,
  },
  // "When I started here in March 2027", "since she started in post in 2024": a start in the post the article names
  { kind: 'took-over', label: 'starting', re: /\bstarted(?=[ \u00a0]+(?:here|there|in[ \u00a0]+post)\b)/gi, person: true, reach: 50, compare: 'coarse', adjacent: true },
  // "when he arrived in January 2024" ... "since he arrived in the autumn of 2023": told of the person just named or a pronoun
  { kind: 'took-over', label: 'arriving', re: /\barrived(?=[ \u00a0]+(?:in|on|as)\b)/gi, person: true, reach: 50, compare: 'coarse', adjacent: true },
  // "She qualified as a social worker in 1998", "since qualifying in 2001": not "newly qualified staff"
  { kind: 'qualified', label: 'qualifying', re: /\b(?:qualified|qualifying)(?=[ \u00a0]+(?:as|in)\b)/gi, person: true, reach: 50, compare: 'once' },
  // "died in hospital on 3 March 2021" ... "before his death on 5 March 2021": a review's subject dies once;
  // deaths weeks apart are different people's
  {
    kind: 'died', label: 'the death', re: /\b(?:died|death)\b/gi, person: false, reach: 40, apartDays: 31,
    gap: /^[ \u00a0]+(?:(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?\p{L}+(?:[ \u00a0]+\p{L}+)?[ \u00a0]+)?(?:on|in)[ \u00a0]+$/u,
  },
];

// Between a council event's cue and its date: nothing but a verb of issuing, an agent and a preposition.
const COUNCIL_GAP = /^[\s,]*(?:(?:which|that)\s+)?(?:(?:was|were|had been|has been)\s+)?(?:(?:issued|served|given|imposed|published|released|handed|received|made|announced)\s+)?(?:by\s+(?:the\s+)?\p{Lu}[\p{L}']*(?:\s+\p{Lu}[\p{L}']*)?\s+)?(?:(?:in|on|during|dated|of)\s+)?$/u;
// Between a person named and an `adjacent` cue: "Dr X, who arrived", "Dr X first arrived".
const ADJACENT = /^(?:,[ \u00a0]+who[ \u00a0]+|[ \u00a0]+(?:first|had|has|finally)?[ \u00a0]*)$/;
// Between a person event's cue and its date: a clause without a comma or another event.
const PERSON_GAP_BREAK = /[,;:–—(]|\b(?:after|following|before|and|but|when|while|until|since|having)\b/i;
// Words that mark one of several events of a kind ("a further report", "the first notice"), or another stage of it ("the draft report").
const SEQUENCE = /\b(?:further|previous|latest|first|second|third|new|follow-up|another|next|last|earlier|subsequent|annual|interim|final|two|three|both|monitoring|recent|later|original|draft)\b[^.;,]{0,25}$/i;


/** Dates that stand in a list ("March 2010 and February 2011") belong to several events, not one. */
function inList(d: DateMention, sentenceDates: DateMention[], text: string): boolean {
  for (const o of sentenceDates) {
    if (o === d) continue;
    const gap = o.start >= d.end ? text.slice(d.end, o.start) : o.end <= d.start ? text.slice(o.end, d.start) : 'x';
    if (/^\s*(?:,|and|or|to|-|–|&)\s*(?:and\s+|or\s+)?$/i.test(gap)) return true;
  }
  return /\b(?:between|from)\s*$/i.test(text.slice(Math.max(0, d.start - 9), d.start));
}

/** The person named last before `at` in the same sentence, within `reach` characters. */
function personBefore(people: Person[], sStart: number, at: number, reach: number): Person | null {
  return mentionBefore(people, sStart, at, reach)?.person ?? null;
}

/** personBefore, with where that mention ends. */
function mentionBefore(people: Person[], sStart: number, at: number, reach: number): { person: Person; end: number } | null {
  let best: { person: Person; end: number } | null = null;
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.start >= sStart && m.end <= at && at - m.end <= reach && m.end > (best?.end ?? -1)) best = { person: p, end: m.end };
    }
  }
  return best;
}

export function personKey(p: Person): string {
  return normalise(p.name).replace(/^(?:mr|mrs|ms|miss|dr|prof|cllr|councillor|sir|dame)\.?\s+/, '');
}

/** Events with a resolved date. `subject` names the council the article is about ('' within one article). */
export function findDatedEvents(article: ArticleText, dates: DateMention[], people: Person[], subject: string): DatedEvent[] {
  const text = article.text;
  const usable = dates.filter(isResolved).sort((a, b) => a.start - b.start);
  if (!usable.length) return [];
  const out: DatedEvent[] = [];
  const entries = timelineEntries(article, usable);
  // (what the whole article says is asked once per pattern, only when a sentence has a date for the cue)
  const said = new Map<RegExp, boolean>();
  const says = (re: RegExp) => {
    let v = said.get(re);
    if (v === undefined) said.set(re, (v = re.test(text)));
    return v;
  };
  let di = 0;
  article.sentences.forEach((s, si) => {
    while (di < usable.length && usable[di].start < s.start) di++;
    const inSentence: DatedEvent['date'][] = [];
    for (let j = di; j < usable.length && usable[j].end <= s.end; j++) inSentence.push(usable[j]);
    const entryDate = !inSentence.length ? entries.get(si) ?? null : null;
    if (!inSentence.length && !entryDate) return;
    const place = councilIn(s.text);
    for (const cue of CUES) {
      if (cue.needs && !says(cue.needs)) continue;
      cue.re.lastIndex = 0;
      for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
        const cueStart = s.start + m.index;
        const cueEnd = cueStart + m[0].length;
        // a cue that must be followed by particular words before its date ("Report of ..., published 7 May") is no
        // event of a timeline's entry ("16 June 2026" / "Report of: Elaine Nattrass, Executive Director")
        if (entryDate && cue.gap) continue;
        if (cue.before && !cue.before.test(s.text.slice(0, m.index))) continue;
        const date = entryDate ?? inSentence.find((d) => d.start >= cueEnd && d.start - cueEnd <= cue.reach);
        if (!date || (!entryDate && inList(date, inSentence, text))) continue;
        const gap = entryDate ? '' : text.slice(cueEnd, date.start);
        let key: string;
        if (cue.person) {
          if (PERSON_GAP_BREAK.test(gap)) continue;
          const named = mentionBefore(people, s.start, cueStart, cue.adjacent ? 12 : 80);
          if (cue.adjacent && named && !ADJACENT.test(text.slice(named.end, cueStart))) continue;
          const person = named?.person ?? pronounSubject(text, people, s, cueStart, entryDate ? cueEnd : date.end);
          if (!person) continue;
          key = person === 'I' ? `${cue.kind}|I` : `${cue.kind}|person:${personKey(person)}`;
        } else {
          if (!entryDate && !(cue.gap ?? COUNCIL_GAP).test(gap)) continue;
          if (SEQUENCE.test(text.slice(Math.max(s.start, cueStart - 40), cueStart))) continue;
          key = `${cue.kind}|${place || subject}`;
        }
        const post = cue.kind !== 'took-over' || entryDate ? undefined
          : cue.post === 'led' ? ledSince(m[0]) : postOf(text.slice(cueEnd, date.start), cue.post === 'after');
        out.push({ key, label: cue.label, cue: m[0], place: cue.person ? '' : place, date, apartDays: cue.apartDays, compare: cue.compare, post });
      }
    }
  });
  const closes = (e: DatedEvent) => e.key.startsWith('home-closes|');
  return speakerEvents(out.some(closes) && twoHomes(text) ? out.filter((e) => !closes(e)) : out);
}

// A subject pronoun just before the cue ("She qualified", "When I took up the post"), or after a
// fronted gerund ("Since qualifying in 2001, she has ...").
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(I|she|he)(?:[ \u00a0]+(?:had|has|first|only|then|finally|formally))?[ \u00a0]+$/iu;
const PRONOUN_AFTER_GERUND = /^[^.;:!?]{0,40}?,[ \u00a0]*(I|she|he)\b/i;

/** Who a pronoun subject of a person event is: "she" and "he" the person named last before it; "I" the
 *  speaker, settled in `speakerEvents`. */
function pronounSubject(text: string, people: Person[], s: { start: number }, cueStart: number, dateEnd: number): Person | 'I' | null {
  const before = PRONOUN_BEFORE.exec(text.slice(Math.max(s.start, cueStart - 30), cueStart));
  const fronted = before ? null : /ing$/.test(text.slice(cueStart, cueStart + 12).split(/[ \u00a0]/)[0])
    && /(?:^|[^\p{L}])(?:since|after|on|before)[ \u00a0]+$/iu.test(text.slice(Math.max(s.start, cueStart - 8), cueStart))
    ? PRONOUN_AFTER_GERUND.exec(text.slice(dateEnd, dateEnd + 60)) : null;
  const pronoun = (before ?? fronted)?.[1];
  if (!pronoun) return null;
  if (pronoun === 'I') return 'I';
  return personBefore(people, 0, cueStart, Infinity);
}

/** "I" is the one person the article gives an event of that kind by name (the interviewee who "took up
 *  her post in September" says "When I took up the post ..."); with none or several, who spoke is unknown. */
function speakerEvents(events: DatedEvent[]): DatedEvent[] {
  if (!events.some((e) => e.key.endsWith('|I'))) return events;
  const out: DatedEvent[] = [];
  for (const e of events) {
    if (!e.key.endsWith('|I')) {
      out.push(e);
      continue;
    }
    const kind = e.key.slice(0, -2);
    const named = new Set(events.filter((o) => o.key.startsWith(`${kind}|person:`)).map((o) => o.key));
    if (named.size === 1) out.push({ ...e, key: [...named][0] });
  }
  return out;
}

const HOME_NAME = /\b(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)*)[ \u00a0]+(?:House|Lodge)\b/gu;

/** The article names two homes ("Oak House" and "Ash Lodge"), so "the home will close" may be either. */
function twoHomes(text: string): boolean {
  const names = new Set<string>();
  for (const m of text.matchAll(HOME_NAME)) names.add(m[0].toLowerCase());
  return names.size > 1;
}

/** Two dates of one event that disagree, compared as the event's kind asks. */
export function eventDatesDisagree(a: DatedEvent, b: DatedEvent): boolean {
  const [x, y] = [a.date.resolved, b.date.resolved];
  // (either side told as once in a life makes the pair so: "became director in March 2019" ... "When I arrived in March 2021")
  const compare = a.compare === 'once' || b.compare === 'once' ? 'once' : b.compare;
  if (!compare) return datesDisagree(x, y);
  const n = Math.min(x.length, y.length);
  return compare === 'once' ? x.slice(0, n) !== y.slice(0, n) : datesDisagree(x.slice(0, n), y.slice(0, n));
}

/** Two resolved dates that disagree: same precision, different value, close enough to be one event misdated. */
export function datesDisagree(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  if (a.length === 4) return Math.abs(ya - yb) <= 1;
  const ma = ya * 12 + Number(a.slice(5, 7));
  const mb = yb * 12 + Number(b.slice(5, 7));
  return Math.abs(ma - mb) <= 12;
}
