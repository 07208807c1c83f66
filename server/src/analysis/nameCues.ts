// What tells whether a capitalised pair is a person from beyond the pair itself: the surname told alone after
// a reporting verb elsewhere ('says Prowse.'), a name joined by "and" to a person's, a letter's sign-off, a post
// and a relative clause before it, titles stacked before it; and what tells it is not one: the name of a home
// ("Chy Lowen House") or of an outlet ("told Eastwold Tonight").
import { Segment } from './nameCandidates';
import { NameToken, tight } from './nameTokens';
import { SPEECH_VERBS, isNonNameWord } from './nameVocabulary';
import { RoleFound, roleForward } from './roles';
import { roleAfterVerb } from './verbRoles';
import { HEADS, STOP, isVerbLike } from './roleVocabulary';
import { ArticleText } from './text';
import { isRankBeforeName, isTitle } from './titles';

// The inverted attribution of features: the verb, then the surname, then the clause ends.
const INVERTED = new Set(['says', 'said', 'adds', 'added', 'recalls', 'recalled', 'admits', 'admitted']);
const ENDS_CLAUSE = /^[.,;:!?'"’”]/;

/**
 * Surnames told alone after a reporting verb at the end of a clause ('"...," says Prowse.'), or opening a sentence
 * with the post taken ("Hnatyuk arrived as director of children's services in May 2024"), as features name people.
 */
export function spokenSurnames(toksOf: NameToken[][], docText: string): Set<string> {
  const out = new Set<string>();
  for (const toks of toksOf) {
    const t0 = toks[0];
    if (t0 && t0.capital && !t0.allCaps && !t0.possessive && t0.text.length >= 3 && toks[1] && tight(toks[1].gap) && !isNonNameWord(t0.lower)
      && roleAfterVerb(toks, 1)) out.add(t0.lower);
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      if (!t.capital || t.allCaps || t.text.length < 3 || !INVERTED.has(toks[i - 1].lower) || !tight(t.gap)) continue;
      const after = toks[i + 1];
      if (after && tight(after.gap)) continue;
      if (!ENDS_CLAUSE.test(docText.slice(t.end, t.end + 1)) || isNonNameWord(t.lower)) continue;
      out.add(t.lower);
    }
  }
  return out;
}

/** The capitalised pair before "and" in "X Y and <seg>", as a segment of its own, if there is one. */
export function pairBeforeAnd(seg: Segment): Segment | null {
  const { toks, from } = seg;
  const and = toks[from - 1];
  if (!and || and.lower !== 'and' || !tight(seg.toks[from].gap) || !tight(and.gap)) return null;
  const to = from - 2;
  let first = to;
  while (first > 0 && toks[first - 1].capital && tight(toks[first].gap) && to - first < 3) first--;
  if (to - first < 1 || !toks[first].capital || !toks[to].capital) return null;
  for (let k = first; k <= to; k++) if (toks[k].allCaps || isNonNameWord(toks[k].lower) || SPEECH_VERBS.has(toks[k].lower)) return null;
  return { ...seg, from: first, to, title: -1, wholeRun: false };
}

/**
 * A letter signed off on one line with the writer's town: "Carys Brackenthwaite, Greyford" between blank
 * lines, under a paragraph that ends a sentence. A heading stands over its paragraph, not under one.
 */
