// Counts in an article's sentences, as figure conflicts compare them: a number in digits or words, what it counts
// (the noun phrase after it, lemmatised), and how the text refers to it ("the twelve actions", "four of them",
// "139 of the 221 children"). Read off the name tokens the people were found on, so a sentence is cut into words once.
import { CHANGE_WORD_SOURCE, NUMBER_WORD_SOURCE, parseCount } from './consistencyUtil';
import { isPlainAscii, NameToken, sentenceTokens, TokenCursor } from './nameTokens';
import { ArticleText, Sentence } from './text';

// ("2,316 children": a count written with a thousands separator)
export const COUNT_SOURCE = `(\\d{1,3}(?:,\\d{3})+|\\d{1,7}|${NUMBER_WORD_SOURCE})`;
const NUM = COUNT_SOURCE;
// Tried only where a count can start (see nextNumber), from that exact position.
const NUMBER_AT = new RegExp(`(?<![\\d.,£$€\\p{L}-])${NUM}(?![\\d\\p{L}%]|[.,]\\d)`, 'iuy');
// Number words by length and first letter, so most words are turned away without cutting them out.
// Filled to its full length first: an array written at a few scattered indices becomes a slow
// dictionary-mode array, and it is read once per word of the article.
const NUMBER_WORDS: (string[] | null)[] = new Array<string[] | null>(10 * 128).fill(null);
for (const w of new Set(NUMBER_WORD_SOURCE.split(/[^a-z]+/).filter((x) => x.length > 2))) {
  (NUMBER_WORDS[w.length * 128 + w.charCodeAt(0)] ??= []).push(w);
}

/** The first letters of the number words, by character code. */
const NUMBER_FIRST = new Uint8Array(128);
for (const w of NUMBER_WORD_SOURCE.split(/[^a-z]+/)) if (w) NUMBER_FIRST[w.charCodeAt(0)] = 1;

