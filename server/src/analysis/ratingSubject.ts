// What a grade is about, as a short noun phrase from the text: the object of "rated the department as",
// the subject of "X was judged to be", the antecedent of "X, which was rated good".
import { Tok } from './dateTokens';
import { Frame, GradeHit, QUOTES } from './gradeContext';
import { GRADES } from './schema';

const AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'can', 'should',
  'must', 'shall']);
// Words that may sit between a subject and its rating verb: "has also previously been", "no longer", "to be".
const CHAIN = new Set([...AUX, 'also', 'now', 'previously', 'again', 'once', 'already', 'still', 'no', 'longer', 'not', 'never', 'recently',
  'subsequently', 'since', 'consistently', 'officially', 'overall', 'to', 'wants', 'want', 'aims', 'aim', 'hopes', 'hope', 'expects', 'expected',
  'set', 'likely', 'due', 'is', 'finally', 'just', 'then', 'later', 'only', 're']);
const RECEIVE = new Set(['received', 'receiving', 'receives', 'got', 'gets', 'given', 'gained', 'achieved', 'earned', 'retained', 'kept', 'keeps',
  'holds', 'held', 'has', 'had', 'secured', 'awarded', 'maintained', 'lost', 'retains', 'achieves', 'gain', 'get', 'achieve']);
const BOUNDARY_WORDS = new Set(['that', 'which', 'who', 'said', 'says', 'while', 'when', 'where', 'because', 'if', 'after', 'before', 'since',
  'but', 'found', 'judged', 'although', 'though', 'whereas', 'following', 'and']);
const OPENERS = new Set(['regarding', 'while', 'only', 'but', 'and', 'however', 'meanwhile', 'so', 'although', 'also', 'even', 'now', 'overall',
  'then', 'whilst', 'today', 'yet', 'previously', 'with']);
const PRONOUNS = new Set(['it', 'they', 'them', 'this', 'we', 'i', 'he', 'she', 'which', 'that', 'who', 'you', 'these', 'those', 'there', 'our', 'their',
  'its', 'his', 'her', 'my', 'your', 'us']);
const PREPOSITIONS = new Set(['in', 'at', 'for', 'across', 'within', 'by']);
const MAX_NP = 14;
const RATED_NOUNS = new Set(['verdict', 'judgement', 'judgements', 'judgment', 'rating', 'ratings', 'grade', 'grades', 'grading']);
// (a token is one word: "requires improvement" is never one)
const GRADE_WORDS = new Set<string>(GRADES);
const GOAL_NOUNS = new Set(['goal', 'aim', 'target', 'ambition', 'hope', 'plan', 'intention', 'priority']);

function isBoundary(t: Tok, antecedent: boolean): boolean {
  if (t.k === 'p') return t.t !== '-';
  if (antecedent) return t.low === 'said' || t.low === 'says';
  return BOUNDARY_WORDS.has(t.low);
}

/** Trims clause openers and anything from an auxiliary on; a long phrase keeps its final proper name. */
function tidy(toks: Tok[], a: number, b: number, cutVerbs: boolean): [number, number] | null {
  while (a <= b) {
    const w = toks[a].low;
    if (w === 'in' && toks[a + 1]?.low === 'terms' && toks[a + 2]?.low === 'of') a += 3;
    else if (OPENERS.has(w) || QUOTES.has(toks[a].t) || (a === 0 && toks[a].k === 'n' && /^\d+(?:\.\d+)+$/.test(toks[a].t))) a++; // "6.2": a paragraph number
    else break;
  }
  if (b - a >= 8) {
    // "periods as assistant director in Bedfordshire and Lincolnshire County Council"
    for (let j = b; j > a; j--) {
      const t = toks[j];
      if (PREPOSITIONS.has(t.low)) return j < b && /\p{Lu}/u.test(toks[j + 1].t[0]) ? [j + 1, b] : null;
      if (t.k !== 'w' || (t.t[0] === t.low[0] && t.low !== 'and' && t.low !== 'of')) break;
    }
    if (b - a >= MAX_NP) return null;
  }
  for (let j = a + 1; j <= b; j++) {
    if (AUX.has(toks[j].low) || (cutVerbs && /ed$/.test(toks[j].low) && toks[j].t[0] === toks[j].low[0])) {
      b = j - 1;
      break;
    }
  }
  if (a > b) return null;
  if (a === b && PRONOUNS.has(toks[a].low)) return null;
  if (/^(?:it|they|we|i|he|she|you|us|them)$/.test(toks[b].low)) return null; // "I doubt we": the subject is a pronoun
  if (GOAL_NOUNS.has(toks[b].low)) return null; // "the goal was to get an outstanding rating"
  if (a === b && RATED_NOUNS.has(toks[a].low)) return null; // "the verdict was inadequate": the verdict is not what was rated
  if (a === b && GRADE_WORDS.has(toks[a].low)) return null; // "Halsehayes: good to inadequate": a grade before it is no subject
  return [a, b];
}

