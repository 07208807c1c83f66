// The same count stated two ways in one article ("seven out of nine safeguarding categories" ...
// "eight of the nine categories"). Words and digits are read as numbers, so "twenty-five
// permanent workers" and "25 permanent workers" agree. Counts of one thing at different times
// ("from 724 cases to 296") are common in this genre, so any sentence that talks of change,
// comparison or a date is left out of the simple comparison.
import { isResolved, makeDiagnostic } from './consistencyUtil';
import { changesIn, findChangeConflicts } from './countChanges';
import { CHANGE, Count, countsIn } from './counts';
import { clauseOf } from './dateTense';
import { findCountReferences } from './countReferences';
import { DateMention, Diagnostic } from './schema';
import { timelineEntries } from './timelines';
import { ArticleText, Sentence } from './text';

// Fractions of a fixed whole are compared unless the sentence itself says the share changed.
const FRACTION_CHANGE = /\b(?:from|now|previously|compared|improv\w*|reduc\w*|increas\w*|fell|rose|than|whereas|whilst)\b/i;
// When a count holds: two counts of one thing conflict only if their sentences place them at the same
// time ("seven resigned in February 2015" ... "of the 9 who resigned that month in 2015"); a count now
// and one years ago may differ. A financial year ("the 2019/20 budget") places nothing.
const WHEN = /\b(?:previously|ago|now|(?:before|after|since|until)(?=\s+(?:the|its|their|then|this|that|last|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|earlier|later|last|next|(?:19|20)\d\d(?![/–-]\d)|January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;

const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** The times a sentence names, as "other words|months": "2015 last|february". */
function whenOf(sentence: string): string {
  const other = new Set<string>();
  const months = new Set<string>();
  for (const m of sentence.matchAll(WHEN)) {
    const w = m[0].toLowerCase();
    if (MONTH_NAMES.has(w)) months.add(w);
    else other.add(w);
  }
  return `${[...other].sort().join(' ')}|${[...months].sort().join(' ')}`;
}

/** Same years and words of time; the months the same, or named in one sentence only ("in February 2015" ... "that month in 2015"). */
function sameTime(a: string, b: string): boolean {
  const [ao, am] = a.split('|');
  const [bo, bm] = b.split('|');
  return ao === bo && (am === bm || !am || !bm);
}

// How many earlier counts of one key a count is compared with: a long document repeats common phrases.
const MAX_COMPARED = 50;

/** `dates`: the article's dates, which say which sentences are entries of a timeline and under which heading. */
export function findFigureConflicts(article: ArticleText, dates: DateMention[] = []): Diagnostic[] {
  const text = article.text;
  // "February 2021" / "... all three judgement areas" and "3 March 2026" / "... all four judgement areas": two entries of
  // a timeline are two times
  const headings = new Map<Sentence, string>();
  for (const [si, heading] of timelineEntries(article, dates.filter(isResolved).sort((a, b) => a.start - b.start))) headings.set(article.sentences[si], heading.text);
  const headingOf = (c: Count) => headings.get(c.sentence) ?? '';
  const byKey = new Map<string, Count[]>();
  const counts = countsIn(article);
  for (const c of counts) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  // what a count's sentence says of change and time is worked out only for keys counted twice
  const change = new Map<Count, boolean>();
  const when = new Map<Sentence, string>();
  const changed = (c: Count): boolean => {
    let v = change.get(c);
    if (v === undefined) {
      // a change word counts in the count's own clause: "paid up to £15 an hour more" says nothing of "seven social workers resigned"
      v = c.frac ? FRACTION_CHANGE.test(c.sentence.text) : CHANGE.test(clauseOf(text, c.start, c.end, c.sentence.start, c.sentence.end));
      change.set(c, v);
    }
    return v;
  };
  const timeOf = (c: Count): string => {
    if (c.frac) return '|';
    let v = when.get(c.sentence);
    if (v === undefined) when.set(c.sentence, (v = whenOf(`${headingOf(c)} ${c.sentence.text}`)));
    return v;
  };
  const quote = (c: Count) => text.slice(c.start, c.quoteEnd);
  const out: Diagnostic[] = [];
  for (const list of byKey.values()) {
    // parts ("four of them") of different sets may differ, and so may the totals of fractions ("of the 40 cases")
    if (list[0].key.startsWith('part|') || list[0].key.startsWith('total|')) continue;
    for (let i = 1; i < list.length; i++) {
      const c = list[i];
      let other: Count | undefined;
      for (let j = Math.max(0, i - MAX_COMPARED); j < i && !other; j++) {
        const o = list[j];
        if (o.value === c.value || o.sentence === c.sentence || changed(o) || changed(c) || !sameTime(timeOf(o), timeOf(c))) continue;
        // "four of the five areas were inadequate" and "one of the five was adequate" are complementary.
        if (c.total === null || o.value + c.value !== c.total) other = o;
      }
      if (!other) continue;
      out.push(makeDiagnostic(text, c.start, c.end, 'figure-conflict', 'warning',
        `“${quote(c)}” here, but “${quote(other)}” earlier in the article: the same count given as ${c.value} and ${other.value}.`,
        { related: [{ start: other.start, end: other.end, message: `given as ${other.value} here: “${quote(other)}”` }] }));
    }
  }
  const apart = (a: Count, b: Count) => headingOf(a) !== '' && headingOf(b) !== '' && headingOf(a) !== headingOf(b);
  const reported = new Set(out.map((d) => d.start));
  const references = findCountReferences(text, counts, reported, apart);
  for (const d of references) reported.add(d.start);
  const sentenceTime = (a: Sentence, b: Sentence) => sameTime(whenOf(a.text), whenOf(b.text));
  return [...out, ...references, ...findChangeConflicts(text, changesIn(article), counts, reported, sentenceTime)];
}
