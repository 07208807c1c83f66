// Lines, boilerplate and sentences: the shared first pass every other analysis module reads.
// Boilerplate (repeated photo captions, subscription blocks, site footers) is marked rather than
// removed, so offsets stay offsets into the document as the editor has it.
import { judgementLineShape } from './judgementLines';

export interface Line {
  start: number;
  /** Exclusive, before the line break. */
  end: number;
  text: string;
  boilerplate: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index into `ArticleText.lines` of the line the sentence is on. */
  line: number;
}

export interface ArticleText {
  text: string;
  lines: Line[];
  /** Sentences of article text only (boilerplate lines excluded), in document order. */
  sentences: Sentence[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

// Lines that are site furniture wherever they stand.
const FURNITURE = [
  /^(subscribe|sign up|sign in|log in|register|share this|share|comments?|have your say|supporting documents:?|advertisement|related (articles|stories|content)|read more|most read|follow us.*)$/i,
  /^\d{1,3}$/, // comment counters
  /^from [£$€]\d[\d.,]*\s*\/\s*(month|year|week)$/i,
  /\b(website design by|all rights reserved|cookie policy|privacy policy|terms (and|&) conditions)\b/i,
  /^©/,
  /\b(digital|print) membership$/i,
  /\bmagazine$/i,
  /^copyright\b/i,
];
// Notices that are whole sentences, and longer than furniture, but say nothing of the article:
// a cookie banner, a call to subscribe, a "related" link.
const NOTICES = [
  /^(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b/i,
  /^(?:subscribe|sign up|register)\b.{0,200}\b(?:access|subscriptions?|newsletter|offer|free trial)\b/i,
  /^(?:related(?: articles?| stories)?|read more|read next|most read|more on this story|see also|you may also like|trending)\s*:/i,
  // a call to subscribe at the end of a paragraph: "... Subscribe to CYP Now for full access ... Offer ends 31 May."
  /\bsubscribe to\b.{0,200}\b(?:full access|unlimited access|offer ends)\b/i,
  // a metered paywall: "... is free for registered readers. Register now to read three more articles this month."
  /\b(?:free (?:for|to) registered (?:readers|users|subscribers)|register (?:now |today |free )?to (?:read|continue|keep reading)|(?:read|access) (?:\w+ )?(?:more |free )?articles? (?:this|each|per|a) (?:month|week))\b/i,
];
const NOTICE_MAX_LENGTH = 300;
// Furniture is short; a longer line that mentions "privacy policy" or ends in "magazine" is prose
// (or a whole article pasted as one line) and must not be dropped for it.
const FURNITURE_MAX_LENGTH = 160;
const BULLET = /^\s*[•·▪◦*–-]\s+\S/;
// A line that opens a block of furniture: everything after it that is short and sentence-less goes too.
// "Related stories:", "Read more": the headlines of other articles follow, one per line.
const BLOCK_OPENER = /\b(membership|subscribe|subscription|newsletter|magazine)\b|^(?:related(?: articles| stories| content| links)?|read more|read next|more on this story|you may also like|most read|recommended|trending|related topics|more from [\w ]{1,30})\s*:?$/i;

const NAV_BAR = /^[^|•·]{1,30}(?:[ ]+[|•·][ ]+[^|•·]{1,30}){2,}$/;

const TAGLINE = /^the[ ]+(?:magazine|newspaper|paper|weekly|voice)[ ]+(?:for|of)[ ]/i;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // Most texts break lines with "\n" alone, which indexOf finds several times faster than the pattern.
  const newlinesOnly = text.indexOf('\r') < 0;
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    let at = -1;
    let next = 0;
    if (newlinesOnly) {
      at = text.indexOf('\n', start);
      next = at + 1;
    } else {
      const m = LINE_BREAK.exec(text);
      if (m) [at, next] = [m.index, m.index + m[0].length];
    }
    if (at < 0) break;
    lines.push({ start, end: at, text: text.slice(start, at), boilerplate: false });
    start = next;
  }
  lines.push({ start, end: text.length, text: text.slice(start), boilerplate: false });
  return lines;
}

function isProse(line: string): boolean {
  // ("Roadworks on the bridge to last until summer | Rovers sign new keeper": headlines of links, one line)
  return (line.length > 80 && !/ \| /.test(line)) || /[.!?]["”’']?\s*$/.test(line.trim());
}

// A caption repeated right under itself is page furniture; the same sentence far apart is not.
const REPEAT_WINDOW = 3;

/** Marks furniture, subscription blocks and a line that repeats one of the few lines just above it. */
export function markBoilerplate(lines: Line[]): void {
  const recent: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    const t = line.text.replace(/\u00a0/g, ' ').trim();
    if (!t) continue;
    // a headline asking a question ("Care leavers' council tax: which councils offer it?") stays in a block of links
    if (inBlock && (isProse(t) && !BULLET.test(t)) && !(t.length <= 80 && t.endsWith('?'))) inBlock = false;
    // isProse first: it settles most lines by their length, before the pattern reads them.
    // ("The magazine for children's services leaders": a masthead's tagline opens no block)
    // ("News | Sport | Jobs | Subscribe": a site's menu names the block it links to, and opens none here)
    if (!inBlock && !isProse(t) && BLOCK_OPENER.test(t) && !TAGLINE.test(t) && !NAV_BAR.test(t)) inBlock = true;
    // (two tables of judgements may repeat a row: "Capacity for improvement: good")
    const repeated = t.length >= 20 && recent.includes(t) && !judgementLineShape(t);
    recent.push(t);
    if (recent.length > REPEAT_WINDOW) recent.shift();
    const furniture =
      (t.length <= FURNITURE_MAX_LENGTH && FURNITURE.some((re) => re.test(t))) ||
      (t.length <= NOTICE_MAX_LENGTH && NOTICES.some((re) => re.test(t)));
    if (inBlock || repeated || furniture) line.boilerplate = true;
  }
}

const ABBREVIATION = /\b(Mr|Mrs|Ms|Dr|Prof|Cllr|Clr|St|No|Rev|Sr|Jr|Co|Ltd|Inc|vs|etc|e\.g|i\.e|approx|Gov|Lt|Col|Capt|Sgt|Insp|Supt|Hon)\.$/i;
const SENTENCE_END = /[.!?]+["”’')\]]*(?=\s+["“‘'(]?[\p{Lu}\d£$])|[.!?]+["”’')\]]*$/gu;

