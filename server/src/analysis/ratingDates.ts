// When a judgement was made. A date counts for a rating only when it dates the inspection: one right
// after the grade ("rated inadequate in 2016"), or one in the sentence that is not the date of something
// else ("resigned in September 2018, a month after the inadequate judgement"). A publication date gives
// only the year: the inspection came weeks before it, maybe in the year before, but mostly in the same one.
import { parseCount } from './consistencyUtil';
import { Tok, tokenize } from './dateTokens';
import { DateMention } from './schema';
import { Sentence } from './text';

// A date right after the grade belongs to it: "the inadequate rating given in 2011", "inadequate (2014)", a table's
// "| Outstanding | 2023 |".
const DATE_LINK = new Set(['(', '|', 'rating', 'grade', 'grading', 'judgement', 'judgment', 'given', 'awarded', 'received', 'in', 'on', 'of', 'from', 'during',
  'its', 'the', 'by', 'ofsted', 'was', 'were', 'last', 'inspection', 'report', 'they', 'it', 'we', 'had', 'overall']);
// A target date: "to be outstanding by 2018", "good at its next inspection in 2020".
const TARGET_LINK = new Set(['by', 'in', 'before', 'within', 'at', 'its', 'the', 'next', 'inspection', 'full', 'overall', 'once', 'more', 'again']);
const INTERVENES = /\b(?:outstanding|good|adequate|inadequate|improvement|since|until)\b/i;
const DATE_EXCLUDE = /\b(?:since|until|till|before|prior to)\s+(?:its\s+|the\s+|their\s+)?$/i;
const PUBLICATION = new Set(['published', 'publication', 'report', 'reported', 'letter', 'released', 'release', 'announced', 'publishing']);
export const INSPECTION_WORDS = new Set(['inspected', 'inspection', 'inspections', 'visit', 'visited', 'visits', 'inspectors', 'inspector', 'inspecting',
  'rated', 'judged', 'graded', 'assessed', 'found', 'deemed', 'awarded', 'given', 're-inspected', 'reinspected', 'check', 'monitoring', 'ofsted']);
const IRREGULAR_PAST = new Set(['left', 'began', 'begun', 'came', 'went', 'became', 'took', 'held', 'met', 'saw', 'won', 'lost', 'quit', 'led', 'rose',
  'fell', 'made', 'told', 'said', 'sent', 'spent', 'paid', 'got', 'set', 'shut', 'put']);
// Words between a date and what it dates that say nothing: "in early", "on", "last", "carried out".
const THROUGH = new Set(['in', 'on', 'at', 'of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'early', 'late', 'mid', 'last', 'this', 'next',
  'during', 'from', 'between', 'and', 'full', 'around', 'about', 'out', 'carried', 'up', 'place', 'took', 'was', 'were', 'been', 'had', 'has', 'them', 'it']);
const LOOK_BACK = 7;
// How far back a clause may state who inspected: "Inspectors spent three weeks at X County Council in January".
const CLAUSE_BACK = 160;

export type DateRole = 'inspection' | 'publication' | 'other-event' | 'neutral';

/** What the date says the time of, from the first telling word before it. */
export function dateRole(text: string, s: Sentence, d: { start: number }): DateRole {
  const from = Math.max(s.start, d.start - 80);
  const toks = tokenize(text, 0, from, d.start, d.start);
  for (let j = toks.length - 1, n = 0; j >= 0 && n < LOOK_BACK; j--) {
    const t = toks[j];
    if (t.k !== 'w') continue;
    n++;
    if (PUBLICATION.has(t.low)) return 'publication';
    // ("expects its next full inspection in 2030": an inspection to come dates no judgement)
    if (INSPECTION_WORDS.has(t.low)) return toks.slice(Math.max(0, j - 3), j).some((p) => p.low === 'next') ? 'other-event' : 'inspection';
    if (THROUGH.has(t.low)) continue;
    if (t.t[0] === t.low[0] && ((t.low.length > 4 && t.low.endsWith('ed')) || IRREGULAR_PAST.has(t.low))) return 'other-event';
    return 'neutral';
  }
  return 'neutral';
}

