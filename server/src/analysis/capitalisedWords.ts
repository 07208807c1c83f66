// Capitalised words found fast: where one can start (a capital letter) before the pattern is tried, and,
// in a sentence already split into name tokens, off the tokens themselves. The near-miss name check reads
// every capitalised word of an article through these.
import { CandidateSearch } from './candidateSearch';
import { hasInnerCapital, isPlainAscii, NameToken, TokenCursor } from './nameTokens';
import { Sentence } from './text';

// A capitalised word, tried only where one can start (see nextCapitalised), from that exact position.
const CAPITALISED_AT = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/uy;

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

/** The span of the last match found; reused from call to call (read it before the next call). */
const match = { start: 0, end: 0 };

// Where CAPITALISED_AT may start: an ASCII capital, or any non-ASCII code unit except the second
// half of a surrogate pair.
const capitalStarts = new CandidateSearch(/[A-Z\u0080-\udbff\ue000-\uffff]|(?<![\ud800-\udbff])[\udc00-\udfff]/g);

/**
 * The first match of CAPITALISED_AT at or after `from` (start and end in `s`), as a global search
 * with the same pattern finds it. An ASCII word is matched by hand; wherever a non-ASCII character
 * could take part (a letter such as "é" continuing the word), the pattern itself decides. It is
 * never tried at the second half of a surrogate pair (a search by code points never starts there).
 * Characters are read from `chars` at `offset` (the sentence inside the article's flat text, where
 * the character before a sentence is always white space).
 */
export function nextCapitalised(s: string, from: number, chars = s, offset = 0): { start: number; end: number } | null {
  const n = s.length;
  for (let p = from; p < n; p++) {
    p = capitalStarts.next(chars, offset + p) - offset;
    if (p >= n) return null;
    if (chars.charCodeAt(offset + p) < 128) {
      const end = asciiCapitalised(chars, offset, p, n);
      if (end === 0) continue;
      if (end > 0) {
        match.start = p;
        match.end = end;
        return match;
      }
    }
    CAPITALISED_AT.lastIndex = p;
    const m = CAPITALISED_AT.exec(s);
    if (m) {
      match.start = p;
      match.end = p + m[0].length;
      return match;
    }
  }
  return null;
}

/**
 * At an ASCII capital at p: the end of the match there, 0 for no match, or -1 when a non-ASCII
 * character next to the word leaves it to the pattern.
 */
function asciiCapitalised(chars: string, offset: number, p: number, n: number): number {
  const at = (i: number) => chars.charCodeAt(offset + i);
  let q = p + 1;
  while (q < n && isAsciiLower(at(q))) q++;
  if (q < n && at(q) >= 128) return -1;
  if (q === p + 1) return 0;
  if (q + 1 < n && at(q) === 45) {
    const c = at(q + 1);
    if (c >= 128) return -1;
    if (isAsciiUpper(c)) {
      let r = q + 2;
      while (r < n && isAsciiLower(at(r))) r++;
      if (r < n && at(r) >= 128) return -1;
      if (r > q + 2) return r;
    }
  }
  return q;
}

/**
 * The next match of CAPITALISED_AT in sentence `s` at or after `at.from`, as nextCapitalised finds
 * it, read off the sentence's name tokens from token `at.i` on (`at.i` is moved past the tokens
 * read). A match starts at a capital letter, which is always inside a token; in a plain token (ASCII
 * letters, digits and hyphens) without a capital after its first character it can start only where
 * the token does. From any other token nextCapitalised scans the characters.
 */
export function nextCapitalisedIn(s: Sentence, toks: NameToken[], text: string, at: TokenCursor): { start: number; end: number } | null {
  const from = at.from;
  for (let i = at.i; i < toks.length; i++) {
    const t = toks[i];
    const p = t.start - s.start;
    if (!isPlainAscii(t) || hasInnerCapital(t)) {
      if (t.end - s.start <= from) continue;
      at.i = i;
      // the next match anywhere after this point, or none in the rest of the sentence
      return nextCapitalised(s.text, Math.max(p, from), text, s.start);
    }
    if (p < from || !t.capital) continue;
    // The match is the capital and the small letters after it: the token holds no capital to join
    // with a hyphen, and a letter after the token would have been part of it.
    const w = t.text;
    let q = 1;
    while (q < w.length && isAsciiLower(w.charCodeAt(q))) q++;
    if (q > 1) {
      at.i = i + 1;
      match.start = p;
      match.end = p + q;
      return match;
    }
  }
  at.i = toks.length;
  return null;
}
