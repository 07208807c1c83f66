// The British-English spelling check: one pass over the article's sentences (boilerplate lines
// are not in them), each word judged once per process (see spellingRules.ts for the rules).
import { oneEditApart } from './consistencyUtil';
import { getSpeller, isDictionaryLoaded, preloadDictionary } from './dictionary';
import { AnalysisOptions } from './options';
import { Diagnostic, Organisation, Person, Rating } from './schema';
import { classify, judgeWord, resetSpellingAllowance, withoutPossessive } from './spellingRules';
import { ArticleText } from './text';
import { britishFormOf, britishLicence, isExplicitUsForm } from './usSpellings';
import { RangeSet, SpellToken, SpellTokenBuffer, hashRange, scanSpellTokens, spellTokens } from './spellingTokens';

export { isDictionaryLoaded, preloadDictionary };

/** Time nspell's slow suggestion search may take per article, so a page of gibberish stays quick. */

function straighten(w: string): string {
  return w.indexOf('\u2019') < 0 && w.indexOf('\u2018') < 0 ? w : w.replace(/[\u2019\u2018]/g, "'");
}

/** The word starting at text[at] starts with a capital. */
function isCapitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return text[at] !== text[at].toLowerCase();
}

/**
 * Tokens (as written) the dictionary accepts outright, whatever the article or settings: most words
 * of any text. Asked by range and hash, so such a word is never cut out of the text.
 */
const plainWords = new RangeSet(200_000);
function rememberPlain(raw: string): void {
  plainWords.add(raw, hashRange(raw, 0, raw.length));
}
// Titles that stand before a name, so a slip in one can be mistaken for part of the name.
const HONORIFICS = ['councillor', 'professor', 'director', 'inspector', 'commissioner', 'minister', 'secretary', 'doctor', 'reverend', 'alderman', 'baroness'];

function misspeltHonorific(word: string): boolean {
  return word.length >= 6 && HONORIFICS.some((h) => h !== word && oneEditApart(word, h));
}

/** Tokens (as written) that are not plain words: names and the like, asked of the dictionary once. */
const notPlainWords = new Set<string>();
function rememberNotPlain(raw: string): void {
  if (notPlainWords.size >= 200_000) notPlainWords.clear();
  notPlainWords.add(raw);
}

/** Lower-cased words of one name as written, remembered per process: names recur across shards and edits. */
const nameWordCache = new Map<string, string[]>();
function wordsOfName(s: string): string[] {
  let words = nameWordCache.get(s);
  if (!words) {
    words = spellTokens(s, 0).map((t) => withoutPossessive(straighten(t.text).toLowerCase()));
    if (nameWordCache.size >= 50_000) nameWordCache.clear();
    nameWordCache.set(s, words);
  }
  return words;
}

/** Lower-cased words of every name, alias and mention the article established, and the capitalised words of what its grades rate ("Kittering"). */
function nameWords(known: Known): Set<string> {
  const out = new Set<string>();
  // The same mention text recurs ("Mr Newsam" ten times, and in every shard): its words are added once.
  const done = new Set<string>();
  const add = (s: string) => {
    if (done.has(s)) return;
    done.add(s);
    for (const w of wordsOfName(s)) out.add(w);
  };
  for (const p of known.people) {
    add(p.name);
    p.aliases.forEach(add);
    p.mentions.forEach((m) => add(m.text));
  }
  for (const o of known.organisations) {
    add(o.name);
    o.mentions.forEach((m) => add(m.text));
  }
  // "Kittering, judged inadequate in 2016": a grade's subject names the council or home it rates
  for (const r of known.ratings ?? []) {
    if (!r.subject) continue;
    for (const t of spellTokens(r.subject, 0)) if (isCapital(t.text.charCodeAt(0), t.text[0])) out.add(withoutPossessive(straighten(t.text).toLowerCase()));
  }
  return out;
}

interface Known {
  people: Person[];
  organisations: Organisation[];
  ratings?: Rating[];
}

const isCapital = (c: number, ch: string) => (c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase());

/** A capital after the first letter: an acronym (SEND, GPs, DfE) or a brand (iPhone, McDonald). */
function isAcronymOrBrand(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : w[i] !== w[i].toLowerCase()) return true;
  }
  return false;
}

// The words of the article being checked; reused from call to call (typed arrays are slow to make),
// and only read while checkSpelling runs.
const articleWords = new SpellTokenBuffer();

