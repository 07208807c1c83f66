// Splits a sentence into the words the spelling check looks at, with document offsets. Unlike the
// name finders' tokens, hyphenated compounds are split into parts and parts with digits dropped.
// One linear pass over character codes: no regular expression runs over the whole text, and no
// string is cut except the words themselves.

export interface SpellToken {
  start: number;
  end: number;
  text: string;
  /** First word of a sentence or of quoted speech ("said: “We"): its capital says nothing. */
  initial: boolean;
  /** The whole hyphenated compound this word is part of, when it is part of one. */
  compound?: string;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

const LETTER = /[\p{L}\p{M}]/u;
// Verdicts of LETTER on single UTF-16 units above ASCII: 0 not asked yet, 1 letter, 2 not. A lone
// surrogate is never a letter, as the pattern says of it.
const nonAscii = new Uint8Array(0x10000);

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = nonAscii[c];
  if (v === 0) v = nonAscii[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13 || c === 0x2009 || c === 0x202f;
}

/** URLs, e-mail addresses, handles and file names are not prose. */
function isAddress(chunk: string): boolean {
  if (chunk.includes('://') || /^[("“‘']?(www\.|@)/i.test(chunk)) return true;
  const at = chunk.indexOf('@');
  if (at > 0 && chunk.indexOf('.', at) > at) return true;
  return /\w\.(com|org|net|uk|gov|ac|io|html?|php|pdf|docx?|xlsx?)\b/i.test(chunk);
}

function opensSpeech(text: string, from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    const c = text.charCodeAt(x);
    if (c === 58 || c === 0x201c || c === 34) return true;
  }
  return false;
}

/** The words of `text` (which starts at document offset `offset`). */
export function spellTokens(text: string, offset: number): SpellToken[] {
  const out: SpellToken[] = [];
  let i = 0;
  let gapStart = 0;
  const n = text.length;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let chunkEnd = i;
    // Every address has a ".", "@" or ":" in it; a chunk without one is not tested further.
    let maybeAddress = false;
    for (let c = text.charCodeAt(chunkEnd); chunkEnd < n && !isSpace(c); c = text.charCodeAt(++chunkEnd)) {
      if (c === 46 || c === 64 || c === 58) maybeAddress = true;
    }
    if (maybeAddress && isAddress(text.slice(i, chunkEnd))) {
      i = gapStart = chunkEnd;
      continue;
    }
    let j = i;
    while (j < chunkEnd) {
      if (!isWordChar(text.charCodeAt(j))) {
        j++;
        continue;
      }
      let k = j;
      while (k < chunkEnd) {
        const c = text.charCodeAt(k);
        if (!(isWordChar(c) || isApostrophe(c) || isHyphen(c))) break;
        k++;
      }
      const initial = out.length === 0 || opensSpeech(text, gapStart, j);
      pushRun(out, text, j, k, offset, initial);
      gapStart = j = k;
    }
    i = chunkEnd;
  }
  return out;
}

/** A run of letters, digits, apostrophes and hyphens: split into hyphen parts, drop parts with digits. */
function pushRun(out: SpellToken[], text: string, s: number, e: number, offset: number, initial: boolean): void {
  // A trailing apostrophe is a plural possessive ("councillors’"); a trailing hyphen a suspended compound.
  while (e > s && (isApostrophe(text.charCodeAt(e - 1)) || isHyphen(text.charCodeAt(e - 1)))) e--;
  let hyphens = 0;
  for (let x = s; x < e; x++) if (isHyphen(text.charCodeAt(x))) hyphens++;
  if (hyphens === 0) {
    // The common case, one plain word: no parts to find.
    let ps = s;
    let pe = e;
    let digits = false;
    for (let x = s; x < e; x++) if (isDigit(text.charCodeAt(x))) { digits = true; break; }
    while (ps < pe && isApostrophe(text.charCodeAt(ps))) ps++;
    while (pe > ps && isApostrophe(text.charCodeAt(pe - 1))) pe--;
    if (pe > ps && !digits) out.push({ start: offset + ps, end: offset + pe, text: text.slice(ps, pe), initial });
    return;
  }
  const compound = text.slice(s, e);
  let p = s;
  let first = true;
  while (p < e) {
    let q = p;
    let digits = false;
    while (q < e && !isHyphen(text.charCodeAt(q))) {
      if (isDigit(text.charCodeAt(q))) digits = true;
      q++;
    }
    let ps = p;
    let pe = q;
    while (ps < pe && isApostrophe(text.charCodeAt(ps))) ps++;
    while (pe > ps && isApostrophe(text.charCodeAt(pe - 1))) pe--;
    if (pe > ps && !digits) {
      out.push({ start: offset + ps, end: offset + pe, text: text.slice(ps, pe), initial: initial && first, compound });
    }
    first = false;
    p = q + 1;
  }
}
