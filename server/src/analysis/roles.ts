// Role phrases around a name: before it ("director of children's services John Richards",
// "Peterborough MP Stewart Jackson"), after it in apposition ("X, the Y of Z, said") and after a
// linking verb ("X was appointed as Y"). A role is a noun phrase with a head word, never a clause:
// parsing stops at punctuation, function words, verbs and possessive organisation names.
import { NameToken, normaliseApostrophes, tight } from './nameTokens';
import { FORMER, ROLE_POSSESSIVES, ROLE_WORDS, STOP, STRIP, isHead, isVerbLike } from './roleVocabulary';
import { isGivenName } from './givenNames';
import { isTitle } from './titles';
import { SPEECH_VERBS, isCalendarWord, isOrgSuffix } from './nameVocabulary';

export interface RoleFound {
  role: string;
  start: number;
  end: number;
  former: boolean;
  /** A post in the plural, each named holder's ("specialist members X and Y"). */
  shared?: boolean;
}

const MAX = 12;
const CONNECT = new Set(['of', 'for']);
// "spokesman on children's services", "lead member on ...": "on" joins a complement only after these heads
const ON_HEADS = /^(?:spokesman|spokeswoman|spokesperson|lead|adviser|advisor|champion)$/;
const connects = (toks: NameToken[], k: number) => CONNECT.has(toks[k].lower) || (toks[k].lower === 'on' && k > 0 && ON_HEADS.test(toks[k - 1].lower));
const head = (t: NameToken) => isHead(t.lower, t.allCaps);
const internalPossessive = (t: NameToken) => ROLE_POSSESSIVES.has(t.lower);

/** A token that may stand inside a role at all. */
function roleToken(t: NameToken): boolean {
  if (STOP.has(t.lower) || /^\p{N}/u.test(t.text) || isVerbLike(t.text, t.lower)) return false;
  return !t.possessive || internalPossessive(t);
}

/** Builds the role string from tokens [s, e]: strips leading "the"/"new"/"former", lowercases sector words. */
function build(toks: NameToken[], s: number, e: number, formerIn: boolean): RoleFound | null {
  let former = formerIn;
  while (s <= e && (STRIP.has(toks[s].lower) || FORMER.has(toks[s].lower) || toks[s].lower === 'the' || isRecentlyAppointed(toks, s))) {
    if (FORMER.has(toks[s].lower)) former = true;
    s += isRecentlyAppointed(toks, s) ? 2 : 1;
  }
  // A leading organisation ("Kent County Council director") names the employer, not the post.
  for (let k = e - 1; k > s; k--) {
    const before = toks[k - 1];
    if (toks[k].capital && isOrgSuffix(toks[k].lower) && before.capital && !ROLE_WORDS.has(before.lower)) { s = k + 1; break; }
  }
  while (e >= s && (CONNECT.has(toks[e].lower) || toks[e].lower === 'and' || toks[e].lower === 'the')) e--;
  if (e < s || CONNECT.has(toks[s].lower) || toks[s].lower === 'and') return null;
  let hasHead = false;
  for (let k = s; k <= e; k++) if (head(toks[k])) hasHead = true;
  if (!hasHead || (s === e && toks[s].lower === 'individual')) return null; // "responsible individual", not a bare "individual"
  // Either the role ends in its head, or the head takes an "of"/"for" complement.
  let complement = false;
  for (let k = s + 1; k <= e; k++) if (connects(toks, k) && head(toks[k - 1])) complement = true;
  if (!head(toks[e]) && !complement) return null;
  const slice = toks.slice(s, e + 1);
  const titleCase = slice.some((t) => t.capital && !t.allCaps && head(t));
  // after "in"/"at" comes a place, which keeps its capitals ("Director of Children's Services in Kent"); in a Title Case
  // role a name after "of"/"for" does too ("Member of Parliament for Carrowby"), while its sector words are lowered
  let place = false;
  let complementSeen = false;
  const words = slice.map((t) => {
    if (t.lower === 'in' || t.lower === 'at') place = true;
    if (CONNECT.has(t.lower)) complementSeen = true;
    const name = !ROLE_WORDS.has(t.lower) && !head(t);
    const keep = t.allCaps || (t.capital && ((!titleCase && !ROLE_WORDS.has(t.lower)) || (place && !ROLE_WORDS.has(t.lower)) || (complementSeen && name)));
    const w = keep ? t.text : t.lower;
    // "Foster Carers' Association": a plural possessive keeps its bare apostrophe
    return normaliseApostrophes(t.possessive ? (/s$/i.test(w) ? `${w}'` : `${w}'s`) : w);
  });
  // (a listed remit keeps its commas: "for children, families and education")
  const role = words.map((w, i) => (i > 0 && /,/.test(slice[i].gap) ? `, ${w}` : i > 0 ? ` ${w}` : w)).join('');
  return { role, start: toks[s].start, end: toks[e].end + (toks[e].possessive ? 2 : 0), former };
}

