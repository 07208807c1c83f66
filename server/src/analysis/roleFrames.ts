// Role frames the word-by-word readers in roles.ts miss, each tried only where a cheap cue stands
// next to a name (a comma, "who", a bracket, "and"), so no pass over every token is added:
// - a role read forward from where its noun phrase starts and ending right before the name
//   ("The leader of the council, Councillor X", "Leader of the council Cllr X"): reading backward
//   stops at "the" and at an "of" that follows a non-head ("the East of England");
// - an apposition opened by a time adverb ("X, currently deputy director of ..., will ...");
// - a bare role after a copula ("X, who was previously deputy director of ...", "X was director");
// - a second role joined by "and" ("X, chair of the board and a former chief inspector, said"), also
//   before the name ("the council's deputy leader and portfolio holder for ..., X");
// - a role in brackets after a name, as in minutes ("J. Smith (Chair)"), or a name in brackets after its role;
// (roles a pronoun carries, "..., where she was Y" and "She was previously Y", are in pronounRoles.ts)
import { appointedAfterApposition } from './appointmentFrames';
import { NameToken, tight } from './nameTokens';
import { SPEECH_VERBS } from './nameVocabulary';
import { isHead, ROLE_WORDS, STOP } from './roleVocabulary';
import { listedPlaces, remitText, remitWord, RoleFound, roleBefore, roleBeforeComma, roleForward, roleInApposition } from './roles';
import { roleAfterVerb } from './verbRoles';

export const MAX = 14;
export const COMMA = /^\s*,\s+$/;
export const ARTICLES = new Set(['the', 'a', 'an']);
const ADVERBS = new Set(['currently', 'now', 'formerly', 'previously', 'latterly', 'until', 'recently']);
const PAST_ADVERBS = new Set(['formerly', 'previously', 'latterly']);
const COPULA_AUX = new Set(['is', 'was', 'has', 'had', 'have', 'been', 'will', 'be', 'who', 'also', 'currently', 'previously', 'formerly', 'now', 'then', 'still']);

/** The role whose noun phrase ends on the token right before `i` (the name or its title). */
export function roleEndingBefore(toks: NameToken[], i: number, bracket = false): RoleFound | null {
  if (i <= 0) return null;
  const gap = toks[i].gap;
  if (!tight(gap) && !COMMA.test(gap) && !(bracket && /^\s*\($/.test(gap))) return null;
  const last = i - 1;
  // "adviser for Kestrel Vale" is a role of someone else when the place itself is the "name".
  const endTok = toks[last];
  if (endTok.lower === 'of' || endTok.lower === 'for' || endTok.possessive || STOP.has(endTok.lower)) return null;
  // A role never spans a comma or a quote, so no start before the last loose gap can reach the name.
  let lo = last;
  while (lo > 0 && last - lo < MAX && tight(toks[lo].gap)) lo--;
  // "regional director for the North East, Yorkshire and the Humber, X": a listed place is part of the role
  if (lo > 0 && listedPlaces(toks, lo) === last) for (lo--; lo > 0 && last - lo < MAX && tight(toks[lo].gap); ) lo--;
  for (let k = lo; k <= last; k++) {
    const boundary = k === 0 || toks[k].initial || ARTICLES.has(toks[k].lower) || !tight(toks[k].gap) || toks[k - 1].possessive;
    if (!boundary) continue;
    const r = roleForward(toks, k);
    if (r && r.end === endTok.end) return r;
  }
  return null;
}

/** A role after the name ending at token `to`: adverb-led apposition, copula, brackets. */
export function roleAfterName(toks: NameToken[], to: number, text: string): RoleFound | null {
  const j = to + 1;
  const t = toks[j];
  if (!t) return null;
  if (/^\s*\(\s*$/.test(t.gap)) return bracketed(toks, j, text);
  if (COMMA.test(t.gap) && ADVERBS.has(t.lower)) {
    let k = j + 1;
    if (t.lower === 'until' && toks[k]?.lower === 'recently') k++;
    else if (t.lower === 'until' || t.lower === 'recently') return null;
    const r = toks[k] && tight(toks[k].gap) ? roleForward(toks, k, t.lower !== 'currently' && t.lower !== 'now') : null;
    return r && closesClause(toks, r) ? r : null;
  }
  return copulaRole(toks, j);
}

/** "who was previously deputy director of ...", "was director", "is a member of ...". */
export function copulaRole(toks: NameToken[], j: number, afterClause = false): RoleFound | null {
  let k = j;
  if (!afterClause && k < toks.length && COMMA.test(toks[k].gap) && toks[k].lower !== 'who') return null;
  let copula = false;
  let former = false;
  for (let n = 0; k < toks.length && n < 5 && COPULA_AUX.has(toks[k].lower); k++, n++) {
    if (k > j && !tight(toks[k].gap)) return null;
    const w = toks[k].lower;
    if (w === 'is' || w === 'was' || w === 'been' || w === 'be') copula = true;
    if (w === 'had' || PAST_ADVERBS.has(w)) former = true;
  }
  if (!copula || !toks[k] || !tight(toks[k].gap)) return null;
  // "the" after a copula is read by roleAfterVerb already.
  if (toks[k].lower === 'the') return null;
  return roleForward(toks, k, former);
}

/** "J. Smith (Chair)": a role filling the brackets. */
export function bracketed(toks: NameToken[], j: number, text: string): RoleFound | null {
  const r = roleForward(toks, j);
  if (!r) return null;
  const after = indexEndingAt(toks, r.end, j) + 1;
  // the bracket may close the sentence, with no token after it
  if (/^\s*\)/.test(after < toks.length ? toks[after].gap : text.slice(r.end, r.end + 4))) return r;
  // "(Strategic Director, Children and Families)": a Title Case remit after a comma, up to the bracket
  if (after >= toks.length || !COMMA.test(toks[after].gap)) return null;
  let k = after;
  while (k < toks.length && k - after < 6 && remitWord(toks[k]) && (k === after || tight(toks[k].gap))) {
    if (k + 1 >= toks.length ? /^\s*\)/.test(text.slice(toks[k].end, toks[k].end + 3)) : /^\s*\)/.test(toks[k + 1].gap)) {
      return { ...r, role: `${r.role}, ${remitText(toks, after, k)}`, end: toks[k].end };
    }
    k++;
  }
  return null;
}

