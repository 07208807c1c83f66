// A date later than the article's own date, told in the past tense ("was published in March 2014"
// in an article of September 2011): either the date or the article date is wrong.
import { makeDiagnostic } from './consistencyUtil';
import { ArticleFacts } from './options';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

const PAST = /\b(was|were|had|did|came|took|went|left|published|resigned|appointed|visited|inspected|received|issued|served|rated|judged|launched|found|announced|began|started|ended|happened|held|carried out)\b/i;
// Anything that makes the clause about plans, expectations or deadlines rather than what happened.
const NOT_PAST = /\b(will|would|shall|due|set to|expect\w*|plan\w*|going to|schedul\w*|aim\w*|hope\w*|could|should|may|might|must|intend\w*|by|until|till|next|upcoming|from|is to|are to|to be|if|unless|before|predict\w*|target\w*|forecast\w*)\b|['’]ll\b/i;
const CLAUSE_EDGE = /[,;:.!?()"“”]/;

function clauseAround(text: string, start: number, end: number, sStart: number, sEnd: number): string {
  let a = start;
  while (a > sStart && !CLAUSE_EDGE.test(text[a - 1])) a--;
  let b = end;
  while (b < sEnd && !CLAUSE_EDGE.test(text[b])) b++;
  return text.slice(a, b);
}

export function findFuturePastTense(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const ad = facts.articleDate;
  if (!ad) return [];
  const text = article.text;
  const out: Diagnostic[] = [];
  const sentences = article.sentences;
  let si = 0;
  const dates = [...facts.dates].sort((a, b) => a.start - b.start);
  for (const d of dates) {
    // Only dates written with their year: a relative or year-less date's year is the resolver's guess.
    if (!d.resolved || !/\b\d{4}\b/.test(d.text) || d.basis === 'unresolved') continue;
    if (d.start >= ad.span.start && d.end <= ad.span.end) continue;
    if (d.resolved <= ad.date.slice(0, d.resolved.length)) continue;
    while (si < sentences.length && sentences[si].end <= d.start) si++;
    const s = sentences[si];
    if (!s || s.start > d.start) continue;
    const clause = clauseAround(text, d.start, d.end, s.start, s.end);
    const past = PAST.exec(clause);
    if (!past || NOT_PAST.test(clause)) continue;
    out.push(makeDiagnostic(text, d.start, d.end, 'future-past-tense', 'warning',
      `“${d.text}” is after the article’s own date (“${ad.span.text}”) but is told in the past tense (“${past[0]}”).`,
      { related: [{ start: ad.span.start, end: ad.span.end, message: `the article’s date, “${ad.span.text}”` }] }));
  }
  return out;
}