function isRecentlyAppointed(toks: NameToken[], i: number): boolean {
  return (toks[i].lower === 'recently' || toks[i].lower === 'newly') && toks[i + 1]?.lower === 'appointed';
}

/** A role written right before the token at `i` ("former director John Richards"). */
export function roleBefore(toks: NameToken[], i: number): RoleFound | null {
  // "adviser for Kestrel Vale": a name after "of"/"for" is the role's complement, not its holder.
  if (i <= 0 || !tight(toks[i].gap) || CONNECT.has(toks[i - 1].lower)) return null;
  return backward(toks, i - 1);
}

/** A role followed by a comma and then the name at `i` ("the new Director of Children's Services, Sue Westcott"). */
export function roleBeforeComma(toks: NameToken[], i: number): RoleFound | null {
  if (i <= 0 || !/^\s*,\s+$/.test(toks[i].gap)) return null;
  return backward(toks, i - 1) ?? remitBefore(toks, i - 1);
}

// Words that may stand before a role opening its sentence: "The director ...", "Its chair ...".
const OPENING_DETERMINERS = new Set(['the', 'its', 'our', 'their', 'his', 'her']);

/** "The director of children's services is Rhodri Llewellyn-Cole": the role opens the sentence, the name at `i` follows its copula. */
export function roleBeforeCopula(toks: NameToken[], i: number): RoleFound | null {
  const cop = toks[i - 1];
  if (i < 3 || !/^(?:is|was)$/.test(cop.lower) || !tight(toks[i].gap) || !tight(cop.gap)) return null;
  const r = backward(toks, i - 2);
  if (!r) return null;
  let k = 0;
  while (k < i - 2 && toks[k].start < r.start && (OPENING_DETERMINERS.has(toks[k].lower) || STRIP.has(toks[k].lower) || toks[k].possessive)) k++;
  return toks[k].start === r.start ? r : null;
}

/** "The Parliamentary Under-Secretary of State for Education (Alun Grenfell-Hythe)": a name in brackets right after its post. */
export function roleBeforeBracket(toks: NameToken[], from: number, to: number): RoleFound | null {
  if (from < 1 || !/^\s*\(\s*$/.test(toks[from].gap)) return null;
  const next = toks[to + 1];
  if (next && !/^\s*\)/.test(next.gap)) return null;
  return backward(toks, from - 1) ?? remitBefore(toks, from - 1);
}

/** "Strategic Director, Children and Families (Morenike Omotola)": a post, a comma and a Title Case remit ending at token `e`. */
function remitBefore(toks: NameToken[], e: number): RoleFound | null {
  let k = e;
  while (k > 0 && e - k < 6 && remitWord(toks[k]) && tight(toks[k].gap)) k--;
  if (k < 1 || !toks[k].capital || !/^\s*,\s+$/.test(toks[k].gap)) return null;
  const post = backward(toks, k - 1);
  return post && { ...post, role: `${post.role}, ${remitText(toks, k, e)}`, end: toks[e].end };
}

/** A word of a Title Case remit after a post and a comma ("Head of Service, Children in Care and Care Leavers"). */
export const remitWord = (t: NameToken) => t.capital || /^(?:and|of|for|in)$/.test(t.lower);

