// One inspection (same subject, same date) given two different awarded grades in one article.
// Two grades in one sentence ("good overall and outstanding for care leavers") are judgements of
// different things, written side by side on purpose, and are not compared; nor are two lines of tables of
// judgements ("Overall effectiveness: adequate" under one heading, "Overall effectiveness: good" under the next).
import { makeDiagnostic, normalise, sentenceIndexAt } from './consistencyUtil';
import { ArticleFacts } from './options';
import { Diagnostic, Rating } from './schema';
import { judgementLines } from './judgementLines';
import { ArticleText } from './text';

// The judgement areas of a council inspection, however a text names them ("the experiences and progress of care
// leavers" in a list, "Care leavers' services" in prose): one area of one inspection has one grade.
const AREAS: [string, RegExp][] = [
  ['care leavers', /\bcare[ -]leavers?\b/],
  ['children in care', /\b(?:children in care|looked[ -]after children)\b/],
  ['help and protection', /\bhelp and protection\b/],
  ['leaders', /\b(?:impact of leaders|leadership)\b/],
];

const WHEN_IT_WAS = /\b(?:when|while|whilst)\b[^,;.]*\b(?:was|were)[ \u00a0]+(?:(?:rated|judged|graded|deemed)[ \u00a0]+(?:as[ \u00a0]+)?)?$/i;
const DATED_CLAUSE = /^[^,;.]*\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const REPEATED = /^[ \u00a0]+(?:(?:two|three|four|five|six|several|many|\d+)[ \u00a0]+times|twice)\b/i;

// "• October 2022: full inspection, requires improvement to be good" in a timeline: the inspection itself, of whatever
// the article is about, not a subject of its own
const GENERIC = /^(?:(?:the|its|their|a|an|first|last|latest|previous|full|standard|graded|most|recent|ofsted)\s+)*(?:inspection|report)(?:\s+(?:published|under\s+the\s+(?:current|new|old|previous)\s+framework))?\W*$/i;

/** A list line's label before its grade ("- the experiences and progress of children who need help and protection:
 *  requires improvement to be good"), of which the subject read may be only the last word ("protection:"). */
function labelBefore(text: string, r: Rating): string | null {
  const lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
  const label = text.slice(lineStart, r.start).trimEnd();
  return label.endsWith(':') && label.length <= 120 ? label.slice(0, -1) : null;
}

