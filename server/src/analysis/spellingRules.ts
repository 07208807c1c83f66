// The verdict on one word, cached per process: the same words recur across articles and edits.
// Capitals decide how suspicious an unknown word is:
// - lower case: not in the dictionary means misspelt;
// - capitalised mid-sentence: a name (place, product, body) unless it is a month or weekday
//   misspelt, or two swapped letters of a common word ("Januray", six letters or more), or one
//   edit from a word of titles and bodies ("Servcies", "Goverment": TITLE_WORDS). Measured on the
//   7,638 capitalised-only names of the en-GB dictionary, swaps call 0.3% of names misspelt;
//   "any one edit" would call 24% (Brian/brain, Carter/crater, Acton/action, Stockport/stockpot);
// - capitalised at a sentence start: the capital says less, so one edit from a common word counts
//   from seven letters (swaps from five), unless the article uses it as a name elsewhere or it
//   begins a run of capitalised words (the caller judges those as mid-sentence).
import { Speller } from './dictionary';
import { misspeltCalendarName, nearestWord, oneEditSuggestions } from './nearMiss';
import { COMPOUND_PREFIXES, SECTOR_TERMS, TITLE_WORDS } from './sectorTerms';
import { britishFormOf } from './usSpellings';

export type WordClass = 'lower' | 'capital-initial' | 'capital-mid';

export interface Verdict {
  code: 'spelling' | 'us-spelling';
  suggestions: string[];
}

const MAX_SUGGESTIONS = 5;
const CACHE_LIMIT = 200_000;

interface Judged {
  verdict: Verdict | null;
  /** The dictionary rejected the word itself (so it counts against the per-check allowance). */
  unknown: boolean;
  /** The verdict without nspell's slow search, when its suggestions needed that search. */
  fast?: Verdict | null;
}
const cache = new Map<string, Judged>();

export function classify(word: string, initial: boolean): WordClass {
  if (word[0] === word[0].toLowerCase()) return 'lower';
  return initial ? 'capital-initial' : 'capital-mid';
}

/** Strips a possessive "'s" (the apostrophe already straightened). */
export function withoutPossessive(word: string): string {
  return word.length > 3 && /'[sS]$/.test(word) ? word.slice(0, -2) : word;
}

function capitalise(w: string): string {
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * `word` has straight apostrophes; `compound` is the whole hyphenated compound it stands in, if any.
 * Returns null for a good word.
 */
export function judgeWord(spell: Speller, word: string, cls: WordClass, compound?: string): Verdict | null {
  const key = `${cls}\u0000${word}\u0000${compound ?? ''}`;
  const hit = cache.get(key);
  if (hit) return charge(key, hit, cls);
  if (spell.correct(word)) {
    remember(key, { verdict: null, unknown: false });
    return null;
  }
  if (!unknownSeen.has(key) && unknownSeen.size >= MAX_UNKNOWN_WORDS) return degraded(cls);
  unknownSeen.add(key);
  const slowAllowed = slowSeen.has(key) || slowSeen.size < MAX_SLOW_SEARCHES;
  slowWanted = false;
  allowSlow = slowAllowed;
  const verdict = judgeUncached(spell, word, cls, compound);
  if (!slowWanted) {
    remember(key, { verdict, unknown: true });
    return verdict;
  }
  allowSlow = false;
  const fast = judgeUncached(spell, word, cls, compound);
  if (!slowAllowed) return fast; // incomplete: not kept, so a later check with allowance left completes it
  slowSeen.add(key);
  remember(key, { verdict, unknown: true, fast });
  return verdict;
}

function remember(key: string, judged: Judged): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, judged);
}

/** A remembered verdict, counted against this check's allowance exactly as a fresh one would be. */
function charge(key: string, judged: Judged, cls: WordClass): Verdict | null {
  if (!judged.unknown) return judged.verdict;
  if (!unknownSeen.has(key)) {
    if (unknownSeen.size >= MAX_UNKNOWN_WORDS) return degraded(cls);
    unknownSeen.add(key);
  }
  if (judged.fast === undefined || slowSeen.has(key)) return judged.verdict;
  if (slowSeen.size >= MAX_SLOW_SEARCHES) return judged.fast;
  slowSeen.add(key);
  return judged.verdict;
}

/** Past the allowance: an unknown capitalised word is taken as a name, a lower-case one flagged bare. */
function degraded(cls: WordClass): Verdict | null {
  return cls === 'lower' ? { code: 'spelling', suggestions: [] } : null;
}

