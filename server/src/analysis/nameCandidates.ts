// Capitalised runs in a sentence, cut into candidate names: an optional title and one to four
// name words ("Councillor Sheila Scott", "Mr Newsam", "MALCOLM Newsam", "Wendi Ogle-Welbourn").
// Runs are cut at words that cannot be in a personal name, and a candidate that runs into an
// organisation ending ("Mackman Group") is dropped, so no regex over the text is needed.
import { isGivenName } from './givenNames';
import { NameToken, tight } from './nameTokens';
import { PARTICLES, isNonNameWord, isOrgSuffix, isSurnameWord } from './nameVocabulary';
import { isRankBeforeName, isTitle } from './titles';

export interface Segment {
  /** Index of the sentence in ArticleText.sentences. */
  sentence: number;
  toks: NameToken[];
  /** Index of the title token, or -1. */
  title: number;
  /** First and last (inclusive) name tokens. */
  from: number;
  to: number;
  /** The candidate is the whole capitalised run, nothing cut away around it. */
  wholeRun: boolean;
}

const INITIAL_GAP = /^\.\s+$/;
// Two capitals before a name that are not initials: "MP Jane Smith", "UK Government".
const TWO_LETTER_ACRONYMS = new Set(['mp', 'am', 'uk', 'us', 'eu', 'gp', 'qc', 'kc', 'pm', 'tv', 'hr', 'it', 'dr', 'st', 'mr', 'ms', 'cc', 'pc', 'ds', 'di', 'dc', 'ps', 'ni', 'rn', 'ok']);

/** /\p{N}/u.test(word), with the pattern run only for a word that is not plain ASCII. */
function hasNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return /\p{N}/u.test(word);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function nameish(toks: NameToken[], i: number): boolean {
  const t = toks[i];
  if (!t.capital || hasNumber(t.text)) return false;
  if (t.allCaps) {
    // News style capitalises a whole first word ("MALCOLM Newsam"), minutes write initials without stops
    // ("JR Smithers"); other capitals are acronyms.
    const n = toks[i + 1];
    const before = n !== undefined && tight(n.gap) && n.capital && !n.allCaps;
    return before && (t.initial || (t.text.length === 2 && !TWO_LETTER_ACRONYMS.has(t.lower)));
  }
  return true;
}

function joined(toks: NameToken[], i: number): boolean {
  const gap = toks[i].gap;
  // an apostrophe cut off the word before ("Westcott' Zoë") ends the run: the name's text would skip it
  if (toks[i].start - gap.length !== toks[i - 1].end) return false;
  if (tight(gap)) return true;
  const prev = toks[i - 1];
  return INITIAL_GAP.test(gap) && (prev.text.length === 1 || isTitle(prev.lower));
}

/** The end (inclusive) of the run of capitalised words starting at the name-like token `i`. */
function runEnd(toks: NameToken[], i: number): number {
  let j = i;
  while (!toks[j].possessive && j + 1 < toks.length && joined(toks, j + 1)) {
    if (nameish(toks, j + 1)) { j++; continue; }
    // "Ursula von der Leyen": lowercase particles between capitalised parts.
    let k = j + 1;
    while (k < toks.length && PARTICLES.has(toks[k].text) && k + 1 < toks.length && joined(toks, k + 1)) k++;
    if (k > j + 1 && k < toks.length && nameish(toks, k)) { j = k; continue; }
    break;
  }
  return j;
}

/** Runs of capitalised words joined by spaces only; a possessive ends a run. */
export function capitalRuns(toks: NameToken[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!nameish(toks, i)) { i++; continue; }
    const j = runEnd(toks, i);
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Cuts one run into candidates at titles and non-name words. */
export function segmentsOfRun(sentence: number, toks: NameToken[], run: [number, number]): Segment[] {
  const out: Segment[] = [];
  segmentsInto(sentence, toks, run[0], run[1], out);
  return out;
}

/** segmentsOfRun for the run [a, b], appended to `out`. */
function segmentsInto(sentence: number, toks: NameToken[], a: number, b: number, out: Segment[]): void {
  const first = out.length;
  let cur: Segment | null = null;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    // "Judge Mairead Hegarty", "Canon Ruth Amadi": a rank too ambiguous alone is a title before a full name
    if (isTitle(t.lower) || (i + 2 <= b && isRankBeforeName(t.lower) && !isNonNameWord(toks[i + 1].lower) && !isNonNameWord(toks[i + 2].lower))) {
      closeSegment(cur, out);
      cur = i < b ? { sentence, toks, title: i, from: i + 1, to: i, wholeRun: false } : null;
      continue;
    }
    // "D. A. Whitlock": a capital letter with a stop after it is an initial, not the word "a"
    const initial = t.text.length === 1 && i < b && INITIAL_GAP.test(toks[i + 1].gap);
    if (isNonNameWord(t.lower) && !PARTICLES.has(t.text) && !initial) {
      const c = cur as Segment | null;
      const opened = c !== null && (c.title >= 0 || isGivenName(toks[c.from].lower)) && c.to >= c.from;
      if (c && opened && isSurnameWord(t.lower)) {
        c.to = i;
        closeSegment(c, out);
        cur = null;
        continue;
      }
      // "Tyler Whelan Trust": the words before an organisation ending are its name, not a person.
      if (!isOrgSuffix(t.lower)) closeSegment(cur, out);
      cur = null;
      continue;
    }
    if (!cur) cur = { sentence, toks, title: -1, from: i, to: i - 1, wholeRun: false };
    cur.to = i;
  }
  closeSegment(cur, out);
  // Keep the valid ones, in order.
  let kept = first;
  for (let k = first; k < out.length; k++) {
    const seg = out[k];
    seg.wholeRun = seg.title < 0 && seg.from === a && seg.to === b;
    if (validNameTokens(toks, seg)) out[kept++] = seg;
  }
  out.length = kept;
}

function closeSegment(cur: Segment | null, out: Segment[]): void {
  if (cur && cur.to >= cur.from && cur.to - cur.from < 4) out.push(cur);
}

function validNameTokens(toks: NameToken[], s: Segment): boolean {
  for (let i = s.from; i <= s.to; i++) {
    const t = toks[i];
    if (t.text.length === 1 && i === s.to) return false;
    if (PARTICLES.has(t.text)) continue;
    if (t.text.length > 1 && !t.allCaps && !/\p{Ll}/u.test(t.text)) return false;
  }
  return true;
}

/** Candidate names of one sentence, appended to `out` (or a new list). */
export function findSegments(sentence: number, toks: NameToken[], out: Segment[] = []): Segment[] {
  let i = 0;
  while (i < toks.length) {
    if (!nameish(toks, i)) { i++; continue; }
    const j = runEnd(toks, i);
    segmentsInto(sentence, toks, i, j, out);
    i = j + 1;
  }
  return out;
}