function subjectKey(subject: string): string {
  // "their" stays: "Now Ofsted says their service is outstanding" is the care leavers' service, not "the service" the
  // council runs (a council is "it")
  const plain = normalise(subject).replace(/['’]/g, '').replace(/\b(?:the|its)\b/g, '').replace(/\s+/g, ' ').trim();
  const areas = AREAS.filter(([, re]) => re.test(plain));
  // a bare "care leavers" may be the tail of a list cut short ("services for ..., children looked after and care leavers")
  return areas.length === 1 && plain.replace(areas[0][1], '').trim() ? `area:${areas[0][0]}` : plain;
}

// "judged all four areas of the service good" ... "care leavers, the one area where we still require improvement": a
// grade given to every area, then one area given another
const EVERY_AREA = /\b(?:all|each of the)[ \u00a0]+(?:three|four|five|3|4|5)[ \u00a0]+(?:(?:judgement|inspection)[ \u00a0]+)?areas\b|\bin[ \u00a0]+(?:every|each)[ \u00a0]+area\b/i;

const RATING_NOUN = /^[ \u00a0]+(?:rating|judgement|judgment|grade|verdict)\b/i;
const DEFINITE = /\b(?:the|its|their|that)[ \u00a0]+$/i;

const PRONOUN_RATED = /\b(?:it|they)[ \u00a0]+(?:was|were|has[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+(?:rated|judged|graded|found[ \u00a0]+to[ \u00a0]+be)[ \u00a0]+(?:as[ \u00a0]+)?$/i;

const OTHER_TIME = /\b(?:19|20)\d\d\b|\b(?:first|previous|previously|last|earlier|then|once|former|ago)\b/i;

/** The text of the sentence holding `at` and of the one before it. */
function aroundSentence(article: ArticleText, at: number): string {
  const i = sentenceIndexAt(article, at);
  return i < 0 ? '' : `${article.sentences[i - 1]?.text ?? ''} ${article.sentences[i].text}`;
}

function everyAreaConflicts(article: ArticleText, awarded: Rating[]): Diagnostic[] {
  const text = article.text;
  const out: Diagnostic[] = [];
  const near = (r: Rating, before: number, after: number) => text.slice(Math.max(0, r.start - before), r.end + after);
  const all = awarded.find((r) => EVERY_AREA.test(near(r, 60, 60)));
  if (!all) return out;
  const sentence = sentenceIndexAt(article, all.start);
  for (const r of awarded) {
    if (r.start <= all.end || r.grade === all.grade || sentenceIndexAt(article, r.start) === sentence) continue;
    // an undated grade must stand in text that speaks of no other time ("The first warning came in 2012. A joint
    // inspection ... found both only adequate")
    if (r.date !== null ? r.date !== all.date : OTHER_TIME.test(aroundSentence(article, r.start))) continue;
    const area = AREAS.find(([, re]) => re.test(normalise(`${r.subject ?? ''} ${text.slice(Math.max(0, r.start - 60), r.start)}`)));
    if (!area) continue;
    out.push(makeDiagnostic(text, r.start, r.end, 'grade-conflict', 'warning',
      `“${r.text}” here for ${area[0]}, but “${all.text}” earlier for every area of the same inspection.`,
      { related: [{ start: all.start, end: all.end, message: `every area graded ${all.grade} here` }] }));
  }
  return out;
}

export function findGradeConflicts(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const seen = new Map<string, Rating[]>();
  const out: Diagnostic[] = [];
  // "rated outstanding three times between 2017 and 2023": several inspections, whatever date the grade was given
  // and "When the home was outstanding, ...": a time told by the grade, not the inspection the article reports
  // (unless the clause dates it: "When Brinedale Lodge was judged outstanding in August 2025, ..." is that inspection)
  const otherTimes = (r: Rating) => REPEATED.test(article.text.slice(r.end, r.end + 24))
    || (WHEN_IT_WAS.test(article.text.slice(Math.max(0, r.start - 40), r.start)) && !DATED_CLAUSE.test(article.text.slice(r.end, r.end + 40)));
  // "Since the inadequate rating in February 2025": a rating named by its grade refers back to an inspection already told
  const namedRating = (r: Rating) => RATING_NOUN.test(article.text.slice(r.end, r.end + 12)) && DEFINITE.test(article.text.slice(Math.max(0, r.start - 8), r.start));
  // "In August it was rated requires improvement to be good": a pronoun's grade is the one thing graded that day
  const pronounRated = (r: Rating) => PRONOUN_RATED.test(article.text.slice(Math.max(0, r.start - 40), r.start));
  const sorted = facts.ratings.filter((r) => r.status === 'awarded' && (r.subject || namedRating(r) || pronounRated(r)) && r.date && !otherTimes(r)).sort((a, b) => a.start - b.start);
  const tables = sorted.length > 1 ? judgementLines(article) : new Set<number>();
  const inTable = (r: Rating) => tables.has(article.sentences[sentenceIndexAt(article, r.start)]?.line ?? -1);
  const keyOf = subjectKeys(sorted, article.text);
  for (const r of sorted) {
    if (!r.subject && !namedRating(r) && keyOf.get(r) === '*') continue; // a pronoun with no one thing graded that day
    const key = `${keyOf.get(r)}|${forArea(article.text, r)}|${r.date}`;
    const earlier = seen.get(key) ?? [];
    const sentence = sentenceIndexAt(article, r.start);
    const clash = earlier.find((o) => o.grade !== r.grade && sentenceIndexAt(article, o.start) !== sentence && !(inTable(r) && inTable(o)));
    if (clash) {
      out.push(makeDiagnostic(article.text, r.start, r.end, 'grade-conflict', 'warning',
        `“${r.text}” gives ${subjectName(r, clash)} (${r.date}) the grade ${r.grade}, but “${clash.text}” earlier gives the same inspection ${clash.grade}.`,
        { related: [{ start: clash.start, end: clash.end, message: `graded ${clash.grade} here` }] }));
    }
    seen.set(key, [...earlier, r]);
  }
  out.push(...yearReportConflicts(article, sorted, keyOf, out));
  out.push(...namedOverallConflicts(article, sorted, namedRating, out));
  return [...out, ...everyAreaConflicts(article, facts.ratings.filter((r) => r.status === 'awarded' && !otherTimes(r)).sort((a, b) => a.start - b.start))];
}

/**
 * "the 2026 report, the one that rated Cobbleden requires improvement to be good": a report named by its year is the one
 * that year's dated judgement of the same subject came from ("In June 2026, inspectors rated Cobbleden good"). `done`:
 * findings already made, not made again.
 */
function yearReportConflicts(article: ArticleText, sorted: Rating[], keyOf: Map<Rating, string>, done: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of sorted) {
    if (r.date?.length !== 4 || done.some((d) => d.start === r.start)) continue;
    const si = sentenceIndexAt(article, r.start);
    if (!new RegExp(`\\bthe[ \\u00a0]+${r.date}[ \\u00a0]+(?:report|inspection|judgement|judgment)\\b`, 'i').test(article.sentences[si]?.text ?? '')) continue;
    const key = keyOf.get(r);
    const dated = sorted.filter((o) => o !== r && o.date?.startsWith(`${r.date}-`) && keyOf.get(o) === key && sentenceIndexAt(article, o.start) !== si);
    if (new Set(dated.map((o) => o.date!.slice(0, 7))).size !== 1 || dated.some((o) => o.grade === r.grade)) continue;
    const o = dated[0];
    out.push(makeDiagnostic(article.text, r.start, r.end, 'grade-conflict', 'warning',
      `“${r.text}” gives ${subjectName(r, o)} (the ${r.date} report) the grade ${r.grade}, but “${o.text}” gives the ${o.date} inspection ${o.grade}.`,
      { related: [{ start: o.start, end: o.end, message: `graded ${o.grade} here` }] }));
  }
  return out;
}

/**
 * "The inadequate judgement is a disappointment": a judgement named by its grade alone (`named`), which nothing was given
 * that day, is the inspection's overall one ("The service was judged to require improvement to be good overall").
 */
function namedOverallConflicts(article: ArticleText, sorted: Rating[], named: (r: Rating) => boolean, done: Diagnostic[]): Diagnostic[] {
  const text = article.text;
  const out: Diagnostic[] = [];
  const overall = (o: Rating) => OVERALL_AFTER.test(text.slice(o.end, o.end + 12)) || OVERALL_BEFORE.test(text.slice(Math.max(0, o.start - 40), o.start));
  for (const r of sorted) {
    if (r.subject || !named(r) || done.some((d) => d.start === r.start)) continue;
    const given = sorted.filter((o) => o !== r && o.date === r.date && overall(o) && sentenceIndexAt(article, o.start) !== sentenceIndexAt(article, r.start));
    const grades = new Set(given.map((o) => o.grade));
    // (a grade that day gave something, "the effectiveness of leaders was judged outstanding", may be the one named)
    if (grades.size !== 1 || grades.has(r.grade) || sorted.some((o) => o !== r && o.date === r.date && o.grade === r.grade)) continue;
    const o = given[0];
    out.push(makeDiagnostic(text, r.start, r.end, 'grade-conflict', 'warning',
      `“${text.slice(r.start, r.end)}” names the judgement of the inspection (${r.date}), but “${o.text}” gives it ${o.grade} overall.`,
      { related: [{ start: o.start, end: o.end, message: `judged ${o.grade} overall here` }] }));
  }
  return out;
}

const OVERALL_AFTER = /^[ \u00a0]+overall\b/i;
const OVERALL_BEFORE = /\boverall[ \u00a0]+(?:judgement|judgment|grade|rating|effectiveness)(?:[ \u00a0]+(?:of|was|is|as))?[ \u00a0:]*$/i;

const subjectName = (r: Rating, clash: Rating): string =>
  [r.subject ?? '', clash.subject ?? ''].map((s) => s.trim().replace(/[\s,;:]+$/, '')).find((s) => s && !GENERIC.test(s)) ?? 'the inspection';

// "Since the agency was judged inadequate": the one agency (council, home ...) the article grades on that date
const REFERRING = /^(?:the|this)\s+(agency|council|authority|home|provider|service|charity|trust|nursery|school)$/i;

// "judged good for how well children are helped and protected": the grade of what follows "for", not of the whole
// (not a time: "for the third inspection in a row", "for a second time", "for two years")
const FOR_AREA = /^[ \u00a0]+for[ \u00a0]+(?!(?:the[ \u00a0]+)?(?:a|an|first|second|third|fourth|fifth|last|next|time|once|two|three|four|five|several|many|\d+|years?|months?)\b)(?:the[ \u00a0]+)?((?:[\p{L}'’-]+[ \u00a0]*){1,3})/iu;

/** What a grade is given for, right after it: one of AREAS, else its first words; '' for none. */
function forArea(text: string, r: Rating): string {
  const m = FOR_AREA.exec(text.slice(r.end, r.end + 60));
  if (!m) return '';
  const rest = normalise(text.slice(r.end, r.end + 80));
  return AREAS.find(([, re]) => re.test(rest))?.[0] ?? normalise(m[1]).trim();
}

const NAMED_HOME = /^(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){1,3}(?:House|Lodge|Cottage|Home)$/u;

/** Each rating's subject key; a generic or missing subject takes the one other subject graded on the same date, if there is one. */
function subjectKeys(ratings: Rating[], text: string): Map<Rating, string> {
  const keys = new Map<Rating, string>();
  const named = new Map<string, Set<string>>();
  const ownKey = (r: Rating) => subjectKey(labelBefore(text, r) ?? r.subject!);
  for (const r of ratings) {
    if (!r.subject || GENERIC.test(r.subject.trim())) continue;
    const referring = REFERRING.exec(r.subject.trim());
    if (referring) {
      // named by its kind, it is the one subject of that date, told before it, whose words hold the kind ("The service
      // was judged good" does not point on to "their service is outstanding")
      const kind = new RegExp(`\\b${referring[1].toLowerCase()}\\b`);
      const holders = ratings.filter((o) => o.start < r.start && o.date === r.date && o.subject && !REFERRING.test(o.subject.trim()) && kind.test(normalise(o.subject)));
      let ks = new Set(holders.map(ownKey));
      // ("The service was found to be good overall": the whole service, not the care leavers' service graded before it)
      if (OVERALL_AFTER.test(text.slice(r.end, r.end + 12))) ks = new Set([...ks].filter((k) => !k.startsWith('area:')));
      // "At its previous full inspection, in August 2025, the home was rated good": with no home graded that day before
      // it, the one home the article names ("Brinedale Lodge")
      if (!ks.size && referring[1].toLowerCase() === 'home') {
        ks = new Set(ratings.filter((o) => o.start < r.start && o.subject && NAMED_HOME.test(o.subject.trim())).map(ownKey));
      }
      if (ks.size === 1) {
        keys.set(r, [...ks][0]);
        continue;
      }
    }
    const key = ownKey(r);
    keys.set(r, key);
    named.set(r.date!, (named.get(r.date!) ?? new Set()).add(key));
  }
  for (const r of ratings) {
    if (keys.has(r)) continue;
    const others = named.get(r.date!);
    keys.set(r, others?.size === 1 ? [...others][0] : '*');
  }
  return keys;
}
