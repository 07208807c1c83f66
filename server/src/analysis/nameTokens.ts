// Word tokens of one sentence with document offsets: the shared input of name, role and
// organisation finding, and where the figure checks look for counts. A possessive ("Newsam’s",
// "Richards’") is cut off the token and flagged, so a mention never includes it.
import { ArticleText } from './text';

export interface NameToken {
  /** Surface text without a possessive ending; equals documentText.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Lowercase, curly apostrophes made straight. */
  lower: string;
  /** First character is an uppercase letter. */
  capital: boolean;
  /** Two or more letters, all uppercase ("MP", "MALCOLM"). */
  allCaps: boolean;
  /** The token carried "'s", "’s" or a trailing apostrophe. */
  possessive: boolean;
  /** Text between the previous token (or the sentence start) and this one. */
  gap: string;
  /** First word of its sentence, or of a quotation or list item inside it. */
  initial: boolean;
}

// The words are the matches of /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*['’]?/gu, found by
// hand below (wordEnd): each repetition starts with an apostrophe or hyphen, so a match never needs
// to back up more than the one character after a separator.
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export function normaliseApostrophes(s: string): string {
  return s.includes('’') || s.includes('‘') ? s.replace(/[’‘]/g, "'") : s;
}

function isUpperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}

function hasLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return HAS_LOWER.test(text);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

// Character classes of code points: bit 1 a letter (\p{L}), 2 a mark (\p{M}), 4 a number (\p{N}).
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const classOfCodePoint = (cp: number): number => {
  const ch = String.fromCodePoint(cp);
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
};
// Filled as met: bit 8 says "known".
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

/**
 * The class of the code point at `i` and its length in UTF-16 units, packed as class * 4 + length.
 * Nothing at or after `n` is read (a surrogate pair split there is two code points).
 */
function classAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER * 4 + 1;
    return c >= 48 && c <= 57 ? NUMBER * 4 + 1 : 1;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astralClass.get(cp);
      if (k === undefined) astralClass.set(cp, (k = classOfCodePoint(cp)));
      return k * 4 + 2;
    }
  }
  let k = bmpClass[c];
  if (k === 0) bmpClass[c] = k = classOfCodePoint(c) | 8;
  return (k & 7) * 4 + 1;
}

/** End of the word starting at `i` (whose first code point is a letter or number). */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The code point at `i` is a letter or number, or (`marks`) a mark; ASCII answered at once. */
function wordCharAt(text: string, i: number, n: number, marks: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordChar(c);
  const k = classAt(text, i, n) >> 2;
  return (k & (marks ? LETTER | MARK | NUMBER : LETTER | NUMBER)) !== 0;
}

// What wordEnd saw of the word it measured: ASCII capitals and small letters, and the first non-ASCII
// code unit (-1: none). The tokeniser reads these instead of going over the word's characters again.
let wordUpper = 0;
let wordLower = 0;
let wordFirstNonAscii = -1;
// The first straight apostrophe in it (-1: none).
let wordFirstQuote = -1;

/** End of the word starting at `i` (whose first code point is a letter or number), reading nothing from `n` on. */
function wordEnd(text: string, i: number, n: number): number {
  let upper = 0;
  let lower = 0;
  let nonAscii = -1;
  let quote = -1;
  const c0 = text.charCodeAt(i);
  if (c0 >= 128) nonAscii = i;
  else if (c0 >= 65 && c0 <= 90) upper++;
  else if (c0 >= 97) lower++;
  let p = i + (classAt(text, i, n) & 3);
  let end: number;
  for (;;) {
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c < 128) {
        if (c >= 97 && c <= 122) lower++;
        else if (c >= 65 && c <= 90) upper++;
        else if (c < 48 || c > 57) break;
        p++;
        continue;
      }
      const k = classAt(text, p, n);
      if (k < 4) break;
      if (nonAscii < 0) nonAscii = p;
      p += k & 3;
    }
    if (p >= n) {
      end = p;
      break;
    }
    const c = text.charCodeAt(p);
    const apostrophe = c === 39 || c === 0x2019;
    if (c === 0x2019 && nonAscii < 0) nonAscii = p;
    if (c === 39 && quote < 0) quote = p;
    if ((apostrophe || c === 45) && p + 1 < n && wordCharAt(text, p + 1, n, true)) {
      p++;
      continue;
    }
    end = apostrophe ? p + 1 : p;
    break;
  }
  wordUpper = upper;
  wordLower = lower;
  wordFirstNonAscii = nonAscii;
  wordFirstQuote = quote;
  return end;
}