/** The remit's words as a role keeps them: sector words lowered, names as written. */
export const remitText = (toks: NameToken[], from: number, to: number) =>
  toks.slice(from, to + 1).map((t) => (ROLE_WORDS.has(t.lower) ? t.lower : t.text)).join(' ');

function backward(toks: NameToken[], e: number): RoleFound | null {
  let s = e + 1;
  let former = false;
  for (let k = e; k >= 0 && e - k < MAX; k--) {
    const t = toks[k];
    if (k < e && !tight(toks[k + 1].gap)) break;
    if (FORMER.has(t.lower)) { former = true; s = k; break; }
    if (STRIP.has(t.lower) || isRecentlyAppointed(toks, k)) { s = k; continue; }
    if (connects(toks, k)) {
      // "Head of Service for Children in Care": in a Title Case role an "of"/"for" may join capitals after a non-head
      if (k > 0 && tight(t.gap) && (head(toks[k - 1]) || (toks[k - 1].capital && toks[k + 1]?.capital && k < e))) { s = k; continue; }
      break;
    }
    if (t.lower === 'and' && k < e) { s = k; continue; }
    if (t.lower === 'the' && k > 0 && k < e && toks[k - 1].lower === 'and' && toks[k + 1].capital && tight(t.gap)) { s = k; continue; } // "Yorkshire and the Humber"
    // "Head of Service for Children in Care": an "in" between capitals of a Title Case role, as roleForward reads it
    if (t.lower === 'in' && k > 0 && k < e && toks[k - 1].capital && toks[k + 1].capital && tight(t.gap)) { s = k; continue; }
    if (!roleToken(t)) break;
    if (t.possessive && t.capital && !internalPossessive(t)) break;
    s = k;
    if (t.initial) break;
  }
  if (s > e) return null;
  // An "and" left of every "of"/"for" joins two noun phrases, not two parts of one role.
  let firstConnect = -1;
  for (let k = s; k <= e; k++) if (CONNECT.has(toks[k].lower)) { firstConnect = k; break; }
  for (let k = e; k >= s; k--) if (toks[k].lower === 'and' && (firstConnect < 0 || k < firstConnect)) { s = k + 1; break; }
  if (s > 0 && FORMER.has(toks[s - 1].lower) && tight(toks[s].gap)) former = true;
  return build(toks, s, e, former);
}

const EMPLOYER_WORD = /^(?:council|authority|county|city|borough|district|town|parish|local|unitary)$/;

/** "opposition", "group": the word after a party's name inside a role. */
const partyWord = (x: NameToken | undefined) => x !== undefined && !x.capital && /^(?:opposition|group|party|groups)$/.test(x.lower);

