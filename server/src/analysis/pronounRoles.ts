// Roles a pronoun carries from the person just named: "X joined from Y, where she had been Z", and a
// sentence led by "She"/"He" that names no one ("She was previously Y and, before that, Z and then W";
// "Before joining X in 2018, she was Y").
import { NameToken, tight } from './nameTokens';
import { ARTICLES, COMMA, copulaRole, indexEndingAt, ledAfter, MAX } from './roleFrames';
import { RoleFound, roleForward } from './roles';
import { roleAfterVerb } from './verbRoles';

export interface SentenceMention {
  ref: number;
  seg: { sentence: number; toks: NameToken[]; to: number };
}

/** "X joined from Y, where she had been Z": Z is X's when X is the only person named before it. */
export function pronounRoles(all: SentenceMention[], owner: Map<number, number>, add: (ci: number, r: RoleFound | null) => void): void {
  for (let a = 0; a < all.length; ) {
    const si = all[a].seg.sentence;
    let b = a;
    while (b < all.length && all[b].seg.sentence === si) b++;
    const toks = all[a].seg.toks;
    const k = whereSheWas(toks, all[a].seg.to + 1);
    if (k >= 0) {
      const ci = owner.get(all[a].ref);
      let sole = true;
      for (let m = a + 1; m < b; m++) if (all[m].seg.to < k && owner.get(all[m].ref) !== ci) sole = false;
      if (sole && ci !== undefined) add(ci, whereRole(toks, k));
    }
    a = b;
  }
}

/** The index of the first "where"/"when" followed by "she"/"he" from token `from`, else -1. */
function whereSheWas(toks: NameToken[], from: number): number {
  for (let k = from; k + 2 < toks.length; k++) {
    // Raw text, not the lowercase form: this looks at every later word of the sentence.
    const w = toks[k].text;
    // "who joined from Y, where she was Z", also without the comma
    if (!(w === 'where' || w === 'when') || !(COMMA.test(toks[k].gap) || w === 'where' && tight(toks[k].gap))) continue;
    if (PRONOUNS.has(toks[k + 1].lower)) return k;
  }
  return -1;
}

/** The role after "where she was" at `k`; held before, when the copula is past. */
function whereRole(toks: NameToken[], k: number): RoleFound | null {
  const r = copulaRole(toks, k + 2);
  return r && { ...r, former: r.former || toks[k + 2].lower === 'was' };
}

/** Pronouns that carry a person from the sentence before as a subject. */
export const PRONOUNS = new Set(['she', 'he']);
const EARLIER = new Set(['before', 'prior', 'earlier', 'previously']);
const FRONTED = new Set(['before', 'that', 'previously', 'earlier', 'prior', 'to', 'formerly']);

/** Roles of a sentence's pronoun subject: "She was previously Y and, before that, Z". */
export function pronounSubjectRoles(toks: NameToken[]): RoleFound[] {
  // "A team manager in Marlbeck's east locality, she had 34 open cases": a fronted role before the pronoun
  if (toks[0] && ARTICLES.has(toks[0].lower)) {
    const r = roleForward(toks, 0);
    const k = r ? indexEndingAt(toks, r.end, 0) : -1;
    let q = k + 1;
    while (q < toks.length && q - k <= 6 && tight(toks[q].gap)) q++;
    return r && toks[q] && COMMA.test(toks[q].gap) && PRONOUNS.has(toks[q].lower) ? [r] : [];
  }
  // "Before that she was a social worker", "Previously, he was ...": a fronted time phrase of up to three words;
  // "Before joining Fellbrook in 2018, she was ...": a fronted "before" clause up to its comma
  let p = 0;
  while (p < 3 && toks[p] && !PRONOUNS.has(toks[p].lower) && FRONTED.has(toks[p].lower)) p++;
  if (toks[p] && !PRONOUNS.has(toks[p].lower)) {
    const q = afterBeforeClause(toks);
    if (q > 0) p = q;
  }
  if (!toks[p] || !PRONOUNS.has(toks[p].lower)) return [];
  const fronted = p > 0;
  const at = p + 1;
  // ("She now chairs the Brackenburn Safeguarding Children Partnership": a verb of leading)
  const first = roleAfterVerb(toks, at) ?? copulaRole(toks, at, fronted) ?? ledAfter(toks, p, true);
  if (!first) {
    // "He joined the council in 2018 from X, where he was Y"
    const k = whereSheWas(toks, at);
    const r = k >= 0 ? whereRole(toks, k) : null;
    return r ? [r] : [];
  }
  const out = [fronted ? { ...first, former: true } : first];
  // "Y and, before that, Z and then W": each further role after an "and"
  for (let last = first, n = 0; n < MAX_CHAIN; n++) {
    const next = chainedRole(toks, last, at, fronted);
    if (!next) break;
    out.push(next);
    last = next;
  }
  return out;
}

const MAX_CHAIN = 3;

/** The index of the pronoun after a fronted "Before joining X in 2018," clause, else -1. */
function afterBeforeClause(toks: NameToken[]): number {
  if (toks[0]?.lower !== 'before' || !toks[1]?.lower.endsWith('ing')) return -1;
  for (let q = 2; q < toks.length && q <= 10; q++) if (COMMA.test(toks[q].gap)) return PRONOUNS.has(toks[q].lower) ? q : -1;
  return -1;
}

/** The role joined by "and" (", before that," or "then" between) after `prev`. */
function chainedRole(toks: NameToken[], prev: RoleFound, at: number, fronted: boolean): RoleFound | null {
  // the role's complement may run on past what was kept of it ("head of service for children in care in X and")
  let e = indexEndingAt(toks, prev.end, at);
  for (let n = 0; toks[e + 1] && toks[e + 1].lower !== 'and' && tight(toks[e + 1].gap) && n < MAX; n++) e++;
  if (toks[e + 1]?.lower !== 'and' || !(tight(toks[e + 1].gap) || COMMA.test(toks[e + 1].gap))) return null;
  let q = e + 2;
  // "and, before that, a team manager": a parenthesis of a few words, set off by commas or not; "and then a ..."
  if (toks[q] && EARLIER.has(toks[q].lower)) {
    const open = q;
    if (COMMA.test(toks[q].gap)) {
      while (q < toks.length && q - open < 4 && (q === open || !COMMA.test(toks[q].gap))) q++;
      if (!toks[q] || !COMMA.test(toks[q].gap)) return null;
    } else if (toks[q].lower === 'before' && toks[q + 1]?.lower === 'that') q += 2;
  } else if (toks[q]?.lower === 'then' && tight(toks[q + 1]?.gap ?? '')) q++;
  if (!toks[q] || !(ARTICLES.has(toks[q].lower) || toks[q].lower === 'former' || (fronted && q === e + 2))) return null;
  return roleForward(toks, q, prev.former || fronted || q > e + 2);
}

