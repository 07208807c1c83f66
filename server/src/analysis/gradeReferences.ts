// A grade referred back to ("had noted the good rating", "said the outstanding overall judgement was a credit")
// must be the grade the article (or, in a page of several items, the item) reported. The item's current grade
// is its first awarded grade of the latest inspection date it gives; a reference back with another grade, and
// nothing in its clause to place it at another time, is one inspection given two grades.
import { makeDiagnostic, sentenceIndexAt } from './consistencyUtil';
import { clauseOf } from './dateTense';
import { ArticleFacts } from './options';
import { Diagnostic, Rating } from './schema';
import { ArticleText } from './text';

// "the good rating", "the home's 'requires improvement' rating", "its new outstanding grade"
const BEFORE = /\b(?:the|its|their)[ \u00a0]+(?:([\p{L}-]+)['’]s[ \u00a0]+)?(?:new[ \u00a0]+|latest[ \u00a0]+|recent[ \u00a0]+)?['‘"“]?$/iu;
const AFTER = /^['’"”]?[ \u00a0]+(overall[ \u00a0]+)?(?:rating|judgement|judgment|grade|grading|verdict)\b/i;
// Words in the clause that place the grade at another time or make it another inspection's.
// (A year is read below, against the latest inspection's: "the council's good rating from 2025" is that inspection.)
const ELSEWHERE = /\b(?:previous|previously|last|earlier|former|old|once|then|before|after|following|until|since|ago|months|years|first|next|future|neighbour\w*|other|if|unless)\b/i;
// ("the inadequate rating would be discussed by its corporate parenting panel next month": a time to come dates what is
// done about the grade, not the grade)
const NEXT_TIME = /\bnext[ \u00a0]+(?:week|month|year|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const PAST_PERFECT = /^[ \u00a0]+had\b/i;
const YEARS = /\b(?:19|20)\d\d\b/g;
const REMARK = /\b(?:not|never|no|wants?|hopes?|aims?|would|could|should|might)\b|n['’]t\b/i;
// Or that speak of the grade as a word of the scale: "Ofsted replaced the adequate grade with 'requires improvement'".
const SCALE = /\b(?:replac\w*|scrap\w*|abolish\w*|introduc\w*|renam\w*|label|scale|system|framework)\b/i;
// A heading of an item on a page of news in brief: a short line with no full stop at its end (nor a colon: "X said:").
const HEADING = /^[^.!?]{3,90}(?<![:;,])$/;
// A photo's caption or credit ("Hethelaw House in Carrowburn (Image: Borderlands Today)") heads no item.
const CAPTION = /\b(?:image|picture|pictures|photo|photograph|photography|credit)\b[^:]{0,12}:/i;

/** The start of the item holding `offset`: the last heading line before it, else the article's start. */
function itemStart(article: ArticleText, offset: number): number {
  const lines = article.lines;
  let i = lines.findIndex((l) => l.end >= offset);
  for (i--; i >= 0; i--) {
    const l = lines[i];
    if (!l.boilerplate && l.text.trim() && HEADING.test(l.text.trim()) && !CAPTION.test(l.text) && i > 0 && !lines[i - 1].text.trim()) return l.start;
  }
  return 0;
}

export function findGradeReferences(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const text = article.text;
  const awarded = facts.ratings.filter((r) => r.status === 'awarded').sort((a, b) => a.start - b.start);
  const out: Diagnostic[] = [];
  // a reference read as a remark ("Councillors will discuss the inadequate judgement") still names the judgement
  const refs = facts.ratings.filter((r) => r.status === 'awarded' || r.status === 'other');
  for (const r of refs) {
    const lead = BEFORE.exec(text.slice(Math.max(0, r.start - 40), r.start));
    const after = lead ? AFTER.exec(text.slice(r.end, r.end + 24)) : null;
    if (!lead || !after) continue;
    const s = article.sentences[sentenceIndexAt(article, r.start)];
    if (!s) continue;
    const clause = clauseOf(text, r.start, r.end, s.start, s.end);
    // ("Q: Was the inadequate judgement fair?": a question asserts no grade)
    if (ELSEWHERE.test(clause.replace(NEXT_TIME, '')) || SCALE.test(clause) || /\?["”’']?\s*$/.test(s.text)) continue;
    // a remark's reference must be plain report: not denied ("It is not the good rating everyone wants") nor said in quotes
    if (r.status === 'other' && (REMARK.test(clause) || /["“”]/.test(s.text))) continue;
    const from = itemStart(article, r.start);
    const before = awarded.filter((o) => o.start >= from && o.end <= s.start && o.date);
    const latest = before.reduce<string | null>((m, o) => (m === null || o.date! > m ? o.date! : m), null);
    const current: Rating | undefined = before.find((o) => o.date === latest);
    if (!current || current.grade === r.grade) continue;
    // "a year after the authority was judged inadequate ... The inadequate judgement had been a shock": the grade told
    // before, undated, or one that "had been" something, is one of before
    const hadBeen = PAST_PERFECT.test(text.slice(r.end + after[0].length, r.end + after[0].length + 8));
    if (awarded.some((o) => o.start >= from && o.end <= s.start && o.grade === r.grade && (!o.date || hadBeen))) continue;
    // a year of another time anywhere in the sentence, even set off by commas: "Its good judgement, in a report published in 2023, ..."
    if (s.text.match(YEARS)?.some((y) => !latest!.startsWith(y))) continue;
    // "The outstanding judgement for care leavers": without "overall" the reference may be to one area's grade, any grade
    // the latest inspection gave
    // ("the service's outstanding rating" is the service's, not the leaders' area's, when the service was graded otherwise)
    const owner = lead[1] ? new RegExp(`\\b${lead[1].replace(/[^\p{L}-]/gu, '')}\\b`, 'iu') : null;
    const ownedBy = (o: Rating) => !owner || owner.test(o.subject ?? '');
    if (!after[1] && before.some((o) => o.date === latest && o.grade === r.grade && (ownedBy(o) || !ownedBy(current)))) continue;
    out.push(makeDiagnostic(text, r.start, r.end, 'grade-conflict', 'warning',
      `“the ${r.text} …” refers back to the inspection this reports, but “${current.text}” (${current.date}) gives it the grade ${current.grade}.`,
      { related: [{ start: current.start, end: current.end, message: `graded ${current.grade} here` }] }));
  }
  return out;
}