/** A role starting at token `j` and running forward ("the executive director of children's services"). */
export function roleForward(toks: NameToken[], j: number, formerIn = false): RoleFound | null {
  let k = j;
  if (k >= toks.length) return null;
  // "X, currently assistant director at Y": the post held now
  if (toks[k].lower === 'currently' && toks[k + 1] && tight(toks[k + 1].gap)) k++;
  // "the", "a", and a possessive determiner: "She was our acting team manager"
  if (/^(?:the|a|an|our|their|its|his|her|my|your)$/.test(toks[k].lower)) k++;
  // "the former Barnardo's chief executive": "former" before the employer still marks the role
  if (toks[k] && FORMER.has(toks[k].lower) && toks[k + 1]?.capital && tight(toks[k + 1].gap)) {
    formerIn = true;
    k++;
  }
  // "the council's", "Kent County Council's": the employer, skipped.
  for (let q = k; q < toks.length && q - k < 5; q++) {
    if (q > k && !tight(toks[q].gap)) break;
    if (toks[q].possessive && !internalPossessive(toks[q])) { k = q + 1; break; }
    // "the opposition Labour group's spokesman": a party's group as the employer
    // ("the county council's cabinet member": a council's kind written in lower case)
    if (!toks[q].capital && !EMPLOYER_WORD.test(toks[q].lower) && !partyWord(toks[q])) break;
  }
  const s = k;
  let e = -1;
  let seenHead = false;
  let mode: 'lower' | 'capital' | null = null;
  for (; k < toks.length && k - s < MAX; k++) {
    const t = toks[k];
    if (k > s && !tight(t.gap)) {
      // "executive director for children, families and education": a remit listed with commas
      const last = e !== k - 1 ? -1 : mode === 'lower' ? listedRemit(toks, k) : mode === 'capital' ? listedPlaces(toks, k) : -1;
      if (last < 0) break;
      e = k = last;
      continue;
    }
    if (STRIP.has(t.lower) || FORMER.has(t.lower) || isRecentlyAppointed(toks, k)) {
      if (seenHead) break;
      continue;
    }
    if (connects(toks, k)) {
      // "the East of England", "the University of Bristol": "of" inside a proper name.
      // "Head of Service for Children in Care": in a Title Case role a later "for" joins capitals too
      if (mode === 'capital' && toks[k + 1]?.capital && tight(toks[k + 1].gap)) continue;
      if (!seenHead || mode) break;
      // "of the East of England", "of the Oakford Panel": the word after "the" sets the case.
      const n = toks[k + 1]?.lower === 'the' ? toks[k + 2] : toks[k + 1];
      mode = n?.capital ? 'capital' : 'lower';
      continue;
    }
    if (t.lower === 'the' && mode && CONNECT.has(toks[k - 1].lower)) continue;
    // "Leader of Wychstone Council and Cabinet Member for Children's Services": a second post after the "and" ends the
    // first (the frames read the second as a role of its own)
    if (t.lower === 'and' && mode && seenHead && secondPost(toks, k + 1)) break;
    if (t.lower === 'and' && mode) continue;
    // ("... Partnership in July": a month after "in" tells when, not where)
    if (t.lower === 'in' && mode === 'capital' && toks[k + 1]?.capital && tight(toks[k + 1].gap) && !isCalendarWord(toks[k + 1].lower)) continue;
    // "Health and Social Care Reporter": "and" between capitalised words before the head
    if (t.lower === 'and' && !seenHead && k > s && toks[k - 1].capital && toks[k + 1]?.capital && tight(toks[k + 1].gap)) continue;
    // "chair of Ashworth's improvement board": an owner's name right after "of" opens a lowercase complement.
    if (mode === 'capital' && t.possessive && t.capital && CONNECT.has(toks[k - 1].lower) && toks[k + 1] && !toks[k + 1].capital) {
      mode = 'lower';
      e = k;
      continue;
    }
    // "chair of the Wychford Foster Carers' Association": a plural possessive inside a Title Case name
    if (mode === 'capital' && t.possessive && t.capital && /s$/i.test(t.text) && toks[k + 1]?.capital && tight(toks[k + 1].gap)) continue;
    if (!roleToken(t) || (t.possessive && !internalPossessive(t))) break;
    // "leader of the Liberal Democrat opposition", "leader of the opposition Labour group": a party inside the complement
    // ("the Conservative opposition group": two party words in a row)
    if (mode === 'capital' && !t.capital && !(partyWord(t) && (toks[k - 1].capital || partyWord(toks[k - 1])))) break;
    if (mode === 'lower' && t.capital && !internalPossessive(t) && !(partyWord(toks[k + 1]) || (toks[k + 1]?.capital && partyWord(toks[k + 2])))) break;
    if (!mode && seenHead && !head(t) && !ROLE_WORDS.has(t.lower)) break;
    if (head(t)) seenHead = true;
    e = k;
  }
  if (e < s || !seenHead) return null;
  return build(toks, s, e, formerIn);
}

/** A post opens at token `k`: a head word, or one after a word of its own ("Cabinet Member", "Deputy Leader"), in capitals. */
function secondPost(toks: NameToken[], k: number): boolean {
  const a = toks[k];
  const b = toks[k + 1];
  return Boolean(a?.capital && tight(a.gap) && (head(a) || (b?.capital && tight(b.gap) && head(b) && ROLE_WORDS.has(a.lower))));
}

