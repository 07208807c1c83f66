// Frames for grades outside the classic "rated X" shapes of gradeContext.ts: a finding verb with a short
// object, lists of judgements (label and grade, dashes, names under one verb), a council speaking of its
// own grade ("we are good", "we could be inadequate"), and grades spoken of as things ("content with
// adequate").
import { Tok } from './dateTokens';
import { endsClause, followsAsGrade, Frame, GradeHit, gradeAt, low, ORG_NOUNS, skipQuotes } from './gradeWords';
import { Grade } from './schema';

// "inspectors found them inadequate": a finding verb rates only a short object, and only in a sentence about inspection.
const FIND_VERBS = new Set(['found', 'find', 'finds', 'considered', 'considers', 'thought', 'declared', 'pronounced']);
const FOUND_OBJECT_LIMIT = 7;
// "found safeguarding in the county adequate"
const PLACE_NOUNS = new Set(['county', 'city', 'borough', 'district', 'area', 'authority', 'council', 'region']);
const INDEFINITE = new Set(['a', 'an', 'some', 'much', 'many', 'no', 'any', 'very', 'really', 'quite', 'more', 'less']);

export function foundObjectFrame(toks: Tok[], end: number): Frame | null {
  for (let j = end; j >= 0 && end - j <= FOUND_OBJECT_LIMIT; j--) {
    const t = toks[j];
    if (t.k !== 'w') return null;
    // "found a good balance", "found some good practice": an indefinite or missing object is praise, not a grade
    if (FIND_VERBS.has(t.low)) return j < end && !INDEFINITE.has(toks[j + 1].low) ? { kind: 'object', cue: j, verb: j, np: [j + 1, end] } : null;
    // "found children's services in neighbouring Kinsworth inadequate": an "in" may place the object
    if (t.low === 'in' && j < end && (toks[j + 1].t[0] !== toks[j + 1].low[0] || toks[j + 1].low === 'neighbouring' || (toks[j + 1].low === 'the' && PLACE_NOUNS.has(low(toks, j + 2))))) continue;
    if (/^(?:was|were|is|are|be|been|that|which|who|and|but|to|of|in|for|with)$/.test(t.low)) return null;
  }
  return null;
}

/** A council or service (or "we") as the subject ending just before the verb at `verb`. */
export function serviceSubject(toks: Tok[], verb: number): boolean {
  for (let j = verb - 1; j >= 0 && verb - j <= 4; j--) {
    const w = toks[j].low;
    if (ORG_NOUNS.has(w) || w === 'we') return true;
    if (toks[j].k === 'p') return false;
  }
  return false;
}