function trim(d: DateMention, role: DateRole): string {
  return role === 'publication' ? d.resolved!.slice(0, 4) : d.resolved!.slice(0, 7);
}

function linkedAfter(text: string, g: { end: number }, d: DateMention, link: Set<string>): boolean {
  if (d.start < g.end || d.start - g.end > 40) return false;
  const words = text.slice(g.end, d.start).toLowerCase().match(/[\p{L}]+|[^\s\p{L}'’‘"“”]/gu) ?? [];
  return words.every((w) => link.has(w));
}

/** A target date right after an aspired grade ("outstanding by 2018"), else none. */
export function targetDate(text: string, g: { start: number; end: number }, inSentence: DateMention[]): string | null {
  const d = near(inSentence, g).find((x) => linkedAfter(text, g, x, TARGET_LINK));
  return d ? d.resolved!.slice(0, 7) : null;
}

// How far from the grade a date in its sentence may be and still date it.
const REACH = 300;

/** The dates of a sorted list that lie within `REACH` of a span, found by bisection. */
export function near(sorted: DateMention[], g: { start: number; end: number }): DateMention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end < g.start - REACH) lo = mid + 1;
    else hi = mid;
  }
  const out: DateMention[] = [];
  for (let j = lo; j < sorted.length && sorted[j].start <= g.end + REACH; j++) out.push(sorted[j]);
  return out;
}

/** The judgement's date from its own sentence: one right after the grade, else the nearest that dates no other event. */
export function sentenceDate(text: string, s: Sentence, g: { start: number; end: number }, inSentence: DateMention[], claimed: Set<DateMention>,
  roles: Map<DateMention, DateRole>): string | null {
  const usable: { d: DateMention; role: DateRole }[] = [];
  for (const d of near(inSentence, g)) {
    if (DATE_EXCLUDE.test(text.slice(Math.max(s.start, d.start - 20), d.start))) continue;
    let role = roles.get(d);
    if (!role) roles.set(d, (role = dateRole(text, s, d)));
    // a date linked right after the grade is its own, whatever verb stands between ("the good rating they received in 2024")
    if (linkedAfter(text, g, d, DATE_LINK)) {
      claimed.add(d);
      return trim(d, role);
    }
    if (role !== 'other-event') usable.push({ d, role });
  }
  const before = usable.filter((u) => u.d.end <= g.start && !claimed.has(u.d));
  if (before.length) return trim(before[before.length - 1].d, before[before.length - 1].role);
  // a date after the grade, unless another grade or a "since" clause comes first ("good, ... since it was found inadequate in 2016")
  const later = usable.filter((u) => u.d.start >= g.end && !claimed.has(u.d) && !INTERVENES.test(text.slice(g.end, u.d.start)));
  // "rated ... in a report published in November, after a three-week inspection in October": the inspection's month
  // dates the judgement better than the publication's year
  // (a grade between them ends the search: what text runs past the first date runs past the second too)
  const after = later.find((u) => u.role === 'inspection') ?? later[0];
  return after ? trim(after.d, after.role) : null;
}

/** Only a date linked right after the grade: "up from good in 2015". */
export function linkedDate(text: string, g: { start: number; end: number }, inSentence: DateMention[]): string | null {
  const d = near(inSentence, g).find((x) => linkedAfter(text, g, x, DATE_LINK));
  return d ? d.resolved!.slice(0, 7) : null;
}

/** The longest common prefix of partial dates, cut back to a whole year or month ("2016-09", "2016" -> "2016"). */
export function commonDate(values: string[]): string | null {
  if (!values.length) return null;
  let p = values[0];
  for (const v of values) while (!v.startsWith(p)) p = p.length > 4 ? p.slice(0, p.length - 3) : '';
  return p.length >= 4 ? p : null;
}

const RECENT_MONTHS = 6;

/** A date of month precision or finer, not after the article, at most half a year before it ("visited in December" in a February story). */
export function recentInspection(d: DateMention, articleDate: string): boolean {
  const r = d.resolved;
  if (!r || r.length < 7 || r > articleDate) return false;
  return (Number(articleDate.slice(0, 4)) - Number(r.slice(0, 4))) * 12 + Number(articleDate.slice(5, 7) || '12') - Number(r.slice(5, 7)) <= RECENT_MONTHS;
}