/** "X, previously assistant director at Whitlaw Council, ...": a role after an adverb opening an apposition (a cue that X is a person). */
export function adverbApposition(toks: NameToken[], to: number): RoleFound | null {
  const t = toks[to + 1];
  // (the document's text is read only for a bracket, never after this comma)
  return t && COMMA.test(t.gap) && ADVERBS.has(t.lower) ? roleAfterName(toks, to, '') : null;
}

/** "X, previously assistant director at Whitlaw Council, becomes permanent director": the main clause after an apposition. */
function mainClauseAfter(toks: NameToken[], r: RoleFound, from: number): RoleFound | null {
  return roleAfterSetOff(toks, indexEndingAt(toks, r.end, from) + 1, 8);
}

/** "Dr Farai Gumbo, who has led the department since July 2021, has been appointed director of ...": the main clause after a
 *  relative clause set off by commas right after the name ending at `to`. */
function afterRelative(toks: NameToken[], to: number): RoleFound | null {
  const who = toks[to + 1];
  return who && who.lower === 'who' && COMMA.test(who.gap) ? roleAfterSetOff(toks, to + 2, 14) : null;
}

/** The role the main clause gives after the comma that closes, within `max` more words, what starts at token `k`. */
function roleAfterSetOff(toks: NameToken[], k: number, max: number): RoleFound | null {
  for (let n = 0; k < toks.length && n < max && tight(toks[k].gap); n++) k++;
  if (k >= toks.length || !COMMA.test(toks[k].gap)) return null;
  return copulaRole(toks, k, true) ?? roleAfterVerb(toks, k, true);
}

/** The role is the whole apposition: a comma, a full stop or the sentence end follows it. */
function closesClause(toks: NameToken[], r: RoleFound): boolean {
  const after = indexEndingAt(toks, r.end, 0) + 1;
  return after >= toks.length || /^\s*[,;)]/.test(toks[after].gap) || /^\s*(at|in)$/.test(toks[after].lower);
}

/** "..., chair of X and a former chief inspector of Y": the role after the "and", when `first` ended just before it. */
export function coordinatedRole(toks: NameToken[], first: RoleFound, from: number): RoleFound | null {
  let e = indexEndingAt(toks, first.end, from);
  // (the role read may stop short of its complement: "chair" of "chair of the council's improvement board and a ...")
  for (const stop = e + 8; e + 1 < toks.length && e < stop && tight(toks[e + 1].gap) && toks[e + 1].lower !== 'and'; e++);
  const and = toks[e + 1];
  if (!and || and.lower !== 'and' || !tight(and.gap)) return null;
  // "was director of children's services in Aldenhope from 2009 to 2019 and now chairs the Partnership"
  const led = ledAfter(toks, e + 1);
  if (led) return led;
  const det = toks[e + 2];
  // "a former foster carer and chair of the association": a second head may come with no article of its own
  // ("Leader of Wychstone Council and Cabinet Member for ...": in Title Case, with its capital)
  const bareHead = det !== undefined && (!det.capital || first.role !== first.role.toLowerCase()) && (isHead(det.lower, false)
    || (det.capital && isHead(toks[e + 3]?.lower ?? '', false) && tight(toks[e + 3]?.gap ?? ' ,')));
  if (!det || !(ARTICLES.has(det.lower) || det.lower === 'former' || bareHead)) return null;
  return roleForward(toks, e + 2);
}