/** s[p, q) is a number word, in any mix of cases (ASCII letters only, as the caller checked). */
function isNumberWord(s: string, p: number, q: number): boolean {
  if (q - p > 9) return false;
  const words = NUMBER_WORDS[(q - p) * 128 + (s.charCodeAt(p) | 32)];
  if (!words) return false;
  outer: for (const w of words) {
    for (let k = 1; k < w.length; k++) if ((s.charCodeAt(p + k) | 32) !== w.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}
const FRACTION_TAIL_SOURCE = `[ \\u00a0]+(?:out[ \\u00a0]+)?of[ \\u00a0]+(?:the[ \\u00a0]+)?${NUM}(?![\\d\\p{L}%])`;
const FRACTION_TAIL = new RegExp(`^${FRACTION_TAIL_SOURCE}`, 'iu');
const FRACTION_TAIL_AT = new RegExp(FRACTION_TAIL_SOURCE, 'iuy');
const WORD = /^[ \u00a0]+([a-z][a-z'’]*(?:-[a-z]+)*)/;
const WORD_AT = /[ \u00a0]+([a-z][a-z'’]*(?:-[a-z]+)*)/y;
// Both patterns look at most this far; a match that reaches it is taken again from a cut of that length.
const LOOK = 40;

/** `sticky` at `at` in the text, as `anchored` would match text.slice(at, at + LOOK), without cutting the text each time. */
function matchAt(text: string, at: number, sticky: RegExp, anchored: RegExp): RegExpExecArray | null {
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  if (!m || m[0].length < LOOK - 1) return m;
  return anchored.exec(text.slice(at, at + LOOK));
}
const STOP = new Set(('a an the of in on at to for from by with and or but as is are was were be been being has have had ' +
  'who which that this these those it its their there here out per than more less over under into about between across ' +
  'will would could should may might must can do does did not no so also all each every other such were within without ' +
  'since until after before during through when while because if aged').split(' '));
// Quantities that are not counts of things, and words that never head a counted noun phrase.
const UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'time', 'decade', 'century', 'percent', 'cent', 'per',
  'pound', 'penny', 'pence', 'mile', 'metre', 'meter', 'kilometre', 'km', 'am', 'pm', 'million', 'billion', 'thousand', 'hundred', 'm',
  'bn', 'k', 'st', 'nd', 'rd', 'th']);
/** One of the units, optionally with an "s". */
export const isUnit = (w: string) => UNITS.has(w) || (w.endsWith('s') && UNITS.has(w.slice(0, -1)));

export const CHANGE = new RegExp(`\\b(?:${CHANGE_WORD_SOURCE}|each|every|average|per|improv\\w*)\\b`, 'i');

export function lemma(w: string): string {
  const x = w.toLowerCase().replace(/’/g, "'");
  if (x === 'children') return 'child';
  if (x === 'people') return 'person';
  if (x === 'women') return 'woman';
  if (x === 'men') return 'man';
  if (/[^aeiou]ies$/.test(x)) return x.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(x)) return x;
  if (/(?:ches|shes|sses|xes)$/.test(x)) return x.slice(0, -2);
  return x.endsWith('s') ? x.slice(0, -1) : x;
}

export interface Count {
  key: string;
  value: number;
  start: number;
  end: number;
  /** Where the counted phrase ends: the quote in a message is text[start, quoteEnd). */
  quoteEnd: number;
  total: number | null;
  frac: boolean;
  /** Its sentence: two values in one sentence are a comparison, not a slip. */
  sentence: Sentence;
  /** The counted words, lemmatised ("new fostering household"). */
  phrase: string;
  /** The counted noun, lemmatised ("household"). */
  head: string;
  /** Referred back to: "the twelve actions in the plan", not qualified by what follows ("the 12 cases where ..."). */
  definite: boolean;
  /** After "the" but qualified by what follows ("the five areas for improvement"): a reference only if an earlier
   *  count of its words goes on the same way ("six areas for improvement"). */
  qualified: boolean;
  /** The two words after the counted phrase, lower-cased. */
  tail: string;
  /** A bound referred back to: "the more than 430 children in its care" ('more'), "the almost 40 carers" ('almost'). */
  bound: string | null;
  /** Where the bound's words start ("more than 430"), else the count's start. */
  boundStart: number;
}

// After a count: "four of them", a part of the count before it.
const OF_THEM = /^[ \u00a0]+of[ \u00a0]+them\b/i;
// Before a count: a bound on a set already counted ("the more than 430 children").
const BOUND_BEFORE = /\b(?:the|its|their)[ \u00a0]+(more|over|almost|nearly|fewer|less|under)(?:[ \u00a0]+than)?[ \u00a0]+$/i;
// The two words after the counted phrase.
const TAIL = /^(?:[ \u00a0]+[\p{L}'’-]+){1,2}/u;
// Before a count: it names a set the article has already counted.
// ("the agency's 78 households", "its 12 homes": an owner's set, named as known)
const DEFINITE_BEFORE = /(?:\b(?:the|these|those|all|its|their|our)|\p{L}['’]s)[ \u00a0]+$/iu;
// After the counted words: the count is of a part picked out there ("the 12 cases where", "the 3 homes in which").
const QUALIFIED = /^[ \u00a0]*(?:where|which|that|who|whose|with|without|involving|for|of|on|at|from|in[ \u00a0]+(?!the\b|its\b|their\b))/i;

/** The counted noun phrase after a number: modifiers and head noun, stopping at a function word. */
export function phraseAfter(text: string, from: number): { words: string[]; end: number; next: string } | null {
  const words: string[] = [];
  let at = from;
  let next = '';
  for (let i = 0; i < 5; i++) {
    const m = matchAt(text, at, WORD_AT, WORD);
    if (!m) break;
    // a past form after the noun starts the clause ("social workers resigned", "recruited since ..."), and so does a
    // participle after a plural ("children living at ...", but "new fostering households")
    const w = m[1];
    const afterPlural = words.length > 0 && lemma(words[words.length - 1]) !== words[words.length - 1].toLowerCase();
    // and a word after a plural that is no plural itself is its verb ("households look after", "actions provide"), where
    // a plural may stand before another ("children's services departments")
    if (STOP.has(w.toLowerCase()) || (words.length > 0 && (/[a-z]{3}ed$/.test(w) || (afterPlural && (/[a-z]{3}ing$/.test(w) || lemma(w) === w.toLowerCase()))))) {
      next = w.toLowerCase();
      break;
    }
    words.push(w);
    at += m[0].length;
  }
  if (!words.length || words.length > 4) return null;
  return { words, end: at, next };
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The first match of NUMBER_AT at or after `from`: what a global search with the same pattern finds,
 * without trying the pattern at every character. It cannot match after a letter or digit, nor at an
 * ASCII word that is not a number word; anything else (digits, non-ASCII) is left to the pattern.
 */
export function nextNumber(s: string, from: number, chars = s, offset = 0): RegExpExecArray | null {
  // Characters are read from `chars` at `offset` (the sentence inside the article's flat text), the
  // pattern runs on `s` itself.
  const n = s.length;
  let prev = from > 0 ? chars.charCodeAt(offset + from - 1) : 32;
  for (let p = from; p < n; p++) {
    const c = chars.charCodeAt(offset + p);
    // After a letter or digit the pattern cannot start; nor at the second half of a surrogate pair
    // (a search by code points never starts there).
    if (isAsciiLetter(prev) || isDigit(prev) || (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff)) {
      prev = c;
      continue;
    }
    if (isAsciiLetter(c)) {
      let q = p + 1;
      while (q < n && isAsciiLetter(chars.charCodeAt(offset + q))) q++;
      if (!isNumberWord(chars, offset + p, offset + q)) {
        // The rest of the word follows a letter: skipped whole.
        p = q - 1;
        prev = chars.charCodeAt(offset + p);
        continue;
      }
    } else if (c < 128 && !isDigit(c)) {
      prev = c;
      continue;
    }
    NUMBER_AT.lastIndex = p;
    const m = NUMBER_AT.exec(s);
    if (m) return m;
    prev = c;
  }
  return null;
}

/** A plain token's text (see isPlainAscii) may start a count: a digit, or a number word before any digit or hyphen. */
function mayStartCount(t: string): boolean {
  const c = t.charCodeAt(0);
  if (isDigit(c)) return true;
  // most words are turned away by their first letter, before their letters are read
  if (c >= 128 || !NUMBER_FIRST[c | 32]) return false;
  let q = 1;
  while (q < t.length && q <= 9 && isAsciiLetter(t.charCodeAt(q))) q++;
  return isNumberWord(t, 0, q);
}

/**
 * The next match of NUMBER_AT in sentence `s` at or after `at.from`, as nextNumber finds it, read off
 * the sentence's name tokens from token `at.i` on (`at.i` is moved past the tokens read). In a token
 * of ASCII letters, digits and hyphens a count can start only where the token does, since NUMBER_AT
 * refuses a letter, digit or hyphen before it, and outside tokens there is no digit or letter to
 * start one: so only a plain token's first word is looked at, and from any other token (an
 * apostrophe, a mark, a non-ASCII letter) nextNumber scans the characters.
 */
export function nextCount(s: Sentence, toks: NameToken[], text: string, at: TokenCursor): RegExpExecArray | null {
  const from = at.from;
  for (let i = at.i; i < toks.length; i++) {
    const t = toks[i];
    const p = t.start - s.start;
    if (!isPlainAscii(t)) {
      if (t.end - s.start <= from) continue;
      at.i = i;
      // the next count anywhere after this point, or none in the rest of the sentence
      return nextNumber(s.text, Math.max(p, from), text, s.start);
    }
    if (p < from || !mayStartCount(t.text)) continue;
    NUMBER_AT.lastIndex = p;
    const m = NUMBER_AT.exec(s.text);
    if (m) {
      at.i = i + 1;
      return m;
    }
  }
  at.i = toks.length;
  return null;
}

/** The counts of every sentence, found on the name tokens the people were found on (see nextCount). */
export function countsIn(article: ArticleText): Count[] {
  const out: Count[] = [];
  const text = article.text;
  const toksOf = sentenceTokens(article);
  article.sentences.forEach((s, si) => {
    const toks = toksOf[si];
    const at: TokenCursor = { from: 0, i: 0 };
    let last: Count | null = null;
    for (;;) {
      const m = nextCount(s, toks, text, at);
      if (!m) return;
      at.from = m.index + m[0].length;
      const value = parseCount(m[1]);
      if (value === null || m[1].toLowerCase() === 'one' || (value >= 1900 && value <= 2099)) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      const frac = matchAt(text, end, FRACTION_TAIL_AT, FRACTION_TAIL);
      const total = frac ? parseCount(frac[1]) : null;
      const p = phraseAfter(text, frac ? end + frac[0].length : end);
      if (!p) {
        // "nine new fostering households ..., and for four of them": a part of the count before it
        const part = last && !frac ? OF_THEM.exec(text.slice(end, end + 12)) : null;
        if (part && last) out.push({ ...last, key: `part|${last.key}`, phrase: `part|${last.phrase}`, value, start, end, quoteEnd: end + part[0].length, definite: false });
        continue;
      }
      const head = lemma(p.words[p.words.length - 1]);
      if (isUnit(head)) continue;
      // ages ("16-year-olds", "aged 15 years old"), not counts; "households" holds "old" too
      if (p.words.some((w) => /year|^olds?$/i.test(w))) continue;
      const phrase = p.words.map(lemma).join(' ');
      const key = frac ? `frac|${head}|${total}` : `count|${phrase}${p.words.length === 1 ? `|${p.next}` : ''}`;
      const near = frac ? null : BOUND_BEFORE.exec(text.slice(Math.max(s.start, start - 20), start));
      const bound = near ? near[1].toLowerCase() : null;
      const boundStart = near ? start - near[0].length + near[0].indexOf(near[1]) : start;
      const the = !frac && (bound !== null || DEFINITE_BEFORE.test(text.slice(Math.max(s.start, start - 8), start)));
      const tail = frac ? '' : TAIL.exec(text.slice(p.end, p.end + 30))?.[0].trim().toLowerCase() ?? '';
      const qualified = QUALIFIED.test(text.slice(p.end, p.end + 12));
      last = { key, value, start, end, quoteEnd: p.end, total, frac: Boolean(frac), sentence: s, phrase, head, definite: the && !qualified, qualified: the && qualified, tail, bound, boundStart };
      out.push(last);
      // "139 of the 221 children in its care": the total after "of the" refers back to a count, as "the 221 children"
      // would (keyed apart, so that only the references check reads it)
      if (frac && total !== null && /\bthe[ \u00a0]/i.test(frac[0])) {
        const totalStart = end + frac[0].length - frac[1].length;
        out.push({ ...last, key: `total|${phrase}`, value: total, start: totalStart, end: end + frac[0].length, total: null, frac: false,
          definite: !qualified, qualified, boundStart: totalStart });
      }
      if (frac) at.from = m.index + m[0].length + frac[0].length;
    }
  });
  return out;
}

