// Splits a sentence into the words the spelling check looks at, with document offsets. Unlike the
// name finders' tokens, hyphenated compounds are split into parts and parts with digits dropped.
// One linear pass over character codes; the words go into flat typed arrays (SpellTokenBuffer), each
// with a hash of its characters, so the common case (a word already known to be in the dictionary)
// is recognised without cutting the word out of the text or making an object for it.

export interface SpellToken {
  start: number;
  end: number;
  text: string;
  /** First word of a sentence or of quoted speech ("said: “We"): its capital says nothing. */
  initial: boolean;
  /** The whole hyphenated compound this word is part of, when it is part of one. */
  compound?: string;
}

/** Words of one or more sentences as parallel arrays: document offsets, flags and hashes. */
export class SpellTokenBuffer {
  length = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** 1 when the word is initial (see SpellToken.initial). */
  initial = new Uint8Array(256);
  /** The hyphenated compound around the word, or -1. */
  compoundStart = new Int32Array(256);
  compoundEnd = new Int32Array(256);
  /** hashRange of the word's characters. */
  hash = new Int32Array(256);

  push(start: number, end: number, initial: boolean, compoundStart: number, compoundEnd: number, hash: number): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.initial[i] = initial ? 1 : 0;
    this.compoundStart[i] = compoundStart;
    this.compoundEnd[i] = compoundEnd;
    this.hash[i] = hash;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.start = more(this.start);
    this.end = more(this.end);
    this.initial = more(this.initial);
    this.compoundStart = more(this.compoundStart);
    this.compoundEnd = more(this.compoundEnd);
    this.hash = more(this.hash);
  }
}

/** FNV-1a over UTF-16 code units of text[s, e). */
export function hashRange(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let x = s; x < e; x++) h = Math.imul(h ^ text.charCodeAt(x), 0x01000193);
  return h;
}

// Character classes, one byte per UTF-16 unit, filled as met (KNOWN marks a filled entry).
const SPACE = 1;
const WORD = 2; // a letter (\p{L} or \p{M}, BMP only) or an ASCII digit
const DIGIT = 4;
const APOSTROPHE = 8;
const HYPHEN = 16;
const ADDRESS_MARK = 32; // ".", "@", ":": every address has one
const SPEECH = 64; // ":", "“", '"': opens quoted speech
const KNOWN = 128;
const LETTER = /[\p{L}\p{M}]/u;
const classes = new Uint8Array(0x10000);

function computeClass(c: number): number {
  let k = KNOWN;
  if (c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13 || c === 0x2009 || c === 0x202f) k |= SPACE;
  if (c >= 48 && c <= 57) k |= WORD | DIGIT;
  else if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(String.fromCharCode(c))) k |= WORD;
  if (c === 39 || c === 0x2019 || c === 0x2018) k |= APOSTROPHE;
  if (c === 45 || c === 0x2010 || c === 0x2011) k |= HYPHEN;
  if (c === 46 || c === 64 || c === 58) k |= ADDRESS_MARK;
  if (c === 58 || c === 0x201c || c === 34) k |= SPEECH;
  return k;
}
for (let c = 0; c < 128; c++) classes[c] = computeClass(c);

function classOf(c: number): number {
  const k = classes[c];
  return k !== 0 ? k : (classes[c] = computeClass(c));
}

