// A total stated two ways: "The council runs seven children's homes" ... "all 9 of its homes". An
// "all N" total is compared only with a count told as what a council or a home has ("runs", "has",
// "employs", "looks after" N X): a part ("five staff were off sick") is never a total.
import { makeDiagnostic, NUMBER_WORD_SOURCE, parseCount } from './consistencyUtil';
import { CHANGE, clauseOf, isUnit, lemma, phraseAfter } from './figureChecks';
import { Diagnostic } from './schema';
import { ArticleText, Sentence } from './text';

const NUM = `(\\d{1,6}|${NUMBER_WORD_SOURCE})`;
const HOLD_VERBS = 'runs|run|ran|has|have|had|operates|operated|employs|employed|manages|managed|owns|looks after|looked after';
// Sticky: tried only where one of their first words starts (see read), not at every character.
const HOLDS = new RegExp(`\\b(?:${HOLD_VERBS})[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'iuy');
// Either pattern needs one of these words: most sentences have none
const CUE = new RegExp(`\\b(?:all|${HOLD_VERBS})\\b`, 'i');
const ALL = new RegExp(`\\ball[ \\u00a0]+${NUM}(?![\\d\\p{L}%])([ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+council['’]s|the|its|their|our|his|her)(?=[ \\u00a0]))?`, 'iuy');

// The ASCII words a match can start with, by first letter. No other character case-folds to one of
// these first letters, so a match starts at one of these words or at an ASCII word that runs into a
// non-ASCII character (a no-break space, or the Kelvin sign and long s that fold to "k" and "s").
const HOLD_FIRST: (string[] | undefined)[] = new Array<string[] | undefined>(128).fill(undefined);
for (const v of HOLD_VERBS.split('|')) (HOLD_FIRST[v.charCodeAt(0)] ??= []).push(v.split(' ')[0]);

const ADVERBS = new Set(['now', 'still', 'also', 'currently', 'already', 'together', 'today']);

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** \w of a case-insensitive Unicode pattern: ASCII word characters, long s and the Kelvin sign. */
const isWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;

/** s[p, q) (ASCII letters) is one of `words` in any mix of cases. */
function isOneOf(s: string, p: number, q: number, words: string[] | undefined): boolean {
  if (!words) return false;
  outer: for (const w of words) {
    if (w.length !== q - p) continue;
    for (let k = 1; k < w.length; k++) if ((s.charCodeAt(p + k) | 32) !== w.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

interface Total {
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
  if (isUnit(head) || CHANGE.test(clauseOf(text, start, end, s.start, s.end))) return;
  out.push({ head, value, start, end, quoteEnd: p.end, sentence: s });
}

/**
 * The matches of HOLDS and ALL in the sentence, in order, as a global search of each finds them
 * (each resumes after its own last match), taken into `held` and `totals`; none when the sentence
 * fails CUE, asked only once a match is found.
 */
function read(article: ArticleText, s: Sentence, held: Total[], totals: Total[]): void {
  const t = s.text;
  const n = t.length;
  let holdsFrom = 0;
  let allFrom = 0;
  let cue: boolean | undefined;
  const found = (re: RegExp, p: number): RegExpExecArray | null => {
    re.lastIndex = p;
    const m = re.exec(t);
    if (m && cue === undefined) cue = CUE.test(t);
    return m && cue ? m : null;
  };
  let prevWord = false;
  for (let p = 0; p < n; ) {
    const c = t.charCodeAt(p);
    if (!isAsciiLetter(c)) {
      prevWord = isWordChar(c);
      p++;
      continue;
    }
    let q = p + 1;
    while (q < n && isAsciiLetter(t.charCodeAt(q))) q++;
    if (!prevWord) {
      const odd = q < n && t.charCodeAt(q) >= 128;
      const first = c | 32;
      if (p >= holdsFrom && (odd || isOneOf(t, p, q, HOLD_FIRST[first]))) {
        const m = found(HOLDS, p);
        if (m) {
          holdsFrom = p + m[0].length;
          take(article, s, m, held);
        }
      }
      if (p >= allFrom && (odd || (first === 97 && q - p === 3 && (t.charCodeAt(p + 1) | 32) === 108 && (t.charCodeAt(p + 2) | 32) === 108))) {
        const m = found(ALL, p);
        if (m) {
          allFrom = p + m[0].length;
          take(article, s, m, totals);
        }
      }
    }
    prevWord = true;
    p = q;
  }
}

export function findTotalConflicts(article: ArticleText): Diagnostic[] {
  const held: Total[] = [];
  const totals: Total[] = [];
  for (const s of article.sentences) read(article, s, held, totals);
  const text = article.text;
  const out: Diagnostic[] = [];
  for (const t of totals) {
    const other = held.find((h) => h.head === t.head && h.value !== t.value && h.sentence !== t.sentence);
    if (!other) continue;
    const quote = (x: Total) => text.slice(x.start, x.quoteEnd);
    out.push(makeDiagnostic(text, t.start, t.end, 'figure-conflict', 'warning',
      `“all ${quote(t)}” here, but “${quote(other)}” elsewhere in the article: the same total given as ${t.value} and ${other.value}.`,
      { related: [{ start: other.start, end: other.end, message: `given as ${other.value} here: “${quote(other)}”` }] }));
  }
  return out;
}
