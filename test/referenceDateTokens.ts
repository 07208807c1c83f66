// The date tokeniser as it was before the hand-tuned scanner (slice, toLowerCase and a string per
// character): the reference the fast-path property tests compare against.

export interface Tok {
  s: number;
  e: number;
  t: string;
  low: string;
  /** w: word, n: number (digits, maybe with separators or an ordinal suffix), p: punctuation. */
  k: 'w' | 'n' | 'p';
}

const NON_ASCII_LETTER = /\p{L}/u;
const MAX_OVERRUN = 64;

function isLetter(c: number, ch: string): boolean {
  const l = c | 32;
  return (l >= 97 && l <= 122) || (c >= 0xc0 && NON_ASCII_LETTER.test(ch));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12 || c === 11;
}

/**
 * Tokens of `text` (which starts at document offset `offset`) that begin between `from` and `to`.
 * A hand-written scanner: one pass, no backtracking, one object per token.
 * Words may hold inner apostrophes ("children’s"); numbers inner separators ("1,250", "07/09/2011")
 * or an ordinal suffix ("5th").
 */
export function referenceDateTokens(text: string, offset: number, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  // A token may run past `to`, but not far: no date or grade word is that long, and a window over a
  // 100,000-character number must not read all of it each time.
  const n = Math.min(text.length, to + MAX_OVERRUN);
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const s = i;
    let k: Tok['k'];
    if (isDigit(c)) {
      k = 'n';
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const suffix = text.slice(i, i + 2).toLowerCase();
      if ((suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') && !(i + 2 < n && isLetter(text.charCodeAt(i + 2), text[i + 2]))) i += 2;
      else {
        while (i + 1 < n && ',./:-'.includes(text[i]) && isDigit(text.charCodeAt(i + 1))) {
          i++;
          while (i < n && isDigit(text.charCodeAt(i))) i++;
        }
      }
    } else if (isLetter(c, text[i])) {
      k = 'w';
      i++;
      for (;;) {
        while (i < n && isLetter(text.charCodeAt(i), text[i])) i++;
        const q = text.charCodeAt(i);
        if ((q === 39 || q === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1), text[i + 1])) i++;
        else break;
      }
    } else {
      k = 'p';
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const t = text.slice(s, i);
    out.push({ s: offset + s, e: offset + i, t, low: k === 'w' ? t.toLowerCase() : t, k });
  }
  return out;
}