/** Splits one line into sentences; abbreviations such as "Mr." and initials ("J. Smith") do not end one. */
export function splitSentences(lineText: string, offset: number, lineIndex: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(lineText); m; m = SENTENCE_END.exec(lineText)) {
    const before = lineText.slice(start, m.index + 1);
    if (ABBREVIATION.test(before) || /(^|\s)\p{Lu}\.$/u.test(before)) continue;
    const end = m.index + m[0].length;
    pushTrimmed(out, lineText, start, end, offset, lineIndex);
    start = end;
  }
  pushTrimmed(out, lineText, start, lineText.length, offset, lineIndex);
  return out;
}

function pushTrimmed(out: Sentence[], line: string, s: number, e: number, offset: number, lineIndex: number): void {
  while (s < e && /\s/.test(line[s])) s++;
  while (e > s && /\s/.test(line[e - 1])) e--;
  if (e > s) out.push({ start: offset + s, end: offset + e, text: line.slice(s, e), line: lineIndex });
}

/**
 * An equal string held in one piece. A shard of a document is a slice of it (a V8 "sliced string"),
 * and every character read from a slice goes through its parent: the analysis's character loops
 * ran 15-20% slower on slices. Copying costs about 10 µs per 64 KB.
 */
function flat(text: string): string {
  if (text.length < 64) return text;
  return /[^\u0000-\u00ff]/.test(text) ? Buffer.from(text, 'utf16le').toString('utf16le') : Buffer.from(text, 'latin1').toString('latin1');
}

export function prepareText(documentText: string): ArticleText {
  const text = flat(documentText);
  const lines = splitLines(text);
  markBoilerplate(lines);
  const sentences: Sentence[] = [];
  lines.forEach((line, i) => {
    if (!line.boilerplate) sentences.push(...splitSentences(line.text, line.start, i));
  });
  return { text, lines, sentences };
}

/** Whether an offset falls inside a boilerplate line. */
export function isBoilerplateAt(article: ArticleText, offset: number): boolean {
  let lo = 0;
  let hi = article.lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = article.lines[mid];
    if (offset < l.start) hi = mid - 1;
    else if (offset > l.end) lo = mid + 1;
    else return l.boilerplate;
  }
  return false;
}

/**
 * Index of the span holding `at` in spans sorted by start, or -1; `endInclusive` counts a span's end offset as inside it
 * (a line's end is its newline).
 */
export function spanIndexAt(spans: { start: number; end: number }[], at: number, endInclusive = false): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < spans[mid].start) hi = mid - 1;
    else if (endInclusive ? at > spans[mid].end : at >= spans[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