export function checkSpelling(
  article: ArticleText,
  known: Known,
  options: AnalysisOptions,
): Diagnostic[] {
  const spell = getSpeller();
  resetSpellingAllowance();
  const names = nameWords(known);
  const userWords = new Set(options.words.map((w) => straighten(w).toLowerCase()));
  const text = article.text;
  // Each sentence is split once, into one buffer; both passes below read it. Sentence si holds
  // words firstOf[si] to firstOf[si + 1] - 1.
  const words = articleWords;
  words.length = 0;
  const firstOf: number[] = [];
  for (const s of article.sentences) {
    firstOf.push(words.length);
    scanSpellTokens(text, s.start, s.end, words);
  }
  firstOf.push(words.length);
  // Words the article capitalises mid-sentence are names it establishes, also at a sentence start.
  let midCapitals: Set<string> | null = null;
  const capitalisedMidSentence = (w: string): boolean => {
    if (!midCapitals) {
      midCapitals = new Set();
      for (let k = 0; k < words.length; k++) {
        if (!words.initial[k] && isCapitalAt(text, words.start[k])) midCapitals.add(withoutPossessive(straighten(text.slice(words.start[k], words.end[k]))));
      }
    }
    return midCapitals.has(w);
  };
  const out: Diagnostic[] = [];
  article.sentences.forEach((sentence, si) => {
    const last = firstOf[si + 1];
    for (let k = firstOf[si]; k < last; k++) {
      const s = words.start[k];
      const e = words.end[k];
      if (e - s < 2 || plainWords.has(text, s, e, words.hash[k])) continue;
      checkToken(k, last, sentence.text);
    }
  });
  return out;

  /** Word k (of a sentence whose words end before `last`), which is not a plain dictionary word. */
  function checkToken(k: number, last: number, sentence: string): void {
    const token: SpellToken = { start: words.start[k], end: words.end[k], text: text.slice(words.start[k], words.end[k]), initial: words.initial[k] === 1 };
    if (words.compoundStart[k] >= 0) token.compound = text.slice(words.compoundStart[k], words.compoundEnd[k]);
    const raw = token.text;
    const word = straighten(raw);
    const lower = word.toLowerCase();
    if (!notPlainWords.has(raw)) {
      if (spell.correct(word) && !isExplicitUsForm(lower)) {
        rememberPlain(raw);
        return;
      }
      rememberNotPlain(raw);
    }
    const base = withoutPossessive(lower);
    if (userWords.has(lower) || userWords.has(base)) return;
    // "Ho Ka-wai": a part after the hyphen of a capitalised compound whose first part is no word is a name's (the first
    // part is judged on its own)
    if (token.compound && words.compoundStart[k] < token.start && isCapitalAt(text, words.compoundStart[k])) {
      const first = straighten(token.compound.split('-')[0]);
      if (first && !spell.correct(first) && !spell.correct(first.toLowerCase())) return;
    }
    // A name's words are not errors, unless the "name" is a misspelt title taken for one ("Counciller Rowe").
    if ((names.has(lower) || names.has(base)) && !misspeltHonorific(base)) return;
    const shouted = word.length >= 7 && word === word.toUpperCase();
    if (isAcronymOrBrand(word) && !shouted) return;
    const next = k + 1 < last ? k + 1 : -1;
    // "Stockport Council said": a capitalised run is a name however it starts.
    const inNameRun = next >= 0 && !words.initial[next] && isCapitalAt(text, words.start[next]);
    const cls = classify(word, token.initial && !inNameRun);
    // Used mid-sentence as a name elsewhere (and not a misspelling there either): a name here too.
    if (cls === 'capital-initial' && capitalisedMidSentence(withoutPossessive(word)) && !judgeWord(spell, word, 'capital-mid')) return;
    const licence = cls !== 'capital-mid' ? britishLicence(word, text.slice(Math.max(0, token.start - 24), token.start)) : null;
    if (licence) {
      if (options.usSpellings) out.push(usDiagnostic(token, licence));
      return;
    }
    if (isExplicitUsForm(lower) && cls !== 'capital-mid') {
      const british = britishFormOf(word, (w) => spell.correct(w), sentence);
      if (british && options.usSpellings) out.push(usDiagnostic(token, british));
      return;
    }
    // A long shouted word ("SIGNIFICANT progress", "MALCOLM Newsam") is judged as if only capitalised.
    const judged = shouted ? word[0] + lower.slice(1) : word;
    const verdict = judgeWord(spell, judged, cls, token.compound && straighten(token.compound));
    if (!verdict) return;
    if (verdict.code === 'us-spelling') {
      if (options.usSpellings) out.push(usDiagnostic(token, verdict.suggestions[0]));
      return;
    }
    const suggestions = shouted ? verdict.suggestions.map((s) => s.toUpperCase()) : verdict.suggestions;
    out.push({
      start: token.start,
      end: token.end,
      text: token.text,
      code: 'spelling',
      severity: 'warning',
      message: `"${token.text}" is not in the British English dictionary.${suggestions.length ? ` Did you mean "${suggestions[0]}"?` : ''}`,
      suggestions,
    });
  }
}

function usDiagnostic(token: SpellToken, british: string): Diagnostic {
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    code: 'us-spelling',
    severity: 'information',
    message: `"${token.text}" is the US spelling; British English writes "${british}".`,
    suggestions: [british],
  };
}
