// The British-English spelling check: one pass over the article's sentences (boilerplate lines
// are not in them), each word judged once per process (see spellingRules.ts for the rules).
import { getSpeller, isDictionaryLoaded, preloadDictionary } from './dictionary';
import { AnalysisOptions } from './options';
import { Diagnostic, Organisation, Person } from './schema';
import { classify, judgeWord, resetSuggestionBudget, withoutPossessive } from './spellingRules';
import { ArticleText } from './text';
import { britishFormOf, isExplicitUsForm } from './usSpellings';
import { SpellToken, spellTokens } from './spellingTokens';

export { isDictionaryLoaded, preloadDictionary };

/** Time nspell's slow suggestion search may take per article, so a page of gibberish stays quick. */
const SUGGESTION_BUDGET_MS = 150;

function straighten(w: string): string {
  return w.indexOf('\u2019') < 0 && w.indexOf('\u2018') < 0 ? w : w.replace(/[\u2019\u2018]/g, "'");
}

function isCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return w[0] !== w[0].toLowerCase();
}

/** Tokens (as written) the dictionary accepts outright, whatever the article or settings: most words of any text. */
const plainWords = new Set<string>();
function rememberPlain(raw: string): void {
  if (plainWords.size >= 200_000) plainWords.clear();
  plainWords.add(raw);
}
/** Tokens (as written) that are not plain words: names and the like, asked of the dictionary once. */
const notPlainWords = new Set<string>();
function rememberNotPlain(raw: string): void {
  if (notPlainWords.size >= 200_000) notPlainWords.clear();
  notPlainWords.add(raw);
}

/** Lower-cased words of every name, alias and mention the article established. */
function nameWords(known: { people: Person[]; organisations: Organisation[] }): Set<string> {
  const out = new Set<string>();
  // The same mention text recurs ("Mr Newsam" ten times): its words are added once.
  const done = new Set<string>();
  const add = (s: string) => {
    if (done.has(s)) return;
    done.add(s);
    for (const t of spellTokens(s, 0)) out.add(withoutPossessive(straighten(t.text).toLowerCase()));
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
  return out;
}

/** A capital after the first letter: an acronym (SEND, GPs, DfE) or a brand (iPhone, McDonald). */
function isAcronymOrBrand(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : w[i] !== w[i].toLowerCase()) return true;
  }
  return false;
}

export function checkSpelling(
  article: ArticleText,
  known: { people: Person[]; organisations: Organisation[] },
  options: AnalysisOptions,
): Diagnostic[] {
  const spell = getSpeller();
  resetSuggestionBudget(SUGGESTION_BUDGET_MS);
  const names = nameWords(known);
  const userWords = new Set(options.words.map((w) => straighten(w).toLowerCase()));
  // Each sentence is split once; both passes below read the same tokens.
  const tokensOf = article.sentences.map((s) => spellTokens(s.text, s.start));
  // Words the article capitalises mid-sentence are names it establishes, also at a sentence start.
  let midCapitals: Set<string> | null = null;
  const capitalisedMidSentence = (w: string): boolean => {
    if (!midCapitals) {
      midCapitals = new Set();
      for (const tokens of tokensOf) {
        for (const t of tokens) if (!t.initial && isCapital(t.text)) midCapitals.add(withoutPossessive(straighten(t.text)));
      }
    }
    return midCapitals.has(w);
  };
  const out: Diagnostic[] = [];
  article.sentences.forEach((sentence, si) => {
    const tokens = tokensOf[si];
    for (let i = 0; i < tokens.length; i++) checkToken(tokens, i, sentence.text);
  });
  return out;

  function checkToken(tokens: SpellToken[], i: number, sentence: string): void {
    const token = tokens[i];
    const raw = token.text;
    if (raw.length < 2 || plainWords.has(raw)) return;
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
    if (userWords.has(lower) || userWords.has(base) || names.has(lower) || names.has(base)) return;
    const shouted = word.length >= 7 && word === word.toUpperCase();
    if (isAcronymOrBrand(word) && !shouted) return;
    const next = tokens[i + 1];
    // "Stockport Council said": a capitalised run is a name however it starts.
    const inNameRun = next !== undefined && !next.initial && isCapital(next.text);
    const cls = classify(word, token.initial && !inNameRun);
    // Used mid-sentence as a name elsewhere (and not a misspelling there either): a name here too.
    if (cls === 'capital-initial' && capitalisedMidSentence(withoutPossessive(word)) && !judgeWord(spell, word, 'capital-mid')) return;
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
