// Organisations named in the article: sector bodies known by sight (Ofsted, CQC, DfE ...) and
// capitalised names ending in an organisation word ("Peterborough City Council", "Care Quality
// Commission", "Mackman Group"), with "of/for" complements ("Department for Education").
// A possessive is never part of a mention, and a name made only of common words
// ("Local Authority", "Children's Services") is a description, not an organisation.
import { KNOWN_NAMES, KNOWN_WORDS, TAKES_COMPLEMENT } from './knownOrganisations';
import { NameToken, normaliseApostrophes, sentenceTokens, tight } from './nameTokens';
import { isNonNameWord, isOrgSuffix } from './nameVocabulary';
import { Organisation, Person, Span } from './schema';
import { ArticleText } from './text';
import { isTitle } from './titles';

interface Found extends Span {
  name: string;
}

export function extractOrganisations(article: ArticleText, people: Person[]): Organisation[] {
  const personSpans = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  const found: Found[] = [];
  sentenceTokens(article).forEach((toks) => found.push(...inSentence(toks, article.text)));
  const byName = new Map<string, Organisation>();
  // Both lists are in document order: one pointer finds overlaps with people's mentions.
  let p = 0;
  for (const f of found) {
    while (p < personSpans.length && personSpans[p].end <= f.start) p++;
    if (p < personSpans.length && personSpans[p].start < f.end) continue;
    let org = byName.get(f.name.toLowerCase());
    if (!org) {
      org = { name: f.name, mentions: [] };
      byName.set(f.name.toLowerCase(), org);
    }
    org.mentions.push({ start: f.start, end: f.end, text: f.text });
  }
  return [...byName.values()];
}

// Every known word is written with a capital, so a word without one need not be looked up.
const KNOWN_ARE_CAPITALISED = [...KNOWN_WORDS.keys()].every((k) => /^\p{Lu}/u.test(k));

function inSentence(toks: NameToken[], text: string): Found[] {
  const out: Found[] = [];
  const at = (s: number, e: number, name: string) =>
    out.push({ start: toks[s].start, end: toks[e].end, text: text.slice(toks[s].start, toks[e].end), name });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const known = t.capital || !KNOWN_ARE_CAPITALISED ? KNOWN_WORDS.get(t.text) : undefined;
    if (known) { at(i, i, known); continue; }
    if (t.text === 'Government' && !t.initial && !capitalNeighbour(toks, i)) { at(i, i, 'Government'); continue; }
    if (!t.capital || t.allCaps || !isOrgSuffix(t.lower)) continue;
    // The last organisation word of a run names it ("Local Safeguarding Children Board").
    const n = toks[i + 1];
    if (!t.possessive && n && tight(n.gap) && n.capital && isOrgSuffix(n.lower)) continue;
    let s = i;
    while (s > 0 && !toks[s - 1].possessive && tight(toks[s].gap) && toks[s - 1].capital && !isTitle(toks[s - 1].lower) && !(toks[s - 1].initial && isNonNameWord(toks[s - 1].lower) && !isOrgSuffix(toks[s - 1].lower))) s--;
    while (s < i && /^(the|a|an)$/.test(toks[s].lower)) s++;
    let e = i;
    if (!t.possessive && TAKES_COMPLEMENT.has(t.lower)) e = complementEnd(toks, i);
    const name = normaliseApostrophes(joinTokens(toks, s, e));
    const canonical = KNOWN_NAMES.get(name.toLowerCase());
    if (!canonical && !qualified(toks, s, e, i)) { i = e; continue; }
    at(s, e, canonical ?? name);
    i = e;
  }
  return out;
}

function capitalNeighbour(toks: NameToken[], i: number): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  return (p !== undefined && p.capital && tight(toks[i].gap) && !p.possessive) || (n !== undefined && n.capital && tight(n.gap));
}

/** "Department for Education", "Department of Health and Social Care": capitalised words after of/for. */
function complementEnd(toks: NameToken[], i: number): number {
  const c = toks[i + 1];
  if (!c || !tight(c.gap) || (c.lower !== 'for' && c.lower !== 'of')) return i;
  let e = i;
  for (let k = i + 2; k < toks.length && tight(toks[k].gap); k++) {
    const t = toks[k];
    if (t.capital && !t.allCaps) { e = k; if (t.possessive) break; continue; }
    if ((t.lower === 'and' || t.lower === 'of' || t.lower === 'for') && e === k - 1) continue;
    break;
  }
  return e;
}

/** Some word other than organisation and sector words must be there ("Peterborough", "Quality"), or a complement. */
function qualified(toks: NameToken[], s: number, e: number, suffix: number): boolean {
  if (e > suffix) return true;
  for (let k = s; k < suffix; k++) if (!isNonNameWord(toks[k].lower)) return true;
  return false;
}

function joinTokens(toks: NameToken[], s: number, e: number): string {
  let out = toks[s].text;
  for (let k = s + 1; k <= e; k++) out += ' ' + toks[k].text;
  return out;
}