/** URLs, e-mail addresses, handles and file names are not prose. */
function isAddress(chunk: string): boolean {
  if (chunk.includes('://') || /^[("“‘']?(www\.|@)/i.test(chunk)) return true;
  const at = chunk.indexOf('@');
  if (at > 0 && chunk.indexOf('.', at) > at) return true;
  return /\w\.(com|org|net|uk|gov|ac|io|html?|php|pdf|docx?|xlsx?)\b/i.test(chunk);
}

function opensSpeech(text: string, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (classOf(text.charCodeAt(x)) & SPEECH) return true;
  return false;
}

/**
 * Appends the words of the sentence text[from, to) to `out`. Offsets are offsets into `text`; a
 * sentence's first word is the first one appended by this call. One pass: a chunk (text between
 * spaces) that turns out to be an address takes back the words it gave.
 */
export function scanSpellTokens(text: string, from: number, to: number, out: SpellTokenBuffer): void {
  const first = out.length;
  let i = from;
  let gapStart = from;
  while (i < to) {
    if (classOf(text.charCodeAt(i)) & SPACE) {
      i++;
      continue;
    }
    const chunkStart = i;
    const mark = out.length;
    let maybeAddress = false;
    let j = i;
    while (j < to) {
      const k = classOf(text.charCodeAt(j));
      if (k & SPACE) break;
      if (k & ADDRESS_MARK) maybeAddress = true;
      if (!(k & WORD)) {
        j++;
        continue;
      }
      // The run's classes and hash are gathered as it is read, so pushRun need not read it again.
      let seen = k;
      let hash = Math.imul(0x811c9dc5 ^ text.charCodeAt(j), 0x01000193);
      let e = j + 1;
      for (; e < to; e++) {
        const c = text.charCodeAt(e);
        const q = classOf(c);
        if (!(q & (WORD | APOSTROPHE | HYPHEN))) break;
        seen |= q;
        hash = Math.imul(hash ^ c, 0x01000193);
      }
      const initial = out.length === first || opensSpeech(text, gapStart, j);
      pushRun(out, text, j, e, initial, seen, hash);
      gapStart = j = e;
    }
    if (maybeAddress && isAddress(text.slice(chunkStart, j))) {
      out.length = mark;
      gapStart = j;
    }
    i = j;
  }
}

/**
 * A run of letters, digits, apostrophes and hyphens: split into hyphen parts, drop parts with digits.
 * `seen` is the union of the classes of the run's characters, `runHash` the hashRange of the whole run.
 */
function pushRun(out: SpellTokenBuffer, text: string, s: number, e: number, initial: boolean, seen: number, runHash: number): void {
  const runEnd = e;
  // A trailing apostrophe is a plural possessive ("councillors’"); a trailing hyphen a suspended compound.
  while (e > s && classOf(text.charCodeAt(e - 1)) & (APOSTROPHE | HYPHEN)) e--;
  let hyphens = 0;
  // Trimming took only apostrophes and hyphens: without a hyphen in the run, its digits are the word's.
  let digits = (seen & DIGIT) !== 0;
  if (seen & HYPHEN) {
    digits = false;
    for (let x = s; x < e; x++) {
      const k = classOf(text.charCodeAt(x));
      if (k & HYPHEN) hyphens++;
      else if (k & DIGIT) digits = true;
    }
  }
  if (hyphens === 0) {
    // One plain word, the common case.
    if (digits) return;
    let ps = s;
    let pe = e;
    while (ps < pe && classOf(text.charCodeAt(ps)) & APOSTROPHE) ps++;
    while (pe > ps && classOf(text.charCodeAt(pe - 1)) & APOSTROPHE) pe--;
    if (pe > ps) out.push(ps, pe, initial, -1, -1, ps === s && pe === runEnd ? runHash : hashRange(text, ps, pe));
    return;
  }
  let p = s;
  let firstPart = true;
  while (p < e) {
    let q = p;
    let partDigits = false;
    while (q < e) {
      const k = classOf(text.charCodeAt(q));
      if (k & HYPHEN) break;
      if (k & DIGIT) partDigits = true;
      q++;
    }
    let ps = p;
    let pe = q;
    while (ps < pe && classOf(text.charCodeAt(ps)) & APOSTROPHE) ps++;
    while (pe > ps && classOf(text.charCodeAt(pe - 1)) & APOSTROPHE) pe--;
    if (pe > ps && !partDigits) out.push(ps, pe, initial && firstPart, s, e, hashRange(text, ps, pe));
    firstPart = false;
    p = q + 1;
  }
}

// Reused by spellTokens, which copies the words out before returning: typed arrays are slow to make.
const scratch = new SpellTokenBuffer();

/** The words of `text` (which starts at document offset `offset`), as objects. */
export function spellTokens(text: string, offset: number): SpellToken[] {
  const buf = scratch;
  buf.length = 0;
  scanSpellTokens(text, 0, text.length, buf);
  const out: SpellToken[] = [];
  for (let i = 0; i < buf.length; i++) {
    const s = buf.start[i];
    const e = buf.end[i];
    const token: SpellToken = { start: offset + s, end: offset + e, text: text.slice(s, e), initial: buf.initial[i] === 1 };
    if (buf.compoundStart[i] >= 0) token.compound = text.slice(buf.compoundStart[i], buf.compoundEnd[i]);
    out.push(token);
  }
  return out;
}

/**
 * A set of words that can be asked about by a range of a text and its hash, without cutting the
 * word out: open addressing over (hash, length), the words' characters kept in one typed array,
 * which is read faster than strings cut from a shard's text.
 */
export class RangeSet {
  size = 0;
  private hashes = new Int32Array(4096);
  /** Each slot's word length plus one; 0 marks an empty slot. */
  private lengths = new Int32Array(4096);
  /** Where each slot's characters start in `chars`. */
  private offsets = new Int32Array(4096);
  private chars = new Uint16Array(16384);
  private used = 0;

  constructor(private readonly limit: number) {}

  has(text: string, s: number, e: number, hash: number): boolean {
    const mask = this.lengths.length - 1;
    const n = e - s;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const len = this.lengths[i];
      if (len === 0) return false;
      if (len === n + 1 && this.hashes[i] === hash && this.sameAt(this.offsets[i], text, s, n)) return true;
    }
  }

  add(word: string, hash: number): void {
    if (this.size >= this.limit) this.clear();
    if (this.has(word, 0, word.length, hash)) return;
    if ((this.size + 1) * 2 > this.lengths.length) this.rehash(this.lengths.length * 2);
    if (this.used + word.length > this.chars.length) {
      const more = new Uint16Array(Math.max(this.chars.length * 2, this.used + word.length));
      more.set(this.chars);
      this.chars = more;
    }
    const at = this.used;
    for (let k = 0; k < word.length; k++) this.chars[at + k] = word.charCodeAt(k);
    this.used += word.length;
    this.put(hash, word.length + 1, at);
    this.size++;
  }

  clear(): void {
    this.hashes = new Int32Array(4096);
    this.lengths = new Int32Array(4096);
    this.offsets = new Int32Array(4096);
    this.chars = new Uint16Array(16384);
    this.used = 0;
    this.size = 0;
  }

  private sameAt(at: number, text: string, s: number, n: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < n; k++) if (chars[at + k] !== text.charCodeAt(s + k)) return false;
    return true;
  }

  private put(hash: number, length: number, offset: number): void {
    const mask = this.lengths.length - 1;
    let i = hash & mask;
    while (this.lengths[i] !== 0) i = (i + 1) & mask;
    this.hashes[i] = hash;
    this.lengths[i] = length;
    this.offsets[i] = offset;
  }

  private rehash(capacity: number): void {
    const { hashes, lengths, offsets } = this;
    this.hashes = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.offsets = new Int32Array(capacity);
    for (let j = 0; j < lengths.length; j++) if (lengths[j] !== 0) this.put(hashes[j], lengths[j], offsets[j]);
  }
}

