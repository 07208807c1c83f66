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

// Each repetition starts with an apostrophe or hyphen, so the pattern cannot backtrack badly.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*['’]?/gu;
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

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

// Most gaps are a single space; only others need the pattern.
const OPENER = /[“"‘:•·▪(]|^\s*['’]/;

export function tokenize(sentenceText: string, offset: number): NameToken[] {
  const out: NameToken[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentenceText); m; m = WORD.exec(sentenceText)) {
    let text = m[0];
    let possessive = false;
    const fullEnd = m.index + text.length;
    const n = text.length;
    if (n > 3 && isApostrophe(text.charCodeAt(n - 2)) && (text[n - 1] === 's' || text[n - 1] === 'S')) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (n > 2 && isApostrophe(text.charCodeAt(n - 1))) {
      text = text.slice(0, -1);
      possessive = text.endsWith('s') || text.endsWith('S');
    }
    const gap = prevEnd === m.index - 1 && sentenceText.charCodeAt(prevEnd) === 32 ? ' ' : sentenceText.slice(prevEnd, m.index);
    prevEnd = fullEnd;
    const start = offset + m.index;
    const capital = isUpperStart(text);
    out.push({
      text,
      start,
      end: start + text.length,
      lower: normaliseApostrophes(text.toLowerCase()),
      capital,
      allCaps: capital && text.length >= 2 && !HAS_LOWER.test(text),
      possessive,
      gap,
      initial: out.length === 0 || (gap !== ' ' && OPENER.test(gap)),
    });
  }
  return out;
}

const cache = new WeakMap<ArticleText, NameToken[][]>();

/** Tokens of every sentence of the article, computed once and shared by people and organisations. */
export function sentenceTokens(article: ArticleText): NameToken[][] {
  let toks = cache.get(article);
  if (!toks) {
    toks = article.sentences.map((s) => tokenize(s.text, s.start));
    cache.set(article, toks);
  }
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