// JavaScript's \s.
function isJsSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A gap that opens a quotation or list item: /[“"‘:•·▪(]|^\s*['’]/ tested without the pattern. */
function opens(gap: string): boolean {
  let leading = true;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 0x201c || c === 34 || c === 0x2018 || c === 58 || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 40) return true;
    if (leading) {
      if ((c === 39 || c === 0x2019)) return true;
      if (!isJsSpace(c)) leading = false;
    }
  }
  return false;
}

// A token whose lower-case form is made when first asked for: a word with capitals is cut out of
// two-byte text (text with curly quotes) as a two-byte string, and lower-casing those at once cost
// a third of the tokeniser's time; a lower-case ASCII word is its own lower-case form.
class Token implements NameToken {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly gap: string,
    /** CAPITAL, ALL_CAPS, POSSESSIVE, INITIAL, PLAIN and INNER_CAPITAL bits: one field, on 160,000 tokens a megabyte. */
    readonly flags: number,
    private lowerForm: string | undefined,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  get lower(): string {
    if (this.lowerForm === undefined) this.lowerForm = normaliseApostrophes(this.text.toLowerCase());
    return this.lowerForm;
  }

  get capital(): boolean {
    return (this.flags & CAPITAL) !== 0;
  }

  get allCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }

  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }

  get initial(): boolean {
    return (this.flags & INITIAL) !== 0;
  }
}

const CAPITAL = 1;
const ALL_CAPS = 2;
const POSSESSIVE = 4;
const INITIAL = 8;
const PLAIN = 16;
const INNER_CAPITAL = 32;

/** The token's text is ASCII letters, digits and hyphens only (no apostrophe, nothing non-ASCII). */
export function isPlainAscii(t: NameToken): boolean {
  return t instanceof Token ? (t.flags & PLAIN) !== 0 : /^[A-Za-z0-9-]*$/.test(t.text);
}

/** Where a search of one sentence's tokens goes on from: a sentence offset and a token index. */
export interface TokenCursor {
  from: number;
  i: number;
}

/** A plain token (see isPlainAscii) has a capital after its first character ("McDonald", "iPhone", "MP"). */
export function hasInnerCapital(t: NameToken): boolean {
  return t instanceof Token ? (t.flags & INNER_CAPITAL) !== 0 : /[A-Z]/.test(t.text.slice(1));
}

/**
 * Tokens of the sentence `sentenceText.slice(from, to)`, whose first character is at document offset
 * `offset + from`; nothing outside it is read, so tokenize(text, 0, a, b) gives what
 * tokenize(text.slice(a, b), a) gives without the slice: characters read from a V8 sliced string go
 * through its parent, and the tokeniser ran 15-20% slower on the sentences' own strings.
 */
