// A date later than the article's own date, told in the past tense ("was published in March 2014"
// in an article of September 2011): either the date or the article date is wrong.
import { makeDiagnostic } from './consistencyUtil';
import { separatorInNumber } from './dateTense';
import { dayIndex } from './months';
import { ArticleFacts } from './options';
import { SLIP_DAYS } from './resolveDate';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

const PAST = /\b(was|were|had|did|came|took|went|left|met|published|resigned|appointed|visited|inspected|received|issued|served|rated|judged|launched|found|announced|began|started|ended|happened|held|carried out)\b/i;
// Anything that makes the clause about plans, expectations or deadlines rather than what happened.
// ("is holding an information evening for anyone interested ... on Wednesday 18 November": the present progressive of an arrangement)
const NOT_PAST = /\b(will|would|shall|due|set to|expect\w*|(?:un)?likely|probabl[ey]|planned|(?:plans?|planning) (?:to|for)|going to|schedul\w*|aim\w*|hope\w*|could|should|might|must|can|intend\w*|until|till|next|upcoming|from|is to|are to|to be|if|unless|before|predict\w*|target\w*|forecast\w*|(?:is|are) [a-z]{2,}ing)\b|['’]ll\b|\bfor (?:19|20)\d\d\b/i;
// "She has asked for the report to go to the committee on 24 March": a date in what was asked for is still to come
const ASKED_TO = /\b(?:asked|requested|urged|invited|told|wanted|called)\b[^,;:]{0,40}?\bto[ \u00a0]+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b|that\b)[a-z]+\b/i;
// "by" makes a deadline only right before the date ("by 30 June"); "discussed by the panel on 21 February" is past
const BY_DATE = /\bby[ \u00a0]+(?:the[ \u00a0]+(?:end|middle|start)[ \u00a0]+of[ \u00a0]+)?$/i;
// the modal in lower case only: "May" is a month too ("approved the plan on 20 May")
const MAY = /\bmay\b/;
const CLAUSE_EDGE = /[,;:.!?()"“”]/;
// Any lowercase past form ("discussed", "approved"), for the year-less check only, where the date was already read as past.
// (not a participle after a determiner, which is an adjective: "approves the updated improvement plan")
const PAST_FORM = /(?<!\b(?:the|a|an|its|their|this|our|his|her)[ \u00a0]+)(?:\b[a-z]{3,}(?<!e)ed\b|\b[a-z]{2,}eed\b(?<!\b(?:need|feed|seed|speed|proceed|exceed|succeed)))/;

// A past form before a dated date, but not one after "be" ("that the outcome be reported to the meeting on 6 February 2017")
// nor a present passive ("That progress is reported to the committee at its meeting on 14 October 2027").
const PAST_BEFORE = new RegExp(`(?<!\\b(?:be|is|are)[ \u00a0]+)(?:${PAST_FORM.source})`);

/** Days after `article` (YYYY-MM-DD) that `resolved` (YYYY-MM-DD, in that year or the year before) falls in the article's year, if few. */
function justAfter(resolved: string, article: string): number | null {
  const back = Number(article.slice(0, 4)) - Number(resolved.slice(0, 4));
  if (resolved.length !== 10 || article.length !== 10 || (back !== 0 && back !== 1)) return null;
  const days = dayIndex(article.slice(0, 4) + resolved.slice(4)) - dayIndex(article);
  return days > 0 && days <= SLIP_DAYS ? days : null;
}

/** A clause edge at `i`; a full stop or comma inside a number ("£2.4 million", "1,200") is none. */
function edgeAt(text: string, i: number): boolean {
  return !separatorInNumber(text, i) && CLAUSE_EDGE.test(text[i]);
}

function clauseStart(text: string, at: number, sStart: number): number {
  let a = at;
  while (a > sStart && !edgeAt(text, a - 1)) a--;
  return a;
}

// A second clause joined after the date starts a clause of its own: "took up her post on 7 April and will oversee ...",
// "reported in February 2027 and found that too many referrals from schools were closed".
const JOINED_VERB = /[ \u00a0]+(?:and|but|which|who)[ \u00a0]+/;

// "has been appointed and starts on Monday 7 December": a verb joined before the date opens the date's own clause
const JOINED_BEFORE = /[ \u00a0]+(?:and|but)[ \u00a0]+(?=[a-z]+s[ \u00a0])/g;

function clauseAround(text: string, start: number, end: number, sStart: number, sEnd: number): string {
  const head = clauseStart(text, start, sStart);
  let a = head;
  for (const m of text.slice(head, start).matchAll(JOINED_BEFORE)) a = head + m.index! + m[0].length;
  let b = end;
  while (b < sEnd && !edgeAt(text, b)) b++;
  const tail = JOINED_VERB.exec(text.slice(end, b));
  return text.slice(a, tail ? end + tail.index : b);
}

const PAST_AFTER = new RegExp(`^[ \u00a0]*,[ \u00a0]+(?:also[ \u00a0]+)?${PAST.source}`, 'i');
const LATE_IN_MONTH = /^(?:the[ \u00a0]+end[ \u00a0]+of|late)[ \u00a0]/i;
// "The meeting was moved to Thursday 12 March": a past decision that sets a date ahead
const RESCHEDULED = /\b(?:moved|postponed|put[ \u00a0]+back|pushed[ \u00a0]+back|brought[ \u00a0]+forward|rescheduled|deferred|delayed|adjourned|set|fixed|booked|arranged|changed|switched|extended)[ \u00a0]+(?:to|until|till|for)[ \u00a0]+$/i;

export function findFuturePastTense(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const ad = facts.articleDate;
  if (!ad) return [];
  const text = article.text;
  const out: Diagnostic[] = [];
  const sentences = article.sentences;
  let si = 0;
  const dates = [...facts.dates].sort((a, b) => a.start - b.start);
  for (const d of dates) {
    if (!d.resolved || d.basis === 'unresolved') continue;
    // A year-less day told in the past which in the article's own year falls just after its date: "discussed the
    // report on 28 June" in a piece of 16 June (the resolver takes it as the date ahead). Only that: any other
    // year-less date's year is the resolver's own reading of the tense.
    const yearless = !/\b\d{4}\b/.test(d.text);
    // "met at the end of June" in a column of 11 June: the month is the article's, but its last days are still ahead
    const ahead = yearless && LATE_IN_MONTH.test(d.text) && ad.date.length === 10 && d.resolved === ad.date.slice(0, 7) && Number(ad.date.slice(8)) <= 20;
    const slip = ahead ? null : yearless ? justAfter(d.resolved, ad.date) : null;
    if (!ahead && (yearless ? !slip : (d.start >= ad.span.start && d.end <= ad.span.end) || d.resolved <= ad.date.slice(0, d.resolved.length))) continue;
    while (si < sentences.length && sentences[si].end <= d.start) si++;
    const s = sentences[si];
    if (!s || s.start > d.start) continue;
    let clause = clauseAround(text, d.start, d.end, s.start, s.end);
    // any past form before the date in its clause ("considered the draft plan on 27 March 2025"); after it, only the listed verbs
    let past = PAST.exec(clause) ?? (yearless ? PAST_FORM.exec(clause) : PAST_BEFORE.exec(clause.slice(0, clause.indexOf(d.text))));
    // "was opened by the Mayor, Councillor X, on 7 February": a date set off by commas belongs to the verb before them,
    // and the clause runs from that verb
    // ("The first, on 28 and 29 April, found that ...": or to the verb right after them)
    if (!past && !/\p{L}{3,}/u.test(clause.replace(d.text, '').replace(/\b(?:on|in|at|by)\b/g, ''))) {
      const verb = PAST.exec(text.slice(s.start, d.end));
      const after = verb ? null : PAST_AFTER.exec(text.slice(d.end, Math.min(s.end, d.end + 30)));
      // from the clause edge before the verb, so that "will be held ..., on Thursday 30 March" keeps its "will"
      if (verb) [past, clause] = [verb, text.slice(clauseStart(text, s.start + verb.index, s.start), d.end)];
      else if (after) [past, clause] = [after, text.slice(clauseStart(text, d.start, s.start), d.end + after[0].length)];
    }
    const before = text.slice(Math.max(s.start, d.start - 24), d.start);
    if (!past || NOT_PAST.test(clause) || MAY.test(clause) || ASKED_TO.test(clause) || BY_DATE.test(before) || RESCHEDULED.test(before)) continue;
    const message = ahead
      ? `“${d.text}” is told in the past tense (“${past[0]}”), but the article is dated “${ad.span.text}”, before it. Check the date or the tense.`
      : slip
      ? `“${d.text}” is told in the past tense (“${past[0]}”), but this year it falls ${slip} days after the article’s own date (“${ad.span.text}”). Check the date or the tense.`
      : `“${d.text}” is after the article’s own date (“${ad.span.text}”) but is told in the past tense (“${past[0]}”).`;
    out.push(makeDiagnostic(text, d.start, d.end, 'future-past-tense', 'warning', message,
      { related: [{ start: ad.span.start, end: ad.span.end, message: `the article’s date, “${ad.span.text}”` }] }));
  }
  return out;
}