/** "The council's deputy leader and portfolio holder for ..., X": the role before the "and" that joins it to `second`. */
function roleJoinedBefore(toks: NameToken[], second: RoleFound): RoleFound | null {
  const k = second.start;
  let i = toks.length - 1;
  while (i >= 0 && toks[i].start > k) i--;
  const and = toks[i - 1];
  if (!and || toks[i].start !== k || and.lower !== 'and' || !tight(toks[i].gap) || !tight(and.gap)) return null;
  return roleEndingBefore(toks, i - 1);
}

export function indexEndingAt(toks: NameToken[], end: number, from: number): number {
  for (let k = Math.max(0, from); k < toks.length; k++) if (toks[k].end >= end - 2 && toks[k].end <= end) return k;
  return toks.length;
}

/** The frames above for one mention: title or name at `start`, last name token `to`. */
export function frameRoles(toks: NameToken[], start: number, to: number, text: string, add: (r: RoleFound | null) => void): void {
  // "The Mayor (Councillor D. A. Whitlock) in the Chair": a name in brackets after its role
  if (/^\s*\($/.test(toks[start]?.gap ?? '') && /^\)/.test(toks[to + 1]?.gap ?? ')')) add(roleEndingBefore(toks, start, true));
  const direct = roleBefore(toks, start) ?? roleBeforeComma(toks, start);
  if (direct) add(roleJoinedBefore(toks, direct));
  else {
    const next = toks[to + 1];
    // After a comma, the name must end its clause ("..., X, said"), as apposedRoleBefore asks.
    const apposed = tight(toks[start]?.gap ?? '') || !next || !tight(next.gap) || next.lower === 'and' || SPEECH_VERBS.has(next.lower);
    const r = apposed ? roleEndingBefore(toks, start) : null;
    add(r);
    if (r) add(roleJoinedBefore(toks, r));
  }
  // "Rosamund Kett MP, Member of Parliament for Carrowby": the post after the name, then an apposition after it
  const mp = toks[to + 1];
  if (mp && tight(mp.gap) && mp.allCaps && /^(?:mp|mep|msp)$/.test(mp.lower)) {
    add({ role: mp.text, start: mp.start, end: mp.end, former: false });
    add(roleInApposition(toks, to + 2));
  }
  const app = roleInApposition(toks, to + 1);
  const afterName = app ? null : roleAfterName(toks, to, text);
  // (a second post joined to the apposition, "... and a former chief constable", is read by the caller for every role)
  if (!app) add(afterName);
  if (afterName && ADVERBS.has(toks[to + 1].lower)) add(mainClauseAfter(toks, afterName, to + 1));
  add(ledBy(toks, to));
  // "Mr MacAmhlaigh chairs the board": the name the subject of a verb of leading, in the present
  if (toks[to + 1] && tight(toks[to + 1].gap)) add(ledAfter(toks, to, true));
  add(afterRelative(toks, to));
  // "The trust's chief executive is Marisa Kellaway-Dunn": the role, a copula, then the name
  const cop = toks[start - 1];
  if (cop && /^(?:is|was)$/.test(cop.lower) && tight(toks[start].gap) && start >= 2) add(roleEndingBefore(toks, start - 1));
  // "the council's head of children's social care, Paula Renshaw, is now acting director": the apposed name's main clause
  const after = toks[to + 1];
  if (after && COMMA.test(after.gap) && COMMA.test(toks[start]?.gap ?? '')) {
    add(/^(?:is|was|has|had|will|remains)$/.test(after.lower) ? copulaRole(toks, to + 1, true) : roleAfterVerb(toks, to + 1, true));
  }
  if (app) {
    add(appointedAfterApposition(toks, app));
    // "Ms Obidike, a social worker for 22 years, was previously a team manager in ...": the main clause after the apposition
    add(mainClauseAfter(toks, app, to + 1));
    // "X, the council's assistant director for early help, who has been acting director of ...": a relative clause after the apposition
    const w = indexEndingAt(toks, app.end, to + 1) + 1;
    if (toks[w]?.lower === 'who' && COMMA.test(toks[w].gap)) add(copulaRole(toks, w) ?? roleAfterVerb(toks, w));
  }
  // "Cllr Jo Smith (Lab, Eastfield), cabinet member for children's services": a party and ward in brackets, then the post
  if (/^\s*\(\s*$/.test(toks[to + 1]?.gap ?? '')) {
    for (let j = to + 2; j < toks.length && j <= to + 6; j++) {
      if (!/\)/.test(toks[j].gap)) continue;
      // (not a list of members, "Councillor X (Chair), Councillor Y (Vice-Chair)": the post there is a title of the next name)
      const r = /^\s*\)\s*,\s+$/.test(toks[j].gap) ? roleForward(toks, j) : null;
      const next = r ? toks[indexEndingAt(toks, r.end, j) + 1] : undefined;
      if (r && !(next && tight(next.gap) && next.capital)) add(r);
      break;
    }
  }
  // "Keeley Hirst, 16, chair of the Children in Care Council", "Jake Squire, 20, who chairs ...": an age set off by commas
  const age = toks[to + 1];
  if (age && COMMA.test(age.gap) && /^\d{1,2}$/.test(age.text) && COMMA.test(toks[to + 2]?.gap ?? '')) {
    add(roleInApposition(toks, to + 2));
    add(ledBy(toks, to + 1));
  }
  // "X, who ..., has been interim director since April": the main clause resumes after the relative one.
  if (toks[to + 1]?.lower === 'who' && COMMA.test(toks[to + 1].gap)) {
    for (let k = to + 2; k < toks.length && k < to + 32; k++) {
      if (toks[k].lower === 'who' || toks[k].lower === 'and') break;
      if (COMMA.test(toks[k].gap)) { add(copulaRole(toks, k, true)); break; }
    }
  }
}