/** Dates of the current inspection stated in a sentence ("inspectors spent three weeks there in January"). */
export function inspectionDates(text: string, s: Sentence, inSentence: DateMention[], articleDate: string, recent = false): string[] {
  const out: string[] = [];
  for (const d of inSentence) {
    // of the article's year (or, for the story's own inspection, of the half year before it) and not after it: "if
    // inspected tomorrow" is no inspection
    if (!d.resolved || d.resolved.length < 7 || d.resolved > articleDate) continue;
    if (recent ? !recentInspection(d, articleDate) : d.resolved.slice(0, 4) !== articleDate.slice(0, 4)) continue;
    const from = Math.max(s.start, d.start - CLAUSE_BACK);
    if (/\b(?:will|would|could|if|shall)\b/i.test(text.slice(from, d.start))) continue;
    const before = tokenize(text, 0, from, d.start, d.start);
    let inspection = false;
    let other = false;
    for (const t of before) {
      if (t.t === ';') inspection = other = false;
      // "The report, published on Tuesday, follows an inspection over three weeks in July": past a comma the
      // publication is told, and the inspection may still be
      else if (t.t === ',') other = false;
      else if (PUBLICATION.has(t.low)) other = true;
      else if (INSPECTION_WORDS.has(t.low) && t.low !== 'ofsted') inspection = true;
    }
    if (inspection && !other && !DATE_EXCLUDE.test(text.slice(Math.max(s.start, d.start - 20), d.start))) out.push(d.resolved.slice(0, 7));
  }
  return out;
}

/** "has been rated", "have now been judged": the present perfect speaks of the latest inspection. */
export function presentPerfect(toks: Tok[], verb: number): boolean {
  let j = verb - 1;
  while (j >= 0 && /^(?:also|now|just|recently|again|already|since|officially|finally)$/.test(toks[j].low)) j--;
  if (toks[j]?.low !== 'been') return false;
  j--;
  while (j >= 0 && /^(?:also|now|just|recently|again|already|since|officially|finally)$/.test(toks[j].low)) j--;
  return j >= 0 && /^(?:has|have|’ve|'ve)$/.test(toks[j].low);
}

/** "Its services are good", "the council is now inadequate": a grade held now, in the present tense of "be" or "remain". */
export function presentCopula(toks: Tok[], cue: number): boolean {
  let j = cue;
  while (j >= 0 && /^(?:also|now|still|currently|today)$/.test(toks[j].low)) j--;
  return j >= 0 && /^(?:is|are|remains|remain)$/.test(toks[j].low);
}

const BEFORE_AFTER = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[ \u00a0]+(weeks?|months?|years?)[ \u00a0]+(?:after|following)[ \u00a0]*$/i;

/**
 * "became director in January, three months after Ofsted judged the council ...": the grade's date is the main clause's
 * date less the interval: to the month for months or weeks from a month, to the year for years (a reporter's "two
 * years after" is rounder). `cueEnd`: where the "after" ends; null without a stated interval, or without a date of the
 * main clause right before it.
 */
export function intervalBefore(text: string, s: Sentence, cueEnd: number, inSentence: DateMention[]): string | null {
  const m = BEFORE_AFTER.exec(text.slice(Math.max(s.start, cueEnd - 40), cueEnd));
  if (!m) return null;
  const phraseStart = cueEnd - m[0].length;
  const main = [...inSentence].reverse().find((d) => d.end <= phraseStart && phraseStart - d.end <= 8 && d.resolved);
  const r = main?.resolved;
  if (!r) return null;
  const n = parseCount(m[1].toLowerCase()) ?? 1;
  const unit = m[2].toLowerCase();
  if (unit.startsWith('year')) return String(Number(r.slice(0, 4)) - n);
  if (r.length < 7) return null;
  const months = unit.startsWith('month') ? n : Math.round((n * 7) / 30);
  const index = Number(r.slice(0, 4)) * 12 + Number(r.slice(5, 7)) - 1 - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