/** A plural possessive's apostrophe, joined to the word before it: "care leavers' services". */
const pluralPossessive = (toks: Tok[], i: number) => /^['’]$/.test(toks[i].t) && toks[i - 1]?.e === toks[i].s && /s$/.test(toks[i - 1].low);

function walkBack(toks: Tok[], end: number, antecedent: boolean, cutVerbs: boolean, possessive = false): [number, number] | null {
  let a = end;
  while (a - 1 >= 0 && end - a < 30 && (!isBoundary(toks[a - 1], antecedent) || (possessive && pluralPossessive(toks, a - 1)))) a--;
  if (end < 0 || a > end) return null;
  return tidy(toks, a, end, cutVerbs);
}

/** The subject of the verb at `v`: back over auxiliaries and adverbs, then a noun phrase (or what "which" refers to). */
function subjectBefore(toks: Tok[], v: number, needAux: boolean): [number, number] | null {
  let j = v - 1;
  let sawAux = false;
  while (j >= 0 && CHAIN.has(toks[j].low)) {
    if (AUX.has(toks[j].low)) sawAux = true;
    j--;
  }
  if (needAux && !sawAux) return null;
  if (j < 0) return null;
  const w = toks[j].low;
  if (w === 'which' || w === 'that' || w === 'who') {
    let k = j - 1;
    const comma = toks[k]?.t === ',';
    if (comma) k--;
    return walkBack(toks, k, true, false);
  }
  if (w === 'and') return walkBack(toks, j - 1, false, true);
  // "The authority, which was rated inadequate in 2019, now requires improvement": the subject stands before the
  // relative clause set off by commas
  if (toks[j].t === ',') {
    for (let k = j - 1; k > 1 && j - k <= 24; k--) {
      // "Tallowmoor Fostering, an independent agency that looks after 140 children, was judged ...": an apposition
      if (toks[k].t === ',' && /^(?:a|an)$/.test(toks[k + 1].low)) return walkBack(toks, k - 1, true, false);
      if (toks[k].t === ',' && !/^(?:which|who)$/.test(toks[k + 1].low)) break;
      if (/^(?:which|who)$/.test(toks[k].low) && toks[k - 1].t === ',') return walkBack(toks, k - 2, true, false);
    }
  }
  return walkBack(toks, j, false, false, true);
}

/** "..., with the council's capacity to improve rated good": the noun phrase between "with" and the verb. */
function withSubject(toks: Tok[], v: number): [number, number] | null {
  let e = v - 1;
  while (e >= 0 && CHAIN.has(toks[e].low) && !AUX.has(toks[e].low)) e--;
  for (let j = e; j >= 0 && e - j <= MAX_NP; j--) {
    const t = toks[j];
    if (t.low === 'with') return j < e ? tidy(toks, j + 1, e, false) : null;
    if (t.k === 'p' && t.t !== '-' && !QUOTES.has(t.t)) return null;
    if (AUX.has(t.low) || (BOUNDARY_WORDS.has(t.low) && t.low !== 'and')) return null;
  }
  return null;
}

const AGENTS = new Set(['inspectors', 'inspector', 'ofsted', 'they']);
// an agent with its determiner: "which the report rated as requiring improvement"
const DETERMINED_AGENTS = new Set(['report', 'inspectors', 'inspection', 'inspectorate', 'regulator']);

/** "Care leavers' services, which inspectors judged to require improvement": what the relative's object refers to. */
function objectRelative(toks: Tok[], v: number): [number, number] | null {
  // ("which inspectors also judged good", "which Ofsted had rated"): past an adverb or auxiliary before the verb
  while (v > 0 && /^(?:also|too|now|then|had|have|has|previously|recently|last|once|again)$/.test(toks[v - 1].low)) v--;
  const agent = AGENTS.has(toks[v - 1]?.low ?? '') ? 1 : DETERMINED_AGENTS.has(toks[v - 1]?.low ?? '') && /^(?:the|its|their)$/.test(toks[v - 2]?.low ?? '') ? 2 : 0;
  // only after a comma, so the walk back stops at the clause's start: "She inherited a department that inspectors ..." has no clean antecedent
  if (!agent || toks[v - agent - 1]?.low !== 'which' || toks[v - agent - 2]?.t !== ',') return null;
  return walkBack(toks, v - agent - 3, true, false, true);
}

/** "the care leavers' service, the one area rated outstanding", "The care leavers' service, rated good, is run ...":
 *  the phrase the apposition or the participle set off by a comma names. */
function apposedArea(toks: Tok[], v: number): [number, number] | null {
  let k = v - 1;
  if (toks[k]?.t === ',' && /^(?:rated|judged|graded)$/.test(toks[v].low)) k++;
  else {
    if (!/^(?:area|part|service|judgement)$/.test(toks[k]?.low ?? '')) return null;
    k--;
    if (/^(?:one|only)$/.test(toks[k]?.low ?? '')) k--;
    if (toks[k]?.low !== 'the' || toks[k - 1]?.t !== ',') return null;
  }
  const np = walkBack(toks, k - 2, true, false, true);
  // "is now, after a reinspection in April, judged to ...": a parenthesis, not a thing named
  if (!np || PREPOSITIONS.has(toks[np[0]].low) || BOUNDARY_WORDS.has(toks[np[0]].low)) return null;
  // "Inspectors praised the care leavers' service": the object, after its verb
  for (let j = np[1]; j > np[0]; j--) if (AUX.has(toks[j].low) || /[a-z]ed$/.test(toks[j].t)) return j < np[1] ? [j + 1, np[1]] : null;
  return np;
}

export function findSubjectTokens(toks: Tok[], g: GradeHit, f: Frame): [number, number] | null {
  if (f.np) return tidy(toks, f.np[0], f.np[1], false);
  if (f.kind === 'verb') {
    return f.verb >= 0
      ? subjectBefore(toks, f.verb, true) ?? withSubject(toks, f.verb) ?? objectRelative(toks, f.verb) ?? apposedArea(toks, f.verb)
      : subjectBefore(toks, f.cue, false);
  }
  if (f.kind === 'aspire' || f.kind === 'transition') return subjectBefore(toks, f.cue, false);
  if (f.kind === 'named') return subjectBefore(toks, g.first, false);
  // "X is a good authority"; after "make it" the thing made is a pronoun or a phrase we do not reach
  if (f.kind === 'predicate') return AUX.has(toks[f.cue].low) || /^(?:become|became|becoming|remain|remains|remained)$/.test(toks[f.cue].low) ? subjectBefore(toks, f.cue, false) : null;
  if (f.kind === 'attributive') {
    let n = g.last + 1;
    while (n < toks.length && n - g.last <= 4 && toks[n].low !== 'for') n++;
    if (toks[n]?.low === 'for') {
      let e = n + 1;
      while (e < toks.length && e - n <= 8 && !isBoundary(toks[e], false) && !AUX.has(toks[e].low)) e++;
      if (e - 1 > n) return tidy(toks, n + 1, e - 1, false);
    }
    const v = f.cue - 1;
    if (v >= 0 && RECEIVE.has(toks[v].low)) return subjectBefore(toks, v, false);
  }
  return null;
}

// Present or modal verbs of a general statement: "A good grade does not ...", "An inadequate rating means ...".
const GENERIC_VERBS = new Set(['is', 'isn', 'does', 'doesn', 'do', 'means', 'mean', 'will', 'won', 'can', 'cannot', 'may', 'might', 'should',
  'would', 'could', 'must', 'brings', 'tells', 'says', 'reflects', 'matters', 'triggers', 'leads', 'puts', 'carries', 'makes', 'gives']);
const INDEFINITE = /^(?:a|an|any|every)$/;
const FIRST_PERSON = /^(?:we|our|us|i|my|we['’](?:re|ve|ll|d))$/;

function clauseStart(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  return !p || (p.k === 'p' && p.t !== '-') || /^(?:and|but|yet|so)$/.test(p.low);
}

/**
 * A grade talked about in general, given to no one: "A requires improvement judgement is not a verdict on staff",
 * "A council that has just been rated inadequate will ...". The indefinite phrase opens its clause (not "X is a
 * council that was rated ..."), and a speaker's "we"/"our" in the sentence ties the grade to them ("an adequate
 * rating is not where we want to be"), so such a sentence is left alone.
 */
export function isGeneric(toks: Tok[], g: GradeHit, f: Frame, speaker: () => boolean): boolean {
  return genericShape(toks, g, f) && !speaker();
}

/** Whether the sentence has a first-person word: ask once per sentence (a long sentence may hold many grades). */
export function firstPerson(toks: Tok[]): boolean {
  return toks.some((t) => FIRST_PERSON.test(t.low));
}

function genericShape(toks: Tok[], g: GradeHit, f: Frame): boolean {
  if (f.kind === 'attributive') {
    let d = g.first - 1;
    while (d >= 0 && QUOTES.has(toks[d].t)) d--;
    if (!INDEFINITE.test(toks[d]?.low ?? '') || !clauseStart(toks, d)) return false;
    let n = g.last + 1;
    while (toks[n] && QUOTES.has(toks[n].t)) n++;
    if (/^(?:ofsted|overall|inspection)$/.test(toks[n]?.low ?? '')) n++;
    return GENERIC_VERBS.has(toks[n + 1]?.low ?? '');
  }
  if (f.verb < 0) return false;
  let j = f.verb - 1;
  while (j >= 0 && CHAIN.has(toks[j].low)) j--;
  if (j < 1 || !/^(?:that|which|who)$/.test(toks[j].low)) return false;
  for (let k = j - 1; k >= 0 && j - k <= 4; k--) {
    if (toks[k].k !== 'w') return false;
    if (INDEFINITE.test(toks[k].low)) return k < j - 1 && clauseStart(toks, k);
  }
  return false;
}
