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
const cache = new Map<string, Verdict | null>();

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
  if (hit !== undefined) return hit;
  suggestionsCut = false;
  const verdict = judgeUncached(spell, word, cls, compound);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  // A verdict whose suggestions ran out of time is not kept, so a later check can complete it.
  if (!suggestionsCut) cache.set(key, verdict);
  return verdict;
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

  const common = budgeted((w: string) => spell.correct(w));
  const british = britishFormOf(word, common);
  // A capitalised name in US spelling ("World Health Organization") is the name's own spelling.
  if (british) return cls === 'capital-mid' ? null : { code: 'us-spelling', suggestions: [british] };
  if (cls === 'lower') return { code: 'spelling', suggestions: suggest(spell, word, lower) };

  const month = misspeltCalendarName(base);
  if (month) return { code: 'spelling', suggestions: [month, ...suggest(spell, word, lower).filter((s) => s !== month)].slice(0, MAX_SUGGESTIONS) };
  if (base.length < 5 || lookupBudget <= 0) return null;
  const near = nearestWord(base, common);
  if (!near) return null;
  const suspicious =
    cls === 'capital-initial'
      ? base.length >= (near.kind === 'transposition' ? 5 : 7)
      : (near.kind === 'transposition' && base.length >= 6) || (base.length >= 6 && nearestWord(base, (w) => TITLE_WORDS.has(w)) !== null);
  return suspicious ? { code: 'spelling', suggestions: suggest(spell, word, lower) } : null;
}

let suggestBudgetMs = 0;
let lookupBudget = 0;
let suggestionsCut = false;
/**
 * Gives each check call a time allowance for nspell's slow search (two edits, n-gram scoring) and a
 * number of dictionary look-ups for near-miss searches, so a page of gibberish or foreign names
 * stays quick: past it, an unknown capitalised word counts as a name and an unknown lower-case
 * word is flagged without suggestions (and neither verdict is cached).
 */
export function resetSuggestionBudget(ms: number, lookups = 150_000): void {
  suggestBudgetMs = ms;
  lookupBudget = lookups;
}

function budgeted(accepts: (w: string) => boolean): (w: string) => boolean {
  return (w) => {
    if (--lookupBudget < 0) {
      suggestionsCut = true;
      return false;
    }
    return accepts(w);
  };
}

function suggest(spell: Speller, word: string, lower: string): string[] {
  const capital = word[0] !== word[0].toLowerCase();
  const fix = (w: string) => (capital && w[0] === w[0].toLowerCase() ? capitalise(w) : w);
  const accepts = budgeted((w: string) => spell.correct(w) || spell.correct(capitalise(w)));
  if (lookupBudget <= 0) {
    suggestionsCut = true;
    return [];
  }
  const near = oneEditSuggestions(lower, accepts, MAX_SUGGESTIONS).map((w) => (spell.correct(w) ? fix(w) : capitalise(w)));
  if (near.length > 0) return near;
  if (suggestBudgetMs <= 0) {
    suggestionsCut = true;
    return near;
  }
  const t0 = Date.now();
  const found = spell.suggest(word).slice(0, MAX_SUGGESTIONS);
  suggestBudgetMs -= Date.now() - t0;
  return found;
}
