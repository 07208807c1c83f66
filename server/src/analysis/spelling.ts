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
const SUGGESTION_BUDGET_MS = 250;

function straighten(w: string): string {
  return w.replace(/[\u2019\u2018]/g, "'");
}

/** Lower-cased words of every name, alias and mention the article established. */
function nameWords(known: { people: Person[]; organisations: Organisation[] }): Set<string> {
  const out = new Set<string>();
  const add = (s: string) => {
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
  for (let i = 1; i < w.length; i++) if (w[i] !== w[i].toLowerCase()) return true;
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
  const tokens: Array<{ token: SpellToken; sentence: string; index: number }> = [];
  // Words the article capitalises mid-sentence are names it establishes, also at a sentence start.
  const midCapitals = new Set<string>();
  article.sentences.forEach((s, index) => {
    for (const token of spellTokens(s.text, s.start)) {
      tokens.push({ token, sentence: s.text, index });
      const w = straighten(token.text);
      if (!token.initial && w[0] !== w[0].toLowerCase()) midCapitals.add(withoutPossessive(w));
    }
  });
  const out: Diagnostic[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { token, sentence, index } = tokens[i];
    const word = straighten(token.text);
    if (word.length < 2) continue;
    const lower = word.toLowerCase();
    const base = withoutPossessive(lower);
    if (userWords.has(lower) || userWords.has(base) || names.has(lower) || names.has(base)) continue;
    const shouted = word.length >= 7 && word === word.toUpperCase();
    if (isAcronymOrBrand(word) && !shouted) continue;
    const next = tokens[i + 1]?.token;
    // "Stockport Council said": a capitalised run is a name however it starts.
    const inNameRun = next !== undefined && !next.initial && next.text[0] !== next.text[0].toLowerCase() && tokens[i + 1].index === index;
    const cls = classify(word, token.initial && !inNameRun);
    if (cls === 'capital-initial' && midCapitals.has(withoutPossessive(word))) continue;
    if (isExplicitUsForm(lower) && cls !== 'capital-mid') {
      const british = britishFormOf(word, (w) => spell.correct(w), sentence);
      if (british && options.usSpellings) out.push(usDiagnostic(token, british));
      continue;
    }
    // A long shouted word ("SIGNIFICANT progress", "MALCOLM Newsam") is judged as if only capitalised.
    const judged = shouted ? word[0] + lower.slice(1) : word;
    const verdict = judgeWord(spell, judged, cls, token.compound && straighten(token.compound));
    if (!verdict) continue;
    if (verdict.code === 'us-spelling') {
      if (options.usSpellings) out.push(usDiagnostic(token, verdict.suggestions[0]));
      continue;
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
  return out;
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
