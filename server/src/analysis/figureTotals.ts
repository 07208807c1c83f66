// A total stated two ways: "The council runs seven children's homes" ... "all 9 of its homes". An
// "all N" total is compared only with a count told as what a council or a home has ("runs", "has",
// "employs", "looks after" N X): a part ("five staff were off sick") is never a total. Two counts of
// what one runs now ("operates 14 children's homes" ... "We run 12 homes") are compared with each other.
import { makeDiagnostic, NUMBER_WORD_SOURCE, parseCount } from './consistencyUtil';
import { CHANGE, isUnit, lemma, phraseAfter } from './counts';
import { Diagnostic } from './schema';
import { ArticleText, Sentence } from './text';

const NUM = `(\\d{1,6}|${NUMBER_WORD_SOURCE})`;
const HOLD_VERBS = 'runs|run|ran|has|have|had|operates|operated|employs|employed|manages|managed|owns|looks after|looked after';
// Sticky: tried only where one of their first words starts (see read), not at every character.
const HOLDS = new RegExp(`\\b(?:${HOLD_VERBS})[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'iuy');
// Either pattern needs one of these words: most sentences have none
const CUE = new RegExp(`\\b(?:all|${HOLD_VERBS})\\b`, 'i');
const ALL = new RegExp(`\\ball[ \\u00a0]+${NUM}(?![\\d\\p{L}%])([ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+council['’]s|the|its|their|our|his|her|[\\p{L}-]+['’]s)(?=[ \\u00a0]))?`, 'iuy');
// "three of the council's 12 family hubs", "its 12 family hubs", "every one of our 11 homes": a total told as what a council has
const POSSESSED = new RegExp(`(?:\\bits|\\btheir|\\bour|['’]s)[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'iuy');
// "every one of our 11 homes", "each of its 12 homes": a total told by a quantifier over what a council has
const EVERY = new RegExp(`\\b(?:every[ \\u00a0]+one|each)[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+council['’]s|its|their|our|[\\p{L}-]+['’]s)[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'iuy');
// the quantifier of EVERY is no change word ("every", "each" are, elsewhere)
const QUANTIFIER = /^[\s"“‘']*(?:every[ \u00a0]+one|each)[ \u00a0]+of\b/i;

// Where a match can start: its first word in any case, with no \b (the patterns test that). Written
// without the i and u flags, which make a search try the pattern slowly at every character: only "k"
// and "s" have other case forms under them (the Kelvin sign, long s), spelt out here.
const FOLDS: Record<string, string> = { k: 'kK\u212a', s: 'sS\u017f' };
const anyCase = (w: string) => w.replace(/[a-z]/g, (c) => `[${FOLDS[c] ?? c + c.toUpperCase()}]`);
// Three letters of each verb find its places (fewer alternatives scan faster); HOLDS checks the rest.
const HOLDS_START = new RegExp([...new Set(HOLD_VERBS.split('|').map((v) => anyCase(v.slice(0, 3))))].join('|'), 'g');
const ALL_START = new RegExp(anyCase('all'), 'g');
const POSSESSED_START = new RegExp(`${anyCase('its')}|${anyCase('their')}|${anyCase('our')}|['’]s`, 'g');
const EVERY_START = new RegExp(`${anyCase('every')}|${anyCase('each')}`, 'g');

const RUNS_NOW = /^(?:runs|run|operates|owns)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/;

const ADVERBS = new Set(['now', 'still', 'also', 'currently', 'already', 'together', 'today']);

export interface Total {
  /** Where the words that state it begin ("all", "every"). */
  from: number;
  head: string;
  value: number;
  start: number;
  end: number;
  quoteEnd: number;
  sentence: Sentence;
}

function take(article: ArticleText, s: Sentence, m: RegExpExecArray, out: Total[]): void {
  const text = article.text;
  const value = parseCount(m[1]);
  if (value === null || value < 2) return;
  // the number ends the match, or stands just before ALL's "of its"
  const start = s.start + m.index + m[0].length - (m[2]?.length ?? 0) - m[1].length;
  const end = start + m[1].length;
  const p = phraseAfter(text, s.start + m.index + m[0].length);
  if (!p) return;
  // "all 9 of its homes now have ...": an adverb after the noun is not the noun
  const words = p.words.filter((w) => !ADVERBS.has(w.toLowerCase()));
  if (!words.length) return;
  const head = lemma(words[words.length - 1]);
  // a change word counts up to the counted noun: "runs five homes of its own and still sends more than 40 children away" holds five
  const lead = text.slice(s.start, p.end);
  if (isUnit(head) || CHANGE.test(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1).replace(QUANTIFIER, ''))) return;
  out.push({ from: s.start + m.index, head, value, start, end, quoteEnd: p.end, sentence: s });
}

/**
 * The matches of `re` (HOLDS, ALL or POSSESSED) in the sentence, as a global search finds them, trying it
 * only where `start` finds its first word; taken into `out`. None when the sentence fails `cueRe` (CUE
 * unless told otherwise), asked only once a match is found.
 */
function read(article: ArticleText, s: Sentence, start: RegExp, re: RegExp, out: Total[], cueRe: RegExp | null = CUE): void {
  const t = s.text;
  start.lastIndex = 0;
  let cue: boolean | undefined;
  for (let w = start.exec(t); w; w = start.exec(t)) {
    re.lastIndex = w.index;
    const m = re.exec(t);
    if (!m) continue;
    if (cue === undefined) cue = cueRe === null || cueRe.test(t);
    if (!cue) return;
    // as a global search, the next match starts after this one
    start.lastIndex = w.index + m[0].length;
    take(article, s, m, out);
  }
}

export function findTotalConflicts(article: ArticleText): Diagnostic[] {
  const held: Total[] = [];
  const totals: Total[] = [];
  for (const s of article.sentences) {
    read(article, s, ALL_START, ALL, totals);
    read(article, s, EVERY_START, EVERY, totals, null);
    read(article, s, HOLDS_START, HOLDS, held);
    read(article, s, POSSESSED_START, POSSESSED, held, null);
  }
  return compareTotals(article.text, totals, held);
}

/**
 * The conflicts among the totals ("all 9 of its homes") and holdings ("runs seven homes") an article states, in text
 * order. The reading of them is what the fast paths above do; the comparison is this one, shared with the reference
 * reading the tests check them against.
 */
export function compareTotals(text: string, totals: Total[], held: Total[]): Diagnostic[] {
  const pairs: [Total, Total][] = [];
  for (const t of totals) {
    const other = held.find((h) => h.head === t.head && h.value !== t.value && h.sentence !== t.sentence);
    if (other) pairs.push([t, other]);
  }
  // "The company operates 14 children's homes" ... "We run 12 homes": what one runs now, told twice (not in a sentence
  // that names a year, which may be another time's)
  const running = held.filter((h) => RUNS_NOW.test(text.slice(h.from, h.start)) && !YEAR.test(h.sentence.text));
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