export function letterSignOff(article: ArticleText, line: number): boolean {
  const lines = article.lines;
  const t = lines[line].text.trim();
  // ("Andrei and Mihaela Lupu, foster carers, Heskbank": a post may stand before the town)
  if (!/^[^,]{3,40}(?:,[ \u00a0][^,]{2,40}){1,2}$/.test(t) || lines[line + 1]?.text.trim() || !lines[line - 1] || lines[line - 1].text.trim()) return false;
  const above = lines[line - 2]?.text.trim() ?? '';
  return above.length > 80 && /[.!?'"’”]$/.test(above);
}

// A capitalised run that goes on with one of these is a place: "Chy Lowen House", "Heather Garth Lodge".
const PLACE_ENDS = new Set(['house', 'lodge', 'home', 'centre', 'center', 'hall', 'court', 'school', 'academy', 'nursery', 'hospital', 'unit', 'hostel']);
// Or set off by commas, what it is: "Heather Garth, Trenowyth Council's short breaks home for disabled children, ..."
// (not a clause the name opens: "Carmela Vescovi, has run the home since 2019")
const PLACE_APPOSITION = /^,[ \u00a0]+(?!(?:has|had|have|is|was|were|will|would|runs|ran|said|says|who|which|manages|managed|joined|left|opened)\b)(?:(?:the|a|an)[ \u00a0]+)?(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}(?:[\p{Ll}'’-]+[ \u00a0]+){0,3}(?:home|house|centre|nursery|school|unit|hostel)\b(?!['’]s)/u;

/** The pair ending at token `to` names a place, as the word after it or its apposition says. */
export function namesPlace(toks: NameToken[], to: number, docText: string): boolean {
  const next = toks[to + 1];
  if (next && next.capital && tight(next.gap) && PLACE_ENDS.has(next.lower)) return true;
  return PLACE_APPOSITION.test(docText.slice(toks[to].end, toks[to].end + 90));
}

/** The first of titles stacked before the one at `start` ("Councillor Sir Bertram Fawdon", "Cllr Dr Ann Bell"). */
export function stackedTitleStart(toks: NameToken[], start: number): number {
  // capitalised, as titles are: "Liberal Democrat councillor Pete Harrowgate" has a post before the name, not a title
  while (start > 0 && toks[start - 1].capital && isTitle(toks[start - 1].lower) && isTitle(toks[start].lower) && tight(toks[start].gap)) start--;
  return start;
}

/**
 * "The director who took the service to good, Merryn Keigwin, left in 2023": a post, a relative clause
 * that says which holder is meant, then the name after a comma.
 */
export function roleBeforeRelative(toks: NameToken[], start: number): RoleFound | null {
  if (start < 4 || !/^\s*,\s+$/.test(toks[start].gap)) return null;
  for (let j = start - 2; j >= 1 && start - j <= 14; j--) {
    if (!tight(toks[j + 1].gap)) return null; // the clause has no comma of its own
    if (toks[j].lower !== 'who' && toks[j].lower !== 'that') continue;
    for (let k = Math.max(0, j - 8); k < j; k++) {
      const r = roleForward(toks, k);
      if (r && r.end === toks[j - 1].end) return r;
    }
    return null;
  }
  return null;
}

// The last word of a newspaper's or station's name: "told Eastwold Tonight", "told BBC News".
const OUTLET_WORDS = new Set(['news', 'tonight', 'today', 'live', 'radio', 'tv', 'online', 'echo', 'gazette', 'herald', 'chronicle',
  'journal', 'telegraph', 'courier', 'mercury', 'argus', 'advertiser', 'observer', 'express', 'mirror', 'weekly', 'courant', 'times',
  'standard', 'mail', 'press', 'sentinel', 'examiner', 'bulletin', 'gleaner']);

/** A capitalised pair whose last word names an outlet, not a surname. */
export function namesOutlet(last: NameToken): boolean {
  return OUTLET_WORDS.has(last.lower);
}

/** "District Judge Alana Whitbread", "Tribunal Judge X": the court's word and the rank are the post. */
export function rankRole(seg: Segment): RoleFound | null {
  const { toks, title } = seg;
  if (title < 1 || !isRankBeforeName(toks[title].lower)) return null;
  let a = title;
  while (a > 0 && title - a < 2 && toks[a - 1].capital && tight(toks[a].gap) && !isTitle(toks[a - 1].lower)) a--;
  if (a === title) return null;
  return { role: toks.slice(a, title + 1).map((t) => t.text).join(' ').toLowerCase(), start: toks[a].start, end: toks[title].end, former: false };
}

/** After "X, for": a short body ("Ofsted", "the local authority") set off by a comma, then a reporting verb. */
export function forThenSpeech(toks: NameToken[], from: number): boolean {
  for (let q = from; q < toks.length - 1 && q - from < 5; q++) {
    const next = toks[q + 1];
    if (/,/.test(next.gap)) return /^\s*,\s+$/.test(next.gap) && SPEECH_VERBS.has(next.lower);
    if (!tight(next.gap)) return false;
  }
  return false;
}

/** "She talks to Corinne Straughan": the name at `from` is an interview's interviewer. */
export function talksTo(toks: NameToken[], from: number): boolean {
  return toks[from - 1]?.lower === 'to' && /^(?:talks|talked|speaks|spoke|spoken)$/.test(toks[from - 2]?.lower ?? '') && tight(toks[from].gap);
}

/** "Dr Gayle, as Chief Executive, will write": a post set off by commas after the name and "as". */
export function roleAsApposed(seg: Segment): RoleFound | null {
  const { toks, to } = seg;
  const as = toks[to + 1];
  if (!as || as.lower !== 'as' || !/^\s*,\s+$/.test(as.gap) || !toks[to + 2] || !tight(toks[to + 2].gap)) return null;
  const r = roleForward(toks, to + 2);
  if (!r) return null;
  let k = to + 2;
  while (k < toks.length && toks[k].start < r.end) k++;
  return toks[k] && /^\s*,/.test(toks[k].gap) ? r : null;
}

const PARTIES = new Set(['labour', 'conservative', 'tory', 'green', 'reform', 'liberal', 'democrat', 'plaid']);

/**
 * "sitting with specialist members Ilyas Elmi and Averil Surtees", "Labour councillors Omar Bello and Ruth Quint": a
 * post in the plural before two names joined by "and" is each one's, so the role found is shared.
 */
export function pluralRoleBefore(seg: Segment, start: number): RoleFound | null {
  const { toks } = seg;
  let k = start - 1;
  if (toks[k]?.lower === 'and') {
    const first = pairBeforeAnd(seg);
    if (!first) return null;
    k = first.from - 1;
  } else if (toks[seg.to + 1]?.lower !== 'and' || !toks[seg.to + 2]?.capital) return null;
  const head = toks[k];
  if (!head || head.capital || !tight(toks[k + 1].gap) || !head.lower.endsWith('s') || !HEADS.has(head.lower.slice(0, -1))) return null;
  let s = k;
  while (s > 0 && k - s < 2 && tight(toks[s].gap)) {
    const t = toks[s - 1];
    const modifier = t.capital ? PARTIES.has(t.lower) : !STOP.has(t.lower) && !isVerbLike(t.text, t.lower) && !t.possessive;
    if (!modifier) break;
    s--;
  }
  const words = toks.slice(s, k).map((t) => (t.capital ? t.text : t.lower));
  return { role: [...words, head.lower.slice(0, -1)].join(' '), start: toks[s].start, end: head.end, former: false, shared: true };
}
