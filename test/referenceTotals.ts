// findTotalConflicts as it was first written (a global case-insensitive search of every sentence the
// cue words are in), kept as the reference the fast version is tested against: same findings for any text.
// The reading is its own; the comparison of what it reads is the fast version's (compareTotals), which is not under test.
import { NUMBER_WORD_SOURCE, parseCount } from '../server/src/analysis/consistencyUtil';
import { CHANGE, isUnit, lemma, phraseAfter } from '../server/src/analysis/counts';
import { compareTotals, Total } from '../server/src/analysis/figureTotals';
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
  return compareTotals(article.text, totals, held);
}
