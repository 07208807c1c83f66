// Capitalised runs in a sentence, cut into candidate names: an optional title and one to four
// name words ("Councillor Sheila Scott", "Mr Newsam", "MALCOLM Newsam", "Wendi Ogle-Welbourn").
// Runs are cut at words that cannot be in a personal name, and a candidate that runs into an
// organisation ending ("Mackman Group") is dropped, so no regex over the text is needed.
import { isGivenName } from './givenNames';
import { NameToken, tight } from './nameTokens';
import { PARTICLES, isNonNameWord, isOrgSuffix, isSurnameWord } from './nameVocabulary';
import { isTitle } from './titles';

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

function nameish(toks: NameToken[], i: number): boolean {
  const t = toks[i];
  if (!t.capital || /\p{N}/u.test(t.text)) return false;
  if (t.allCaps) {
    // News style capitalises a whole first word ("MALCOLM Newsam"); other capitals are acronyms.
    const n = toks[i + 1];
    return t.initial && n !== undefined && tight(n.gap) && n.capital && !n.allCaps;
  }
  return true;
}

function joined(toks: NameToken[], i: number): boolean {
  const gap = toks[i].gap;
  if (tight(gap)) return true;
  const prev = toks[i - 1];
  return INITIAL_GAP.test(gap) && (prev.text.length === 1 || isTitle(prev.lower));
}

/** Runs of capitalised words joined by spaces only; a possessive ends a run. */
export function capitalRuns(toks: NameToken[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!nameish(toks, i)) { i++; continue; }
    let j = i;
    while (!toks[j].possessive && j + 1 < toks.length && joined(toks, j + 1)) {
      if (nameish(toks, j + 1)) { j++; continue; }
      // "Ursula von der Leyen": lowercase particles between capitalised parts.
      let k = j + 1;
      while (k < toks.length && PARTICLES.has(toks[k].text) && k + 1 < toks.length && joined(toks, k + 1)) k++;
      if (k > j + 1 && k < toks.length && nameish(toks, k)) { j = k; continue; }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Cuts one run into candidates at titles and non-name words. */
export function segmentsOfRun(sentence: number, toks: NameToken[], run: [number, number]): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  const close = () => {
    if (cur && cur.to >= cur.from && cur.to - cur.from < 4) out.push(cur);
    cur = null;
  };
  for (let i = run[0]; i <= run[1]; i++) {
    const t = toks[i];
    if (isTitle(t.lower)) {
      close();
      if (i < run[1]) cur = { sentence, toks, title: i, from: i + 1, to: i, wholeRun: false };
      continue;
    }
    if (isNonNameWord(t.lower) && !PARTICLES.has(t.text)) {
      const c = cur as Segment | null;
      const opened = c !== null && (c.title >= 0 || isGivenName(toks[c.from].lower)) && c.to >= c.from;
      if (c && opened && isSurnameWord(t.lower)) {
        c.to = i;
        close();
        continue;
      }
      // "Tyler Whelan Trust": the words before an organisation ending are its name, not a person.
      if (isOrgSuffix(t.lower)) cur = null;
      else close();
      continue;
    }
    if (!cur) cur = { sentence, toks, title: -1, from: i, to: i - 1, wholeRun: false };
    cur.to = i;
  }
  close();
  for (const s of out) s.wholeRun = s.title < 0 && s.from === run[0] && s.to === run[1];
  return out.filter((s) => validNameTokens(toks, s));
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

export function findSegments(sentence: number, toks: NameToken[]): Segment[] {
  const out: Segment[] = [];
  for (const run of capitalRuns(toks)) out.push(...segmentsOfRun(sentence, toks, run));
  return out;
}
