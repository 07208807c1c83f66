// The tokenisers as they were first written (regular expressions, string per character), kept as
// the reference the fast versions are tested against: same tokens for any text.
import { NameToken, normaliseApostrophes } from '../server/src/analysis/nameTokens';
import { SpellToken } from '../server/src/analysis/spellingTokens';

// The name tokeniser as it was written with a regular expression: the reference for the hand-written one.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*['’]?/gu;
export function referenceNameTokens(sentenceText: string, offset: number): NameToken[] {
  const out: NameToken[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentenceText); m; m = WORD.exec(sentenceText)) {
    let text = m[0];
    let possessive = false;
    const fullEnd = m.index + text.length;
    const n = text.length;
    const apostrophe = (c: number) => c === 39 || c === 0x2019;
    if (n > 3 && apostrophe(text.charCodeAt(n - 2)) && (text[n - 1] === 's' || text[n - 1] === 'S')) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (n > 2 && apostrophe(text.charCodeAt(n - 1))) {
      text = text.slice(0, -1);
      possessive = text.endsWith('s') || text.endsWith('S');
    }
    const gap = sentenceText.slice(prevEnd, m.index);
    prevEnd = fullEnd;
    const start = offset + m.index;
    const capital = /^\p{Lu}/u.test(text);
    out.push({
      text, start, end: start + text.length, lower: normaliseApostrophes(text.toLowerCase()), capital,
      allCaps: capital && text.length >= 2 && !/\p{Ll}/u.test(text), possessive, gap,
      initial: out.length === 0 || /[“"‘:•·▪(]|^\s*['’]/.test(gap),
    });
  }
  return out;
}


function isApostrophe(c: string): boolean {
  return c === "'" || c === '\u2019' || c === '\u2018';
}

function isHyphen(c: string): boolean {
  return c === '-' || c === '\u2010' || c === '\u2011';
}
const LETTER = /[\p{L}\p{M}]/u;

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
}

function isDigit(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\n' || c === '\r' || c === '\u2009' || c === '\u202f';
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
    const c = text[x];
    if (c === ':' || c === '“' || c === '"') return true;
  }
  return false;
}

/** The words of `text` (which starts at document offset `offset`). */
export function referenceSpellTokens(text: string, offset: number): SpellToken[] {
  const out: SpellToken[] = [];
  let i = 0;
  let gapStart = 0;
  const n = text.length;
  while (i < n) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    let chunkEnd = i;
    while (chunkEnd < n && !isSpace(text[chunkEnd])) chunkEnd++;
    if (isAddress(text.slice(i, chunkEnd))) {
      i = gapStart = chunkEnd;
      continue;
    }
    let j = i;
    while (j < chunkEnd) {
      if (!isLetter(text[j]) && !isDigit(text[j])) {
        j++;
        continue;
      }
      let k = j;
      while (k < chunkEnd && (isLetter(text[k]) || isDigit(text[k]) || isApostrophe(text[k]) || isHyphen(text[k]))) k++;
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
  while (e > s && (isApostrophe(text[e - 1]) || isHyphen(text[e - 1]))) e--;
  let hyphens = 0;
  for (let x = s; x < e; x++) if (isHyphen(text[x])) hyphens++;
  const compound = hyphens > 0 ? text.slice(s, e) : undefined;
  let p = s;
  let first = true;
  while (p < e) {
    let q = p;
    let digits = false;
    while (q < e && !isHyphen(text[q])) {
      if (isDigit(text[q])) digits = true;
      q++;
    }
    let ps = p;
    let pe = q;
    while (ps < pe && isApostrophe(text[ps])) ps++;
    while (pe > ps && isApostrophe(text[pe - 1])) pe--;
    if (pe > ps && !digits) {
      const token: SpellToken = { start: offset + ps, end: offset + pe, text: text.slice(ps, pe), initial: initial && first };
      if (compound !== undefined) token.compound = compound;
      out.push(token);
    }
    first = false;
    p = q + 1;
  }
}
