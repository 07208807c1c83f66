// Dates for judgements their own sentence does not date, from the rest of the article: the inspection
// the story reports, a list's heading, the judgement just dated, a headline's story.
import { ArticleDate } from './articleDate';
import { commonDate, dateRole, inspectionDates, recentInspection } from './ratingDates';
import { DateMention, Rating } from './schema';
import { ArticleText, Sentence } from './text';
import { timelineEntries } from './timelines';
import { isResolved } from './consistencyUtil';

// How many sentences above a list of judgements may date it.
const LIST_LOOK_BACK = 4;
// How many sentences on an undated judgement may take the date of the one before it.
const CARRY_SENTENCES = 3;
const QUESTION = /^\s*Q[.:]\s/;
const WITH_CLAUSE = /^[^.;:]{0,40},[ \u00a0]+with[ \u00a0][^.;:,]{0,80}$/;
// Words that move the story to another time: a judgement after them is not the one just dated.
// ("Four years on, Crennock is good": a span of time moves the story on too)
const TIME_SHIFT = /\b(?:now|today|currently|previously|earlier|later|before|since|then|again|latest|last|next|once|former|formerly|first|second|previous|subsequent|ago|(?:years?|months?|weeks?)[ \u00a0]+on)\b/i;

export interface Found {
  rating: Rating;
  sentence: number;
  /** Dated in its own sentence (a donor for the same grade elsewhere). */
  own: boolean;
  /** How to date it when its sentence does not: 'current' inspection, an 'earlier' one, as the 'previous' sentence's, or a 'listed' judgement. */
  need: 'current' | 'earlier' | 'previous' | 'listed' | null;
  headline: boolean;
  /** Says it goes on from the sentence before: "also", "at the same time", "that area was judged". */
  continues: boolean;
  /** The grade moved from ("up from good", "a rise from requires improvement"): never the story's own inspection. */
  movedFrom?: boolean;
}

/** "Kent's fostering service": a subject with a proper name after its first word may be another council's, unless it
 *  is a name the article opens with ("Tallowmoor Fostering, an independent agency ..., was judged ..."). */
