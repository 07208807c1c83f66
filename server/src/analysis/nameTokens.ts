// Word tokens of one sentence with document offsets: the shared input of name, role and
// organisation finding. A possessive ("Newsam’s", "Richards’") is cut off the token and flagged,
// so a mention never includes it.
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

/** The class of the code point at `i` and its length in UTF-16 units, packed as class * 4 + length. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER * 4 + 1;
    return c >= 48 && c <= 57 ? NUMBER * 4 + 1 : 1;
  }
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
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
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let p = i + (classAt(text, i) & 3);
  for (;;) {
    while (p < n) {
      const k = classAt(text, p);
      if (k < 4) break;
      p += k & 3;
    }
    if (p >= n) return p;
    const c = text.charCodeAt(p);
    if ((c === 39 || c === 0x2019 || c === 45) && p + 1 < n && classAt(text, p + 1) >= 4) {
      p++;
      continue;
    }
    return c === 39 || c === 0x2019 ? p + 1 : p;
  }
}

// Most gaps are a single space; only others need the pattern.
const OPENER = /[“"‘:•·▪(]|^\s*['’]/;

export function tokenize(sentenceText: string, offset: number): NameToken[] {
  const out: NameToken[] = [];
  let prevEnd = 0;
  const len = sentenceText.length;
  let i = 0;
  while (i < len) {
    const k = classAt(sentenceText, i);
    if ((k >> 2 & (LETTER | NUMBER)) === 0) {
      i += k & 3;
      continue;
    }
    const index = i;
    const fullEnd = wordEnd(sentenceText, i);
    i = fullEnd;
    let text = sentenceText.slice(index, fullEnd);
    let possessive = false;
    const n = text.length;
    if (n > 3 && isApostrophe(text.charCodeAt(n - 2)) && (text[n - 1] === 's' || text[n - 1] === 'S')) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (n > 2 && isApostrophe(text.charCodeAt(n - 1))) {
      text = text.slice(0, -1);
      possessive = text.endsWith('s') || text.endsWith('S');
    }
    const gap = prevEnd === index - 1 && sentenceText.charCodeAt(prevEnd) === 32 ? ' ' : sentenceText.slice(prevEnd, index);
    prevEnd = fullEnd;
    const start = offset + index;
    const capital = isUpperStart(text);
    out.push({
      text,
      start,
      end: start + text.length,
      lower: normaliseApostrophes(text.toLowerCase()),
      capital,
      allCaps: capital && text.length >= 2 && !hasLower(text),
      possessive,
      gap,
      initial: out.length === 0 || (gap !== ' ' && OPENER.test(gap)),
    });
  }
  return out;
}

// The tokens of the last article asked about. Not a WeakMap keyed by the article: V8's young-generation
// collector keeps a WeakMap's values alive and promotes them, so every article's tokens survived to
// the next full collection (measured: scavenges of 10-17 ms instead of under 1 ms). One article is
// held at a time, and the analysis asks about one article at a time (people, then organisations).
let lastArticle: ArticleText | null = null;
let lastTokens: NameToken[][] = [];

/** Tokens of every sentence of the article, computed once and shared by people and organisations. */
export function sentenceTokens(article: ArticleText): NameToken[][] {
  if (article !== lastArticle) {
    lastTokens = article.sentences.map((s) => tokenize(s.text, s.start));
    lastArticle = article;
  }
  return lastTokens;
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
