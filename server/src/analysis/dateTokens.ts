// Words, numbers and single punctuation marks with their offsets: the date and rating matchers
// look at neighbouring tokens instead of running open-ended regexes over the text.

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
// Whether each UTF-16 unit from U+00C0 up is a letter, filled in as met: 1 yes, 2 no. The regular
// expression then runs once per distinct character, not once per character read.
const LETTER_CACHE = new Uint8Array(0x10000);

export function isLetter(c: number): boolean {
  const l = c | 32;
  if (l >= 97 && l <= 122) return true;
  if (c < 0xc0) return false;
  let v = LETTER_CACHE[c];
  if (v === 0) LETTER_CACHE[c] = v = NON_ASCII_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12 || c === 11;
}

/** "st", "nd", "rd" or "th" in either case, from the two character codes after a number. */
function isOrdinalSuffix(a: number, b: number): boolean {
  a |= 32;
  b |= 32;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/**
 * Tokens of `text` (which starts at document offset `offset`) that begin between `from` and `to`.
 * A hand-written scanner on character codes: one pass, no backtracking, one object per token.
 * Words may hold inner apostrophes ("children’s"); numbers inner separators ("1,250", "07/09/2011")
 * or an ordinal suffix ("5th"). Nothing at or after `limit` is read: tokenize(text, 0, a, b, b) gives
 * what tokenize(text.slice(a, b), a) gives, without copying the slice.
 */
export function tokenize(text: string, offset: number, from = 0, to = text.length, limit = text.length): Tok[] {
  const out: Tok[] = [];
  // A token may run past `to`, but not far: no date or grade word is that long, and a window over a
  // 100,000-character number must not read all of it each time.
  const n = Math.min(limit, to + MAX_OVERRUN);
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const s = i;
    if (c >= 48 && c <= 57) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // the suffix may be read up to `limit` (not `n`): the ordinal belongs to the number it follows
      if (i + 1 < limit && isOrdinalSuffix(text.charCodeAt(i), text.charCodeAt(i + 1)) && !(i + 2 < n && isLetter(text.charCodeAt(i + 2)))) i += 2;
      else {
        for (;;) {
          if (i + 1 >= n || !isDigit(text.charCodeAt(i + 1))) break;
          const q = text.charCodeAt(i);
          if (q !== 44 && q !== 46 && q !== 47 && q !== 58 && q !== 45) break; // , . / : -
          i += 2;
          while (i < n && isDigit(text.charCodeAt(i))) i++;
        }
      }
      const t = text.slice(s, i);
      out.push({ s: offset + s, e: offset + i, t, low: t, k: 'n' });
    } else if (isLetter(c)) {
      // most words are lower-case ASCII already, and need no lower-cased copy
      let lower = c >= 97 && c <= 122;
      i++;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d >= 97 && d <= 122) i++;
          else if (isLetter(d)) {
            lower = false;
            i++;
          } else break;
        }
        const q = text.charCodeAt(i);
        if ((q === 39 || q === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) i++;
        else break;
      }
      const t = text.slice(s, i);
      out.push({ s: offset + s, e: offset + i, t, low: lower ? t : t.toLowerCase(), k: 'w' });
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const t = text.slice(s, i > limit ? limit : i); // a high surrogate last before `limit` stands alone
      out.push({ s: offset + s, e: offset + i, t, low: t, k: 'p' });
    }
  }
  return out;
}

/** Day of month from "7", "07", "7th"; 0 if not one. */
export function dayNumber(tok: Tok | undefined): number {
  if (!tok || tok.k !== 'n') return 0;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/i.exec(tok.t);
  if (!m) return 0;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? n : 0;
}

/** A four-digit year 1900-2099 from a plain number token, else 0. */
export function yearNumber(tok: Tok | undefined): number {
  if (!tok || tok.k !== 'n' || tok.t.length !== 4 || !/^(19|20)\d\d$/.test(tok.t)) return 0;
  return Number(tok.t);
}

export function isCapitalised(tok: Tok | undefined): boolean {
  return Boolean(tok && tok.k === 'w' && tok.t[0] !== tok.low[0]);
}