export function tokenize(sentenceText: string, offset: number, from = 0, to = sentenceText.length): NameToken[] {
  // `new Array()`, not `[]`: V8 pretenures an array literal whose arrays outlive a few scavenges (as when an
  // article's tokens are kept, in a memo or the benchmark's inputs), and every token pushed into an array in
  // the old generation then survives the scavenges until the next full collection. The Array constructor
  // carries no such allocation site.
  const out: NameToken[] = new Array();
  let prevEnd = from;
  const len = to;
  let i = from;
  while (i < len) {
    const c0 = sentenceText.charCodeAt(i);
    if (c0 < 128) {
      if (!isAsciiWordChar(c0)) {
        i++;
        continue;
      }
    } else {
      const k = classAt(sentenceText, i, len);
      if (((k >> 2) & (LETTER | NUMBER)) === 0) {
        i += k & 3;
        continue;
      }
    }
    const index = i;
    const fullEnd = wordEnd(sentenceText, i, len);
    i = fullEnd;
    // A possessive "'s" or trailing apostrophe is cut off before the word is cut out.
    let e = fullEnd;
    let possessive = false;
    const n = fullEnd - index;
    if (n > 3 && isApostrophe(sentenceText.charCodeAt(e - 2)) && (sentenceText.charCodeAt(e - 1) | 32) === 115) {
      e -= 2;
      possessive = true;
    } else if (n > 2 && isApostrophe(sentenceText.charCodeAt(e - 1))) {
      e -= 1;
      possessive = (sentenceText.charCodeAt(e - 1) | 32) === 115;
    }
    const text = sentenceText.slice(index, e);
    const gap = prevEnd === index - 1 && sentenceText.charCodeAt(prevEnd) === 32 ? ' ' : sentenceText.slice(prevEnd, index);
    prevEnd = fullEnd;
    const start = offset + index;
    // wordEnd's counts cover the whole word: a possessive "s" cut off is taken back out of them.
    let upper = wordUpper;
    let lowerCase = wordLower;
    for (let x = e; x < fullEnd; x++) {
      const c = sentenceText.charCodeAt(x);
      if (c === 115) lowerCase--;
      else if (c === 83) upper--;
    }
    const ascii = wordFirstNonAscii < 0 || wordFirstNonAscii >= e;
    let capital: boolean;
    let allCaps: boolean;
    if (ascii) {
      capital = c0 >= 65 && c0 <= 90;
      allCaps = capital && text.length >= 2 && lowerCase === 0;
    } else {
      capital = isUpperStart(text);
      allCaps = capital && text.length >= 2 && !hasLower(text);
    }
    const initial = out.length === 0 || (gap !== ' ' && opens(gap));
    const plain = ascii && (wordFirstQuote < 0 || wordFirstQuote >= e);
    const innerCapital = plain && upper > (capital ? 1 : 0);
    const flags = (capital ? CAPITAL : 0) | (allCaps ? ALL_CAPS : 0) | (possessive ? POSSESSIVE : 0) | (initial ? INITIAL : 0) |
      (plain ? PLAIN : 0) | (innerCapital ? INNER_CAPITAL : 0);
    out.push(new Token(text, start, gap, flags, ascii && upper === 0 ? text : undefined));
  }
  return out;
}

// The tokens are kept on the article object itself, under a symbol no one else knows, not enumerable
// (JSON and deep comparisons do not see it), so they live exactly as long as the article. Not a
// WeakMap keyed by the article: V8's young-generation collector kept a WeakMap's values alive and
// promoted them, so every article's tokens survived to the next full collection (measured:
// scavenges of 10-17 ms instead of under 1 ms).
const TOKENS = Symbol('nameTokens');

/** Tokens of every sentence of the article, computed once and shared by people and organisations. */
export function sentenceTokens(article: ArticleText): NameToken[][] {
  const held = (article as { [TOKENS]?: NameToken[][] })[TOKENS];
  if (held) return held;
  const toks = article.sentences.map((s) => tokenize(article.text, 0, s.start, s.end));
  if (Object.isExtensible(article)) Object.defineProperty(article, TOKENS, { value: toks, enumerable: false, configurable: true, writable: true });
  return toks;
}

/** The gap holds only spaces (including no-break spaces): the two tokens belong to one phrase. */
export function tight(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return gap.length > 0;
}

/** "ALLCAPS" → "Allcaps", for a news-style capitalised first word ("MALCOLM Newsam"). */
export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