// "X, who leads our edge-of-care team", "who chairs the Wychford Foster Carers' Association": the post told by its verb
const LEAD_VERBS = new Set(['leads', 'chairs', 'co-chairs', 'heads', 'runs', 'manages', 'directs', 'edits', 'founded', 'co-founded', 'chaired', 'headed']);
// "who now chairs", "who also leads"
const LEAD_ADVERBS = new Set(['now', 'also', 'currently', 'still']);
const MAX_LED = 8;
// Function words that may stand inside what is led ("the leaving care service"), though not at its end.
const LED_INNER = new Set(['the', 'a', 'an', 'our', 'its', 'their', 'his', 'her', 'of', 'for', 'and']);

/** The verb and what it leads, as written, after ", who" right after the name ending at `to`. */
function ledBy(toks: NameToken[], to: number): RoleFound | null {
  const who = toks[to + 1];
  return who && who.lower === 'who' && COMMA.test(who.gap) ? ledAfter(toks, to + 1) : null;
}

// Of the verbs of leading, the ones a subject's present tense gives as a post held ("X chairs the board"; "X runs
// a workshop" is no post).
const SUBJECT_LEAD_VERBS = new Set(['chairs', 'co-chairs', 'heads']);

/**
 * The verb after token `at` (past "now", "also" ...) and what it leads: "who now chairs the Forum", "and now chairs ...";
 * `subject`: the token at `at` is the verb's subject, and only a verb of SUBJECT_LEAD_VERBS names a post.
 */
export function ledAfter(toks: NameToken[], at: number, subject = false): RoleFound | null {
  const v = LEAD_ADVERBS.has(toks[at + 1]?.lower ?? '') && tight(toks[at + 2]?.gap ?? ' ,') ? at + 2 : at + 1;
  const verb = toks[v];
  if (!verb || !tight(verb.gap) || !tight(toks[at + 1].gap) || !(subject ? SUBJECT_LEAD_VERBS : LEAD_VERBS).has(verb.lower)) return null;
  let e = v;
  for (let k = v + 1; k < toks.length && k - v <= MAX_LED && tight(toks[k].gap); k++) {
    if (STOP.has(toks[k].lower) && !LED_INNER.has(toks[k].lower)) break;
    e = k;
  }
  if (e === v) return null;
  while (LED_INNER.has(toks[e].lower)) e--;
  const start = verb.start;
  // a possessive cut off the last word: "Carers'" (a plural's apostrophe) or "council's"
  const cut = (t: NameToken) => (t.possessive ? (t.text.endsWith('s') ? "'" : "'s") : '');
  const end = toks[e].end + cut(toks[e]).length;
  // the post the verb names: "chairs the Forum" is the chair of the Forum
  const rest = toks.slice(v + 1, e + 1).map((t) => t.text + cut(t)).join(' ');
  const post = LEAD_POSTS[verb.lower];
  return { role: post ? `${post} ${rest}` : `${verb.text} ${rest}`, start, end, former: verb.lower.endsWith('ed') };
}

const LEAD_POSTS: Record<string, string> = {
  leads: 'leader of', chairs: 'chair of', 'co-chairs': 'co-chair of', heads: 'head of', manages: 'manager of', directs: 'director of',
  edits: 'editor of', founded: 'founder of', 'co-founded': 'co-founder of', chaired: 'chair of', headed: 'head of',
};
