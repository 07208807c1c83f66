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

// Each alternative consumes at least one character and none can overlap another: linear time.
const TOKEN = /\p{L}+(?:['’]\p{L}+)*|\d+(?:st|nd|rd|th)(?!\p{L})|\d+(?:[.,:/-]\d+)*|\S/gu;

export function tokenize(text: string, offset: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const k = c >= 48 && c <= 57 ? 'n' : /\p{L}/u.test(t[0]) ? 'w' : 'p';
    out.push({ s: offset + m.index, e: offset + m.index + t.length, t, low: t.toLowerCase(), k });
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