function judgeUncached(spell: Speller, word: string, cls: WordClass, compound?: string): Verdict | null {
  if (spell.correct(word)) return null;
  const lower = word.toLowerCase();
  const base = withoutPossessive(lower);
  if (SECTOR_TERMS.has(lower) || SECTOR_TERMS.has(base)) return null;
  if (base !== lower && spell.correct(withoutPossessive(word))) return null;
  if (compound !== undefined && (COMPOUND_PREFIXES.has(lower) || spell.correct(compound) || spell.correct(compound.replace(/[-\u2010\u2011]/g, '')))) {
    return null; // "co-ordinator", "e-mail": the hyphen splits one word
  }
  // "17-year-olds", "stand-ins": a compound made a noun takes a plural its last part alone does not
  if (compound !== undefined && lower.length > 3 && lower.endsWith('s') && compound.toLowerCase().endsWith(lower) && spell.correct(lower.slice(0, -1))) return null;

  // "unallocated", "reinspected", "overstretched": a common prefix before a word the dictionary has
  const common = (w: string) => spell.correct(w);
  if (cls === 'lower' && (prefixedWord(lower, common) || derivedVerb(lower, common))) return null;
  const british = britishFormOf(word, common);
  // A capitalised name in US spelling ("World Health Organization") is the name's own spelling.
  if (british) return cls === 'capital-mid' ? null : { code: 'us-spelling', suggestions: [british] };
  if (cls === 'lower') return { code: 'spelling', suggestions: suggest(spell, word, lower) };

  const month = misspeltCalendarName(base);
  if (month) return { code: 'spelling', suggestions: [month, ...suggest(spell, word, lower).filter((s) => s !== month)].slice(0, MAX_SUGGESTIONS) };
  if (base.length < 5 || base.length > MAX_WORD_LENGTH) return null;
  const near = nearestWord(base, common);
  if (!near) return null;
  const suspicious =
    cls === 'capital-initial'
      ? base.length >= (near.kind === 'transposition' ? 5 : 7)
      : (near.kind === 'transposition' && base.length >= 6) || (base.length >= 6 && nearestWord(base, (w) => TITLE_WORDS.has(w)) !== null);
  return suspicious ? { code: 'spelling', suggestions: suggest(spell, word, lower) } : null;
}

const PREFIXES = ['un', 're', 'de', 'up', 'non', 'pre', 'over', 'under', 'co', 'mis', 'sub', 'inter', 'multi', 'post', 'dis', 'anti', 'counter', 'out', 'semi', 'cross'];
const MIN_STEM = 5;

function prefixedWord(lower: string, correct: (w: string) => boolean): boolean {
  for (const p of PREFIXES) if (lower.length - p.length >= MIN_STEM && lower.startsWith(p) && correct(lower.slice(p.length))) return true;
  return false;
}

/**
 * "anonymised", "incentivise", "operationalised", "criminalisation": a verb made with "-ise" from a word the
 * dictionary has (an adjective, a noun, or "anonymous" without its "-ous"), which the dictionary lacks.
 */
function derivedVerb(lower: string, correct: (w: string) => boolean): boolean {
  const m = /^([a-z]{5,}?)is(?:e|ed|es|ing|ation|ations)$/.exec(lower);
  if (!m) return false;
  const stem = m[1];
  return correct(stem) || correct(`${stem}e`) || correct(`${stem}ous`);
}

// Per-check allowances, counted in distinct words so that the result depends on the text alone
// (not on the machine's speed or on what was checked before): a page of gibberish or foreign names
// stays quick. Tokens longer than any English word get neither a near-miss search nor suggestions.
const MAX_UNKNOWN_WORDS = 250;
// nspell's own search (two edits, n-gram scoring) costs up to half a second on an odd word, and a long
// document is checked shard by shard: one such search per check keeps a page of non-prose (a CSV) near 1 s.
const MAX_SLOW_SEARCHES = 1;
const MAX_SLOW_LENGTH = 12;
const MAX_WORD_LENGTH = 30;
let unknownSeen = new Set<string>();
let slowSeen = new Set<string>();
let allowSlow = true;
let slowWanted = false;

/** Starts a new check's allowances. */
export function resetSpellingAllowance(): void {
  unknownSeen = new Set();
  slowSeen = new Set();
}

function suggest(spell: Speller, word: string, lower: string): string[] {
  if (word.length > MAX_WORD_LENGTH) return [];
  const capital = word[0] !== word[0].toLowerCase();
  const fix = (w: string) => (capital && w[0] === w[0].toLowerCase() ? capitalise(w) : w);
  const accepts = (w: string) => spell.correct(w) || spell.correct(capitalise(w));
  const near = oneEditSuggestions(lower, accepts, MAX_SUGGESTIONS).map((w) => (spell.correct(w) ? fix(w) : capitalise(w)));
  if (near.length > 0 || word.length > MAX_SLOW_LENGTH) return near;
  slowWanted = true;
  return allowSlow ? spell.suggest(word).slice(0, MAX_SUGGESTIONS) : [];
}