function namesAnother(subject: string | null, article: ArticleText): boolean {
  if (subject === null || !/\s\p{Lu}|^\p{Lu}\p{Ll}+['’]s\b/u.test(subject.replace(/^(?:The|Its|Their|This|That)\s/, ''))) return false;
  return !(PROPER_NAME.test(subject) && article.text.slice(0, LEAD_CHARS).includes(subject));
}
const PROPER_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u;
// The headline, standfirst and first paragraph, where a story names what it is about.
const LEAD_CHARS = 600;

/** The subject points back to the one before ("Its services", "The council"): one thing given another grade is another inspection. */
function sameThing(subject: string | null, before: string | null): boolean {
  return subject === null || subject === before || /^(?:it|its|they|their|the council|the service|the services|the authority)\b/i.test(subject);
}

// A sentence about another inspection than the one the story reports.
const OTHER_INSPECTION = /\b(?:previous|previously|prior|earlier|monitoring|last full|before that|focused|follow-up)\b/i;
// How far into the article the inspection it reports is told.
const LEAD_SENTENCES = 25;
// A judgement told as belonging to another time than the story's inspection.
const PAST_SHIFT = /\b(?:previous|previously|earlier|ago|former|formerly|once|then|until|used to|had been|last time|before)\b/i;

// Words that name a visit, not a grade or a report: "Ofsted ... this week" dates a publication.
const VISIT = /\b(?:inspect\w*|visit\w*)\b/i;

/** A recent date whose nearest telling word is an inspection, said of the visit ("a three-week inspection in September"). */
function visitDate(text: string, s: Sentence, d: DateMention, articleDate: string): boolean {
  // the article's own day ("this week", "today") is when it was written, not when inspectors came
  if (d.resolved === articleDate || !recentInspection(d, articleDate)) return false;
  return dateRole(text, s, d) === 'inspection' && VISIT.test(text.slice(Math.max(s.start, d.start - 80), d.start));
}

/** The months are one month and the next, of one year: "in November and December". */
function adjacentMonths(seen: string[]): boolean {
  const months = [...new Set(seen.map((v) => v.slice(0, 7)))].sort();
  return months.length === 2 && months[0].slice(0, 4) === months[1].slice(0, 4) && Number(months[1].slice(5)) - Number(months[0].slice(5)) === 1;
}

/** The inspection the story reports, as its month: the first recent inspection date in its lead ("a three-week inspection in September"). */
function mainInspection(article: ArticleText, sentenceDates: DateMention[][], articleDate: ArticleDate): string | null {
  for (let i = 0; i < article.sentences.length && i < LEAD_SENTENCES; i++) {
    if (!sentenceDates[i].length || OTHER_INSPECTION.test(article.sentences[i].text)) continue;
    const s = article.sentences[i];
    // the nearest telling word before the date names the inspection ("The report follows a three-week inspection in September")
    const seen = inspectionDates(article.text, s, sentenceDates[i], articleDate.date, true)
      .concat(sentenceDates[i].filter((d) => visitDate(article.text, s, d, articleDate.date)).map((d) => d.resolved!.slice(0, 7)));
    const d = seen.length ? commonDate(seen) : null;
    // (one visit over the turn of a month, "a three-week inspection in November and December", is dated by its year)
    if (d && (d.length >= 7 || adjacentMonths(seen))) return d;
  }
  return null;
}

// A date in a relative clause that follows the sentence's grade words, set off by a comma.
const LATER_RELATIVE = /(?:outstanding|good|adequate|inadequate|improvement)\b[^.;]*,[ \u00a0]*(?:which|who)\b[^,;]*$/i;

const RELATIVE_OPENS = /,[ \u00a0]+(?:which|who|whom|whose)\b[^,;]*$/i;

/** Where a relative clause set off by commas around the grade ("..., which the report rated as X, ...") starts and ends. */
function relativeClause(text: string, s: Sentence, r: Rating): [number, number] | null {
  const open = RELATIVE_OPENS.exec(text.slice(s.start, r.start));
  if (!open) return null;
  const close = text.indexOf(',', r.end);
  if (close < 0 || close >= s.end) return null;
  return [s.start + open.index, close];
}

/**
 * The story's own inspection dates what its sentences leave undated: an awarded grade with no date and no word
 * of another time, a grade dated only by the year of that inspection, and a grade the story talks about
 * ("Good is a milestone") that is one the inspection gave.
 */
function datesFromMain(article: ArticleText, found: Found[], sentenceDates: DateMention[][], main: string, articleYear: string): void {
  const year = main.slice(0, 4);
  // a sentence whose only dates are of the report's publication ("Their report, published on 2 December, rates ...")
  // or of a relative clause about another thing ("..., and the council's four family hubs, which opened in 2025.")
  // ("the care leavers' service, which the report rated as requiring improvement, has lost three advisers since the summer":
  // a grade told in a relative clause set off by commas, and the date outside it)
  const undated = (f: Found) => {
    const s = article.sentences[f.sentence];
    const clause = relativeClause(article.text, s, f.rating);
    return sentenceDates[f.sentence].every((d) => dateRole(article.text, s, d) === 'publication'
      || LATER_RELATIVE.test(article.text.slice(s.start, d.start)) || (clause !== null && (d.end <= clause[0] || d.start >= clause[1])));
  };
  // ("Wexley's children's services have been rated good" names the story's council: the present perfect tells the latest inspection)
  const own = (f: Found) => !PAST_SHIFT.test(article.sentences[f.sentence].text) && (f.need === 'current' || !namesAnother(f.rating.subject, article)) && undated(f);
  for (const f of found) {
    const r = f.rating;
    // a bare year here came from the article's or the report's year, never from the sentence's own words
    if (r.status !== 'awarded' || f.movedFrom || !(r.date === null || r.date === year || r.date === articleYear) || !own(f)) continue;
    r.date = main;
  }
  const given = new Set(found.filter((f) => f.rating.status === 'awarded' && f.rating.date === main).map((f) => f.rating.grade));
  for (const f of found) if (f.rating.status === 'other' && f.rating.date === null && given.has(f.rating.grade) && own(f)) f.rating.date = main;
}

/** Dates for awarded grades their sentence does not date, from the rest of the article. */
export function fillDates(article: ArticleText, found: Found[], sentenceDates: DateMention[][], articleDate: ArticleDate | null): void {
  const year = articleDate ? Number(articleDate.date.slice(0, 4)) : 0;
  const memo = new Map<number, string | null>();
  const current = (si: number): string | null => {
    if (!year) return null;
    if (!memo.has(si)) {
      const seen = [si, si + 1].filter((i) => i < article.sentences.length)
        .flatMap((i) => inspectionDates(article.text, article.sentences[i], sentenceDates[i], articleDate!.date));
      memo.set(si, seen.length ? commonDate(seen) : String(year));
    }
    return memo.get(si)!;
  };
  // A list of judgements ("The judgements were:" / "Overall effectiveness: Good") is dated by the last sentence
  // with a date among the few before it ("the report of the 2019 inspection was published on 20.12.2019"),
  // else it is the inspection the article reports, of the article's year.
  const listDate = (si: number): string | null => {
    for (let k = si - 1; k >= 0 && si - k <= LIST_LOOK_BACK; k--) {
      const ds = sentenceDates[k]; // resolved dates only
      if (ds.length) return ds[ds.length - 1].resolved!.slice(0, 4);
    }
    return year ? String(year) : null;
  };
  // The dates the article gives each grade where it dates it in the same sentence: donors for "after it was rated X".
  const donors = new Map<string, string[]>();
  for (const o of found) if (o.own) donors.set(o.rating.grade, [...(donors.get(o.rating.grade) ?? []), o.rating.date!]);
  const common = new Map<string, string | null>();
  for (const [g, ds] of donors) common.set(g, commonDate(ds));
  const undatedBetween = (a: number, b: number): boolean => {
    for (let k = a + 1; k <= b; k++) if (sentenceDates[k].length) return false;
    return true;
  };
  // "May 2023" / "A full inspection finds that the council requires improvement to be good": an entry's grade is of its heading's date
  const entries = timelineEntries(article, sentenceDates.flat().filter(isResolved).sort((a, b) => a.start - b.start));
  let lastAwarded: Found | null = null; // the latest awarded grade of an earlier sentence
  let pending: Found | null = null;
  for (const f of found) {
    if (pending && pending.sentence !== f.sentence) [lastAwarded, pending] = [pending, null];
    const r = f.rating;
    if (r.status === 'awarded' && r.date === null) {
      const heading = sentenceDates[f.sentence].length ? undefined : entries.get(f.sentence);
      if (heading) r.date = heading.resolved;
      // "judged good in October 2024, with care leavers judged outstanding": a grade in a "with" clause after one just dated
      // (no date of its own in the clause, which opens at its comma)
      else if (pending?.sentence === f.sentence && pending.rating.date && WITH_CLAUSE.test(article.text.slice(pending.rating.end, r.start))
        && !sentenceDates[f.sentence].some((d) => d.start > article.text.lastIndexOf(',', r.start) && d.end <= r.start)) r.date = pending.rating.date;
      else if (f.need === 'earlier') r.date = common.get(r.grade) ?? null;
      else if (f.need === 'current') r.date = current(f.sentence);
      else if (f.need === 'listed') r.date = listDate(f.sentence);
      // the sentence before dated a judgement, and this one says "also" or points back ("that area was judged")
      else if (f.need === 'previous' && f.continues && !sentenceDates[f.sentence].length && lastAwarded?.sentence === f.sentence - 1) r.date = lastAwarded.rating.date;
      // the story goes on about the judgement it just dated: no date, and no word of another time, in between
      // (an interview's question opens a topic of its own: "Q: Care leavers were judged outstanding." after an answer about 2022)
      else if (f.need === 'previous' && lastAwarded?.rating.date && f.sentence - lastAwarded.sentence <= CARRY_SENTENCES
        && undatedBetween(lastAwarded.sentence, f.sentence) && !TIME_SHIFT.test(article.sentences[f.sentence].text) && !namesAnother(r.subject, article)
        && !QUESTION.test(article.lines[article.sentences[f.sentence].line].text)
        && !(r.grade !== lastAwarded.rating.grade && sameThing(r.subject, lastAwarded.rating.subject))) {
        r.date = lastAwarded.rating.date;
      }
      // "Greypool House had been inspected on 17 and 18 August. The home had been judged good overall": the inspection
      // the sentence before dated, where that sentence gave no grade and this one dates nothing
      else if (f.need === 'previous' && year && f.sentence > 0 && !sentenceDates[f.sentence].length && lastAwarded?.sentence !== f.sentence - 1
        && !TIME_SHIFT.test(article.sentences[f.sentence].text) && !namesAnother(r.subject, article)) {
        const prev = article.sentences[f.sentence - 1];
        let seen = inspectionDates(article.text, prev, sentenceDates[f.sentence - 1], articleDate!.date);
        // ("When inspectors last visited, in December 2022, they found ... The service was judged inadequate": a visit of
        // another year, told right before its date)
        if (!seen.length) {
          seen = sentenceDates[f.sentence - 1].filter((d) => d.resolved!.length >= 7 && d.resolved! < articleDate!.date
            && VISIT.test(article.text.slice(Math.max(prev.start, d.start - 40), d.start)) && dateRole(article.text, prev, d) !== 'publication')
            .map((d) => d.resolved!.slice(0, 7));
        }
        if (seen.length) r.date = commonDate(seen);
      }
    }
    if (r.status === 'awarded') pending = f;
  }
  const main = articleDate ? mainInspection(article, sentenceDates, articleDate) : null;
  if (main) datesFromMain(article, found, sentenceDates, main, String(year));
  // A headline judgement is the one the story goes on to report: the first same grade dated below it.
  for (const f of found) {
    if (!f.headline || f.rating.date || f.rating.status !== 'awarded') continue;
    const later = found.find((o) => !o.headline && o.sentence > f.sentence && o.rating.grade === f.rating.grade && o.rating.status === 'awarded');
    f.rating.date = later?.rating.date ?? (year ? String(year) : null);
  }
}