/** "..., families and education": the last token of sector words listed after a comma and closed by "and", else -1. */
function listedRemit(toks: NameToken[], k: number): number {
  if (!/^\s*,\s+$/.test(toks[k].gap)) return -1;
  for (let q = k, n = 0; q < toks.length && n < 8; q++, n++) {
    const t = toks[q];
    if (q > k && !tight(t.gap) && !/^\s*,\s+$/.test(t.gap)) return -1;
    if (t.lower === 'and' && q > k) return ROLE_WORDS.has(toks[q + 1]?.lower ?? '') && tight(toks[q + 1].gap) && !toks[q + 1].capital ? q + 1 : -1;
    if (!ROLE_WORDS.has(t.lower) || t.capital) return -1;
  }
  return -1;
}

/**
 * "for the North East, Yorkshire and the Humber": places listed with a comma and closed by "and", after a
 * capitalised complement; the last token of the list, else -1. The list must end its phrase (a comma, a
 * bracket or the sentence's end follows), and holds no given name, so "for the North West, Jane Smith and
 * Tom Brown" stays two people.
 */
export function listedPlaces(toks: NameToken[], k: number): number {
  if (!/^\s*,\s+$/.test(toks[k].gap)) return -1;
  let and = false;
  for (let q = k; q < toks.length && q - k < 6; q++) {
    const t = toks[q];
    if (q > k && !tight(t.gap)) return -1;
    if (t.lower === 'and' && q > k && !and) { and = true; continue; }
    if (t.lower === 'the' && toks[q - 1].lower === 'and') continue;
    if (!t.capital || t.possessive || ROLE_WORDS.has(t.lower) || head(t) || isGivenName(t.lower)) return -1;
    const next = toks[q + 1];
    if (and && (!next || !tight(next.gap))) return /^\s*[,(]/.test(next?.gap ?? ',') || /^[.;:]/.test(next?.gap ?? '') ? q : -1;
  }
  return -1;
}

/** The role after a comma that follows the name ("X, the executive director of ..., said"). */
export function roleInApposition(toks: NameToken[], j: number): RoleFound | null {
  // a comma or a bar ("Mihai Popescu | Reporter"); and in a byline a dash ("By Peigi Tolland – Political Reporter")
  if (j >= toks.length || !(/^\s*[,|]\s+$/.test(toks[j].gap) || (toks[0].lower === 'by' && /^\s+[–—-]\s+$/.test(toks[j].gap)))) return null;
  const r = roleForward(toks, j);
  return r && !subjectOfSpeech(toks, j, r) ? r : null;
}

/** "a question from X, the director said": the role is the subject of the reporting verb right after it, not X. */
function subjectOfSpeech(toks: NameToken[], j: number, r: RoleFound): boolean {
  let k = j;
  while (k < toks.length && toks[k].end < r.end) k++;
  const v = toks[k + 1];
  // "the former chief executive praised by Ofsted as ...": a passive participle, not the role's own verb
  if (v !== undefined && tight(v.gap) && SPEECH_VERBS.has(v.lower) && toks[k + 2]?.lower !== 'by') return true;
  return apposedToNext(toks, k + 1);
}

/** "In answer to Councillor X, the Principal Social Worker, Ms Y, said": after the role, a name set off by commas and
 *  then a reporting verb is the speaker the role is set beside, not X. */
function apposedToNext(toks: NameToken[], k: number): boolean {
  // (a name that opens with a title or a first name: "Ofsted's National Director, Social Care, said" names a remit)
  if (k >= toks.length || !/^\s*,\s+$/.test(toks[k].gap) || !(isTitle(toks[k].lower.replace(/\.$/, '')) || isGivenName(toks[k].lower))) return false;
  let e = k;
  while (e + 1 < toks.length && e - k < 4 && tight(toks[e + 1].gap) && toks[e + 1].capital) e++;
  const v = toks[e + 1];
  return e > k && v !== undefined && (tight(v.gap) || /^\s*,\s+$/.test(v.gap)) && SPEECH_VERBS.has(v.lower);
}