/** "children's services", "children's social care", "council", "authority" at `a`. */
export function serviceAfter(toks: Tok[], a: number, inadequateOnly = false): boolean {
  const w = low(toks, a);
  if (/^(?:council|authority|department|councils|authorities|departments)$/.test(w)) return true;
  // "you inherited an inadequate service" (an outstanding service may be anyone's praise)
  if (w === 'service' && inadequateOnly) return true;
  return /^children['’]s$/.test(w) && /^(?:services|social|service)$/.test(low(toks, a + 1));
}

export const DASHES = new Set(['–', '—', '-']);
export const INSPECTED = new Set(['inspected', 'inspection', 'rated', 'judged', 'assessed', 'visited']);
const BULLETS = new Set(['•', '·', '▪', '*', '-', '–']);

export function labelStart(toks: Tok[]): number {
  return BULLETS.has(toks[0]?.t ?? '') ? 1 : 0;
}

/** The words before the dash at `dash` make a label, spaced from the dash. */
export function listLabel(toks: Tok[], dash: number): boolean {
  const from = labelStart(toks);
  // a bulleted label of two words, else one of three or more ("How well children are helped and protected")
  if (dash - from < (from > 0 ? 2 : 3) || toks[dash - 1].e === toks[dash].s) return false;
  for (let k = from; k < dash; k++) if (toks[k].k === 'p' && toks[k].t !== ',' && toks[k].t !== '’' && toks[k].t !== "'") return false;
  return true;
}

/** "from inadequate to": a grade moved from stands right before the "to" at `to`. */
export function fromGradeBefore(toks: Tok[], to: number): boolean {
  const j = skipQuotes(toks, to - 1, -1);
  for (const first of [j, j - 1]) {
    const g = first >= 0 ? gradeAt(toks, first) : null;
    if (g && g.last === j && low(toks, skipQuotes(toks, first - 1, -1)) === 'from') return true;
  }
  return false;
}

// Grade words with no everyday sense as nouns: "content with adequate", "thought adequate was good enough".
// ("Good" is left out: "for good", "Good is the target" read too many ways.)
const NOUN_GRADES = new Set<Grade>(['outstanding', 'adequate', 'inadequate']);
const NOUN_PREPOSITIONS = new Set(['with', 'than', 'about', 'of', 'from', 'into', 'beyond', 'towards', 'toward']);

/**
 * A grade spoken of as a thing, given to no one: after a preposition at the end of its clause ("thinking about
 * outstanding", "out of inadequate"), as a subject ("adequate was good enough"), or heading a council or service
 * ("An outstanding council can still fail a child", "a council that requires improvement").
 */
export function gradeAsNoun(toks: Tok[], g: GradeHit, a: number, b: number): Frame | null {
  const pb = low(toks, b);
  const single = g.first === g.last || g.grade === 'requires improvement';
  if (!single) return null;
  // "better than requires improvement": the grade's name; "requiring improvement" is a verb
  if (NOUN_GRADES.has(g.grade) || (g.grade === 'requires improvement' && toks[g.first].low === 'requires')) {
    // ("more than adequate" is everyday praise)
    // (quotes may stand between: 'deserve better than "requires improvement"')
    if (NOUN_PREPOSITIONS.has(pb) && followsAsGrade(toks, a, true) && !(pb === 'than' && low(toks, b - 1) === 'more')) return { kind: 'topic', cue: b, verb: -1 };
    const opens = b < 0 || toks[b].k === 'p' || /^(?:thought|think|thinks|believe|believed|said|says|say|that|but|and|so|yet)$/.test(pb);
    // ("But outstanding only means something if it lasts")
    const v = /^(?:only|really|just|simply|still|also|now|never|always)$/.test(low(toks, a)) ? a + 1 : a;
    if (opens && /^(?:is|was|has|had|means|meant|remains)$/.test(low(toks, v))) return { kind: 'topic', cue: g.first, verb: -1 };
  }
  // "teaches you that good is not somewhere you arrive": "good" as a subject after "that", before "is"/"was"
  if (g.grade === 'good' && pb === 'that' && /^(?:is|was|isn['’]t|wasn['’]t|would|will)$/.test(low(toks, a))) return { kind: 'topic', cue: g.first, verb: -1 };
  // "The temptation after an inadequate is to promise ...": a grade with no everyday sense as a noun
  if ((g.grade === 'inadequate' || g.grade === 'outstanding') && /^an?$/.test(pb) && b === g.first - 1 && /^(?:is|was|means|has)$/.test(low(toks, a))) {
    return { kind: 'topic', cue: b, verb: -1 };
  }
  // "an honest requires improvement than a flattering good": a grade as a noun under an adjective
  if (toks[b]?.k === 'w' && b === g.first - 1 && /^(?:an?|another)$/.test(low(toks, b - 1)) && !ORG_NOUNS.has(pb) && (low(toks, a) === 'than' || endsClause(toks, a))) {
    return { kind: 'topic', cue: b - 1, verb: -1 };
  }
  if (/^an?$/.test(pb) && ORG_NOUNS.has(low(toks, a)) && /^(?:can|could|may|might|will|would|is|does|must|should)$/.test(low(toks, a + 1))) {
    return { kind: 'topic', cue: b, verb: -1 };
  }
  if (g.grade === 'requires improvement' && toks[g.first].low !== 'requiring' && pb === 'that' && ORG_NOUNS.has(low(toks, b - 1))) {
    return { kind: 'topic', cue: b - 1, verb: -1 };
  }
  return null;
}

/** A council, service or authority named just before `at` ("every council should be"). */
export function serviceBefore(toks: Tok[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= 6; j--) if (ORG_NOUNS.has(toks[j].low) || toks[j].low === 'councils') return true;
  return false;
}

/**
 * "Today we are told we are good", "We are not inadequate", "told they require improvement": a council
 * speaking of its own grade. Only "we" (or "they" before "require improvement"), and the grade must close its clause.
 * (Under a modal, "we could be inadequate again", see gradeSpeech's modalFrame.)
 */
export function weFrame(toks: Tok[], g: GradeHit, a: number, b: number): Frame | null {
  if (g.grade === 'requires improvement') {
    const subject = low(toks, g.first - 1);
    return (subject === 'they' || subject === 'we') && g.first === b + 1 && /^(?:told|found|judged|said)$/.test(low(toks, b - 1)) && followsAsGrade(toks, a, true)
      ? { kind: 'verb', cue: b - 1, verb: -1 } : null;
  }
  let v = b;
  if (/^(?:not|already|now|still|really|genuinely|truly)$/.test(low(toks, v))) v--;
  // "we're good", "we’re now good": the contraction is one token
  if (/^we['’]re$/.test(low(toks, v))) return followsAsGrade(toks, a, true) ? { kind: 'verb', cue: v, verb: -1 } : null;
  if (!/^(?:are|were|’re|'re|being)$/.test(low(toks, v))) return null;
  const subject = low(toks, v - 1);
  // "remember being good"; "the same as being inadequate"; "Today they are outstanding"
  const ok = subject === 'we' || (low(toks, v) === 'being' && /^(?:remember|remembers|remembered|recall|as|than)$/.test(subject))
    || (subject === 'they' && /^(?:today|now)$/.test(low(toks, v - 2)) && v - 2 === 0);
  return ok && followsAsGrade(toks, a, true) ? { kind: 'verb', cue: v - 1, verb: -1 } : null;
}

/** "Amberleigh was rated outstanding, Haxton Vale good and Corrisford inadequate": a name then its grade, the verb left out. */
export function listedAfterVerb(toks: Tok[], g: GradeHit, prev: GradeHit, pf: Frame): Frame | null {
  // the grade before stands right after the verb, or is itself an item of the list ("..., Haxton Vale good and ...")
  const afterVerb = pf.kind === 'verb' && skipQuotes(toks, prev.first - 1, -1) === pf.verb;
  const item = pf.kind === 'object' && pf.verb >= 0 && pf.np !== undefined && pf.np[1] === prev.first - 1;
  if (pf.verb < 0 || !(afterVerb || item)) return null;
  let j = prev.last + 1;
  // "adequate (grade 2) and its capacity to improve good (grade 3)": a bracket after the first grade
  if (toks[j]?.t === '(') for (let k = j + 1; k < toks.length && k - j <= 4; k++) if (toks[k].t === ')') { j = k + 1; break; }
  // "outstanding in its own inspection in the spring, and its adoption agency good": a short phrase may close the first
  for (let k = j; k < toks.length && k - j <= 8 && toks[k].k === 'w' && !gradeAt(toks, k); k++) {
    if (toks[k + 1]?.t === ',' && low(toks, k + 2) === 'and' && /^(?:in|at|during|by|on)$/.test(low(toks, j))) { j = k + 1; break; }
  }
  if (toks[j]?.t === ',') j++;
  const joined = low(toks, j) === 'and' || low(toks, j) === 'while';
  if (joined) j++;
  const np: [number, number] = [j, g.first - 1];
  // a name ("Haxton Vale good"), or a noun phrase under a determiner ("and the council's capacity to improve good"), or
  // after "and" a lower-case noun phrase ("and services for looked after children good")
  const phrase = /^(?:the|its|their|his|her)$/.test(low(toks, j)) || (joined && toks[j]?.k === 'w' && toks[j].t[0] === toks[j].low[0]);
  if (np[1] < np[0] || np[1] - np[0] > (phrase ? 8 : 3)) return null;
  for (let k = np[0]; k <= np[1]; k++) {
    if (toks[k].k !== 'w' || gradeAt(toks, k) || (!phrase && toks[k].t[0] === toks[k].low[0])) return null;
    if (phrase && /^(?:was|were|is|are|be|been|has|have|had|that|which|who|said|says|it|they|we)$/.test(toks[k].low)) return null;
  }
  return { kind: 'object', cue: pf.cue, verb: pf.verb, np };
}

