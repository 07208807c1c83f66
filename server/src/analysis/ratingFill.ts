// Dates for judgements their own sentence does not date, from the rest of the article: the inspection
// the story reports, a list's heading, the judgement just dated, a headline's story.
import { ArticleDate } from './articleDate';
import { commonDate, inspectionDates } from './ratingDates';
import { DateMention, Rating } from './schema';
import { ArticleText } from './text';

// How many sentences above a list of judgements may date it.
const LIST_LOOK_BACK = 4;
// How many sentences on an undated judgement may take the date of the one before it.
const CARRY_SENTENCES = 3;
// Words that move the story to another time: a judgement after them is not the one just dated.
const TIME_SHIFT = /\b(?:now|today|currently|previously|earlier|later|before|since|then|again|latest|last|next|once|former|formerly|first|second|previous|subsequent|ago)\b/i;

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
}

/** "Kent's fostering service": a subject with a proper name after its first word may be another council's. */
function namesAnother(subject: string | null): boolean {
  return subject !== null && /\s\p{Lu}|^\p{Lu}\p{Ll}+['’]s\b/u.test(subject.replace(/^(?:The|Its|Their|This|That)\s/, ''));
}

/** The subject points back to the one before ("Its services", "The council"): one thing given another grade is another inspection. */
function sameThing(subject: string | null, before: string | null): boolean {
  return subject === null || subject === before || /^(?:it|its|they|their|the council|the service|the services|the authority)\b/i.test(subject);
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
  let lastAwarded: Found | null = null; // the latest awarded grade of an earlier sentence
  let pending: Found | null = null;
  for (const f of found) {
    if (pending && pending.sentence !== f.sentence) [lastAwarded, pending] = [pending, null];
    const r = f.rating;
    if (r.status === 'awarded' && r.date === null) {
      if (f.need === 'earlier') r.date = common.get(r.grade) ?? null;
      else if (f.need === 'current') r.date = current(f.sentence);
      else if (f.need === 'listed') r.date = listDate(f.sentence);
      // the sentence before dated a judgement, and this one says "also" or points back ("that area was judged")
      else if (f.need === 'previous' && f.continues && !sentenceDates[f.sentence].length && lastAwarded?.sentence === f.sentence - 1) r.date = lastAwarded.rating.date;
      // the story goes on about the judgement it just dated: no date, and no word of another time, in between
      else if (f.need === 'previous' && lastAwarded?.rating.date && f.sentence - lastAwarded.sentence <= CARRY_SENTENCES
        && undatedBetween(lastAwarded.sentence, f.sentence) && !TIME_SHIFT.test(article.sentences[f.sentence].text) && !namesAnother(r.subject)
        && !(r.grade !== lastAwarded.rating.grade && sameThing(r.subject, lastAwarded.rating.subject))) {
        r.date = lastAwarded.rating.date;
      }
    }
    if (r.status === 'awarded') pending = f;
  }
  // A headline judgement is the one the story goes on to report: the first same grade dated below it.
  for (const f of found) {
    if (!f.headline || f.rating.date || f.rating.status !== 'awarded') continue;
    const later = found.find((o) => !o.headline && o.sentence > f.sentence && o.rating.grade === f.rating.grade && o.rating.status === 'awarded');
    f.rating.date = later?.rating.date ?? (year ? String(year) : null);
  }
}
