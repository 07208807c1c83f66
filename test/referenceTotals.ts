// findTotalConflicts as it was first written (a global case-insensitive search of every sentence the
// cue words are in), kept as the reference the fast version is tested against: same findings for any text.
// (Its comparison of two counts of what one runs was added with the fast version's, in the same words.)
import { makeDiagnostic, NUMBER_WORD_SOURCE, parseCount } from '../server/src/analysis/consistencyUtil';
import { CHANGE, isUnit, lemma, phraseAfter } from '../server/src/analysis/counts';
import { Diagnostic } from '../server/src/analysis/schema';
import { ArticleText, Sentence } from '../server/src/analysis/text';

const NUM = `(\\d{1,6}|${NUMBER_WORD_SOURCE})`;
const HOLD_VERBS = 'runs|run|ran|has|have|had|operates|operated|employs|employed|manages|managed|owns|looks after|looked after';
const HOLDS = new RegExp(`\\b(?:${HOLD_VERBS})[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'giu');
const CUE = new RegExp(`\\b(?:all|${HOLD_VERBS})\\b`, 'i');
const ALL = new RegExp(`\\ball[ \\u00a0]+${NUM}(?![\\d\\p{L}%])([ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+council['’]s|the|its|their|our|his|her|[\\p{L}-]+['’]s)(?=[ \\u00a0]))?`, 'giu');
const POSSESSED = new RegExp(`(?:\\bits|\\btheir|\\bour|['’]s)[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'giu');
// "every one of our 11 homes", "each of its 12 homes": a total told by a quantifier over what a council has
const EVERY = new RegExp(`\\b(?:every[ \\u00a0]+one|each)[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+council['’]s|its|their|our|[\\p{L}-]+['’]s)[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'giu');
// the quantifier of EVERY is no change word ("every", "each" are, elsewhere)
const QUANTIFIER = /^[\s"“‘']*(?:every[ \u00a0]+one|each)[ \u00a0]+of\b/i;
const ADVERBS = new Set(['now', 'still', 'also', 'currently', 'already', 'together', 'today']);

interface Total {
  /** Where the words that state it begin ("all", "every"). */
  from: number;
  head: string;
  value: number;
  start: number;
  end: number;
  quoteEnd: number;
  sentence: Sentence;
}

function read(article: ArticleText, s: Sentence, re: RegExp, out: Total[]): void {
  const text = article.text;
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const value = parseCount(m[1]);
    if (value === null || value < 2) continue;
    const start = s.start + m.index + m[0].length - (m[2]?.length ?? 0) - m[1].length;
    const end = start + m[1].length;
    const p = phraseAfter(text, s.start + m.index + m[0].length);
    if (!p) continue;
    const words = p.words.filter((w) => !ADVERBS.has(w.toLowerCase()));
    if (!words.length) continue;
    const head = lemma(words[words.length - 1]);
    const lead = text.slice(s.start, p.end);
    if (isUnit(head) || CHANGE.test(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1).replace(QUANTIFIER, ''))) continue;
    out.push({ from: s.start + m.index, head, value, start, end, quoteEnd: p.end, sentence: s });
  }
}

export function referenceTotalConflicts(article: ArticleText): Diagnostic[] {
  const held: Total[] = [];
  const totals: Total[] = [];
  for (const s of article.sentences) {
    if (CUE.test(s.text)) {
      read(article, s, HOLDS, held);
      read(article, s, ALL, totals);
    }
    read(article, s, POSSESSED, held);
    read(article, s, EVERY, totals);
  }
  const text = article.text;
  const pairs: [Total, Total][] = [];
  for (const t of totals) {
    const other = held.find((h) => h.head === t.head && h.value !== t.value && h.sentence !== t.sentence);
    if (other) pairs.push([t, other]);
  }
  // two counts of what one runs now, outside sentences that name a year
  const running = held.filter((h) => /^(?:runs|run|operates|owns)\b/i.test(text.slice(h.from, h.start)) && !/\b(?:19|20)\d\d\b/.test(h.sentence.text));
  for (let i = 1; i < running.length; i++) {
    const h = running[i];
    const other = running.slice(0, i).find((o) => o.head === h.head && o.value !== h.value && o.sentence !== h.sentence);
    if (other) pairs.push([h, other]);
  }
  const out: Diagnostic[] = [];
  for (const [t, other] of pairs) {
    // the finding goes on the later of the two, as a reader meets the second figure
    const [here, there] = t.start > other.start ? [t, other] : [other, t];
    const quote = (x: Total) => text.slice(x.from, x.quoteEnd);
    out.push(makeDiagnostic(text, here.start, here.end, 'figure-conflict', 'warning',
      `“${quote(here)}” here, but “${quote(there)}” earlier in the article: the same total given as ${here.value} and ${there.value}.`,
      { related: [{ start: there.start, end: there.end, message: `given as ${there.value} here: “${quote(there)}”` }] }));
  }
  return out;
}
