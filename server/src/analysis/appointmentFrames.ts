// Two frames around a name that the readers in roles.ts and roleFrames.ts do not cover:
// - the name as the object of an appointing verb, the post after "as", either at once or after an
//   apposition ("has appointed Dr X as its new director of ...", "appointed X, the former head of
//   ..., as director of ...");
// - a participle after an apposed role: "X, the former head of Y appointed by Z as W, said";
// - a fronted "Before joining/moving to/coming to ..., X was Y": Y is a role X held before.
import { NameToken, tight } from './nameTokens';
import { RoleFound, roleForward } from './roles';

const COMMA = /^\s*,\s+$/;
const APPOINTING = new Set(['appointed', 'appoints', 'appoint', 'named', 'names', 'hired', 'hires', 'recruited', 'recruits', 'chosen', 'chose', 'selected', 'selects', 'picked', 'picks', 'confirmed', 'confirms']);
const DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our']);
/** How far an apposition may run before the ", as" that resumes the appointment. */
const MAX_APPOSITION = 30;

/** The post after "as" when the name at [start, to] is what an appointing verb right before it acts on. */
export function appointedAs(toks: NameToken[], start: number, to: number): RoleFound | null {
  const verb = toks[start - 1];
  if (!verb || !tight(toks[start].gap) || !APPOINTING.has(verb.lower)) return null;
  let k = to + 1;
  if (!toks[k]) return null;
  if (COMMA.test(toks[k].gap)) {
    // Past the apposition to the next comma: only an "as" there resumes the appointment.
    let q = k + 1;
    while (q < toks.length && q - k < MAX_APPOSITION && !/[,;()]/.test(toks[q].gap)) q++;
    if (q >= toks.length || !COMMA.test(toks[q].gap)) return null;
    k = q;
  } else if (!tight(toks[k].gap)) return null;
  if (toks[k].lower !== 'as' || !toks[k + 1] || !tight(toks[k + 1].gap)) return null;
  let s = k + 1;
  if (DETERMINERS.has(toks[s].lower) && toks[s + 1] && tight(toks[s + 1].gap)) s++;
  return roleForward(toks, s);
}

const PARTICIPLES = new Set(['appointed', 'named', 'hired', 'recruited', 'chosen', 'selected', 'installed', 'drafted', 'brought', 'sent', 'seconded']);
/** How far the participle's agent may run before "as": "appointed by the Department for Education as". */
const MAX_AGENT = 12;

/** "X, the former head of Y appointed by Z as W, said": W, the post the apposition's participle names. */
export function appointedAfterApposition(toks: NameToken[], apposed: RoleFound): RoleFound | null {
  let k = 0;
  while (k < toks.length && toks[k].start < apposed.end) k++;
  if (!toks[k] || !tight(toks[k].gap) || !PARTICIPLES.has(toks[k].lower)) return null;
  for (let q = k + 1; q < toks.length && q - k <= MAX_AGENT; q++) {
    if (!tight(toks[q].gap)) return null;
    if (toks[q].lower !== 'as') continue;
    const s = DETERMINERS.has(toks[q + 1]?.lower ?? '') ? q + 2 : q + 1;
    return toks[s] && tight(toks[s].gap) ? roleForward(toks, s) : null;
  }
  return null;
}

/** "Before joining Saltmere, X ...": the name at `start` follows a fronted "before V-ing" clause. */
export function afterFrontedBefore(toks: NameToken[], start: number): boolean {
  let k = 0;
  if (toks[0]?.lower === 'prior' && toks[1]?.lower === 'to') k = 1;
  else if (toks[0]?.lower !== 'before') return false;
  const verb = toks[k + 1];
  if (!verb || !verb.lower.endsWith('ing') || start <= k + 1 || !COMMA.test(toks[start].gap)) return false;
  return firstLooseGap(toks, k + 2) === start;
}

// Cached per sentence: every mention after a comma asks, and the clause may be long.
const looseCache = new WeakMap<NameToken[], number>();
function firstLooseGap(toks: NameToken[], from: number): number {
  let q = looseCache.get(toks);
  if (q === undefined) {
    q = from;
    while (q < toks.length && tight(toks[q].gap)) q++;
    looseCache.set(toks, q);
  }
  return q;
}

const PRESENT = new Set(['is', 'now', 'currently', 'remains', 'still']);

/** A role read after such a name is a former one, unless the sentence says it is still held. */
export function markFormer(toks: NameToken[], r: RoleFound | null, nameEnd: number): RoleFound | null {
  if (!r || r.start < nameEnd) return r;
  let k = 0;
  while (k < toks.length && toks[k].start < r.start) k++;
  // The verb right before the role decides ("who is now director, was head of ..."): two words back at most.
  for (let q = k - 1; q >= k - 2 && q >= 0 && toks[q].start >= nameEnd; q--) if (PRESENT.has(toks[q].lower)) return r;
  return { ...r, former: true };
}
