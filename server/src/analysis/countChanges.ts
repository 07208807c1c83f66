// A count told as a change ("the number of agency social workers has fallen from 52 to 31", "getting from 58 agency
// social workers to 14") fixes two values of one thing: where it started and where it is now. Told again with the
// same start and another end, or referred back to later by neither value ("the 34 agency social workers still
// employed"), one of the two figures is wrong.
import { CHANGE_WORD_SOURCE, makeDiagnostic, parseCount } from './consistencyUtil';
import { Count, COUNT_SOURCE, isUnit, lemma, phraseAfter } from './counts';
import { clauseOf } from './dateTense';
import { Diagnostic } from './schema';
import { NameToken, sentenceTokens, tight } from './nameTokens';
import { ArticleText, Sentence } from './text';

export interface Change {
  /** The counted words, lemmatised ("agency social worker"). */
  phrase: string;
  /** "in care" or "in need" after them, lower-cased, or ''. */
  post: string;
  from: number;
  to: number;
  fromStart: number;
  fromEnd: number;
  toStart: number;
  toEnd: number;
  /** Where the words that tell it start and end, for the message's quote. */
  start: number;
  end: number;
  sentence: Sentence;
}

// A change told in the reference's own clause ("each of the 415 children" shares the set out, and changes nothing).
const CHANGE_HERE = new RegExp(`\\b(?:${CHANGE_WORD_SOURCE})\\b`, 'i');
// a number as counts.ts reads one, digits (with thousands separators) or words
const NUM = COUNT_SOURCE;
// Straight after the counted words (words after them would pick out a part: "children waiting more than a month"): a
// verb of change, then "from A to B" within the clause.
// ("the number of children in care has fallen": the sector's fixed "in care" and "in need" name the whole set)
const CHANGED = /^(?:[ \u00a0]+(in[ \u00a0]+(?:care|need)))?[ \u00a0]+(?:(?:has|have|had)[ \u00a0]+)?(?:\p{L}+ly[ \u00a0]+)?(?:been[ \u00a0]+)?(?:fallen|fell|falls|risen|rose|rises|dropped|drops|increased|decreased|reduced|grown|grew|gone[ \u00a0]+(?:up|down)|went[ \u00a0]+(?:up|down)|come[ \u00a0]+down|came[ \u00a0]+down|climbed|jumped|shrunk|shrank|cut)\b[^.;:!?]{0,30}?\bfrom[ \u00a0]+/iu;
// ("from 486 in March 2024 to 451 in March 2027": the time of the first figure may stand between)
const FROM_TO = new RegExp(`^${NUM}(?:[ \\u00a0]+(?:in|at|on|by)[ \\u00a0]+[^,;.\\d]{0,12}?(?:\\d{4})?)?[ \\u00a0]+to[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'iu');
// "getting from 58 agency social workers to 14": the counted words between the two figures
const FROM = new RegExp(`from[ \\u00a0]+${NUM}(?=[ \\u00a0]+\\p{L})`, 'iuy');
const TO = new RegExp(`^[ \\u00a0]+to[ \\u00a0]+${NUM}(?![\\d\\p{L}%])`, 'iu');

// A year is a time, not a count ("from 2020 to 2022"); so are the words of a length or a time ("from 22 months to 14",
// "from 412 last spring to 160").
const isYear = (n: number) => n >= 1900 && n <= 2099;
const TIME_WORDS = new Set(['last', 'this', 'next', 'spring', 'summer', 'autumn', 'winter', 'ago']);
const countsThings = (words: string[]) => !isUnit(lemma(words[words.length - 1])) && !words.some((w) => TIME_WORDS.has(w.toLowerCase()));

function change(phrase: string[], aText: string, aStart: number, b: string, bStart: number, start: number, sentence: Sentence, post = ''): Change | null {
  const from = parseCount(aText);
  const to = parseCount(b);
  if (!countsThings(phrase) || from === null || to === null || from === to || isYear(from) || isYear(to)) return null;
  return { phrase: phrase.map(lemma).join(' '), post: post.replace(/\s+/g, ' ').toLowerCase(), from, to, fromStart: aStart, fromEnd: aStart + aText.length, toStart: bStart, toEnd: bStart + b.length,
    start, end: bStart + b.length, sentence };
}

/** The token may open a number: digits, or a number word ("fifty-eight"). */
function startsNumber(t: NameToken | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 48 && c <= 57) || parseCount(t.lower.split('-')[0]) !== null;
}

/** The changes of a count the article's sentences tell. */
export function changesIn(article: ArticleText): Change[] {
  const text = article.text;
  const out: Change[] = [];
  // Read off the sentences' name tokens: only "number of" and "from" start what is read, and most sentences have
  // neither (a search of each sentence with a Unicode pattern cost 12 ms a megabyte).
  const toksOf = sentenceTokens(article);
  article.sentences.forEach((s, si) => {
    const toks = toksOf[si];
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i];
      if (w.text.length === 6 && w.lower === 'number' && toks[i + 1]?.lower === 'of' && tight(toks[i + 1].gap)) {
        const p = phraseAfter(text, toks[i + 1].end);
        const rest = p ? text.slice(p.end, s.end) : '';
        const v = p ? CHANGED.exec(rest) : null;
        const ft = v ? FROM_TO.exec(rest.slice(v[0].length)) : null;
        if (!p || !v || !ft) continue;
        const aStart = p.end + v[0].length;
        const bStart = aStart + ft[0].length - ft[2].length;
        const c = change(p.words, ft[1], aStart, ft[2], bStart, w.start, s, v[1] ?? '');
        if (c) out.push(c);
      } else if (w.text.length === 4 && w.lower === 'from' && startsNumber(toks[i + 1])) {
        FROM.lastIndex = w.start - s.start;
        const m = FROM.exec(s.text);
        if (!m) continue;
        const aStart = s.start + m.index + m[0].length - m[1].length;
        const p = phraseAfter(text, aStart + m[1].length);
        const t = p ? TO.exec(text.slice(p.end, s.end)) : null;
        if (!p || !t) continue;
        const c = change(p.words, m[1], aStart, t[1], p.end + t[0].length - t[1].length, w.start, s);
        if (c) out.push(c);
      }
    }
  });
  return out;
}

/** The words of one are all words of the other: "agency social worker" and "social worker" count one thing. */
function samePhrase(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short[short.length - 1] === long[long.length - 1] && short.every((w) => long.includes(w));
}

/**
 * Changes told twice with one end the same and the other not (at the same time, as `sameTime` says), and counts
 * referred back to ("the 34 agency social workers") after a change that gave neither value. `reported`: starts of
 * findings already made, not made again.
 */
export function findChangeConflicts(text: string, changes: Change[], counts: Count[], reported: Set<number>,
  sameTime: (a: Sentence, b: Sentence) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const quote = (c: { start: number; end: number }) => text.slice(c.start, c.end);
  for (let i = 1; i < changes.length; i++) {
    const c = changes[i];
    const o = changes.slice(0, i).find((x) => x.sentence !== c.sentence && samePhrase(x.phrase, c.phrase) && x.post === c.post && sameTime(x.sentence, c.sentence)
      && (x.from === c.from) !== (x.to === c.to));
    if (!o) continue;
    const [start, end, value, other] = o.from === c.from ? [c.toStart, c.toEnd, c.to, o.to] : [c.fromStart, c.fromEnd, c.from, o.from];
    if (reported.has(start)) continue;
    reported.add(start);
    out.push(makeDiagnostic(text, start, end, 'figure-conflict', 'warning',
      `“${quote(c)}” here, but “${quote(o)}” earlier in the article: the same change given with ${value} and ${other}.`,
      { related: [{ start: o.start, end: o.end, message: `told here: “${quote(o)}”` }] }));
  }
  for (const c of counts) {
    if (!(c.definite || c.qualified) || c.bound || reported.has(c.start)) continue;
    // (one word, "the 40 children", may name any set of them; "the council's 415 children in care" names the one counted,
    // though "in care" would pick out a part of another set)
    const before = changes.filter((x) => x.end <= c.start && x.sentence !== c.sentence && samePhrase(x.phrase, c.phrase)
      && (x.post ? c.tail.startsWith(x.post) : c.definite && c.phrase.includes(' ')));
    const last = before[before.length - 1];
    if (!last || before.some((x) => x.from === c.value || x.to === c.value)) continue;
    // the count may refer to another count of its words told in between, or its own clause may tell a change
    if (counts.some((o) => o !== c && o.start >= last.end && o.start < c.start && samePhrase(o.phrase, c.phrase) && o.tail.startsWith(last.post))) continue;
    if (CHANGE_HERE.test(clauseOf(text, c.start, c.end, c.sentence.start, c.sentence.end))) continue;
    reported.add(c.start);
    const said = text.slice(c.start, c.quoteEnd);
    out.push(makeDiagnostic(text, c.start, c.end, 'figure-conflict', 'warning',
      `“${said}” refers back to a count, but the article said “${quote(last)}”: ${c.value} is neither figure.`,
      { related: [{ start: last.toStart, end: last.toEnd, message: `the count now: ${last.to}` }] }));
  }
  return out;
}
