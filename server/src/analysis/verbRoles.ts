// Roles told by a verb after the name: "X was appointed as Y", "who is Y", "served as Y", "became Y", "joined the
// council as Y", and "having previously served as Y" anywhere in the sentence.
import { NameToken, tight } from './nameTokens';
import { RoleFound, roleForward } from './roles';
import { heldForYears } from './roleSpans';
import { isHead, ROLE_WORDS } from './roleVocabulary';

const APPOINT = new Set(['appointed', 'named', 'installed', 'confirmed', 'made', 'promoted', 'hired', 'recruited', 'elected', 'chosen', 're-elected', 'reappointed', 're-appointed']);
const BECOME = new Set(['became', 'becomes', 'become']);
const AS_VERBS = new Set(['served', 'serves', 'acts', 'acted', 'works', 'worked', 'joined', 'joins', 'started', 'returned', 'returns', 'continues', 'continued', 'remains', 'remained',
  'arrived', 'arrives']);
const JOINED = new Set(['joined', 'joins', 'rejoined', 'rejoins']);
// How many words of an employer may stand between "joined" and "as".
const MAX_EMPLOYER = 5;
const LEFT_AS = new Set(['resigned', 'quit', 'retired', 'left', 'departed']);
const BROUGHT = new Set(['drafted', 'brought', 'taken', 'took', 'takes', 'parachuted', 'called']);
const AUX = new Set(['is', 'was', 'has', 'had', 'have', 'been', 'will', 'be', 'who', 'now', 'also', 'currently', 'previously', 'formerly', 'recently', 'since', 'then', 'later', 'being', 'having']);

/** A role after a linking verb, from token `j` just after the name: "was appointed as", "who is", "served as", "became". */
export function roleAfterVerb(toks: NameToken[], j: number, afterApposition = false): RoleFound | null {
  let k = j;
  let former = false;
  let copula = false;
  let n = 0;
  // (after "The team's manager, X," the main clause goes on past the comma)
  if (k < toks.length && /^\s*,\s+$/.test(toks[k].gap) && toks[k].lower !== 'who' && !afterApposition) return null;
  for (; k < toks.length && n < 5 && AUX.has(toks[k].lower); k++, n++) {
    if (k > j && !tight(toks[k].gap)) return null;
    const w = toks[k].lower;
    if (w === 'previously' || w === 'formerly' || w === 'had' || w === 'having') former = true;
    if (w === 'is' || w === 'was' || w === 'been') copula = true;
  }
  const t = toks[k];
  if (!t || (k > j && !tight(t.gap))) return null;
  let next = -1;
  if (APPOINT.has(t.lower) || BECOME.has(t.lower)) next = toks[k + 1]?.lower === 'as' ? k + 2 : k + 1;
  else if ((AS_VERBS.has(t.lower) || LEFT_AS.has(t.lower)) && toks[k + 1]?.lower === 'as') {
    next = k + 2;
    if (LEFT_AS.has(t.lower)) former = true;
  } else if (/^(?:return|returns|returned|returning|remain|remains|remained|stay|stays|stayed|continue|continues|continued)$/.test(t.lower)) {
    // "will return to his substantive role as assistant director for ...": a post named after "role as"
    const q = /^(?:to|in)$/.test(toks[k + 1]?.lower ?? '') && /^(?:his|her|their)$/.test(toks[k + 2]?.lower ?? '') ? k + 3 : -1;
    for (let r = q; r > 0 && r < toks.length && r - q <= 2; r++) {
      if (!tight(toks[r].gap)) break;
      if (/^(?:role|post|job|position)$/.test(toks[r].lower)) {
        if (toks[r + 1]?.lower === 'as') next = r + 2;
        break;
      }
    }
  } else if (JOINED.has(t.lower)) {
    // "joined Next Steps as a personal adviser", "joined the council as director": an employer between verb and "as"
    for (let q = k + 1; q < toks.length && q - k <= MAX_EMPLOYER; q++) {
      if (!tight(toks[q].gap)) break;
      if (toks[q].lower === 'as') { next = q + 1; break; }
      if (!toks[q].capital && !/^(?:the|council|authority|team|service|trust)$/.test(toks[q].lower)) break;
    }
  } else if (BROUGHT.has(t.lower) && (toks[k + 1]?.lower === 'in' || toks[k + 1]?.lower === 'over')) {
    next = toks[k + 2]?.lower === 'as' ? k + 3 : -1;
  } else if (copula && (t.lower === 'the' || (t.possessive && t.capital))) next = k; // "has been Eskdene's director of ..."
  // "who is now its responsible individual", "was a social worker in Scalderby": roleForward still needs a head word
  else if (copula && /^(?:a|an|its|their|his|her)$/.test(t.lower)) next = k;
  // "Marguerite Salkeld was director of children's services at ...": a post without an article after the copula
  else if (copula && !t.capital && (isHead(t.lower, false) || ROLE_WORDS.has(t.lower))) next = k;
  if (next < 0 || !toks[next] || !tight(toks[next].gap)) return null;
  const r = roleForward(toks, next, former);
  // "was a social worker in Scalderby for 22 years": a post held for a span, told in the past, is held no longer
  if (r && !r.former && toks.slice(j, k).some((x) => x.lower === 'was' || x.lower === 'were') && heldForYears(toks, r.end)) r.former = true;
  return r;
}


/** "having previously served as Y" anywhere in the sentence: a role of the sentence's subject. */
export function participleRole(toks: NameToken[]): { at: number; role: RoleFound } | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].lower !== 'having') continue;
    let q = k + 1;
    if (toks[q].lower === 'previously' || toks[q].lower === 'formerly') q++;
    if (!toks[q] || !(toks[q].lower === 'served' || toks[q].lower === 'worked' || toks[q].lower === 'been')) continue;
    const as = toks[q].lower === 'been' ? q + 1 : toks[q + 1]?.lower === 'as' ? q + 2 : -1;
    if (as < 0 || !toks[as]) continue;
    const role = roleForward(toks, as, true);
    if (role) return { at: k, role };
  }
  return null;
}
