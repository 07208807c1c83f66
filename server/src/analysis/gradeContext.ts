// Whether a grade word is used as an inspection grade, and how it is framed: "rated (as) good",
// "judged to be inadequate", "an outstanding grading", "Ofsted rating of good", "moved from
// requires improvement to good". Without such a frame "good" is just a word ("good news").
import { Tok } from './dateTokens';
import { Grade } from './schema';

export type FrameKind = 'verb' | 'object' | 'that' | 'attributive' | 'of' | 'transition' | 'aspire' | 'quoted';

export interface GradeHit {
  grade: Grade;
  /** Token indices of the grade words, inclusive (quotes excluded). */
  first: number;
  last: number;
}

export interface Frame {
  kind: FrameKind;
  /** Where the frame starts (the verb, the determiner, "from"): status cues are looked for before it. */
  cue: number;
  /** The rating verb ("rated", "judged"), when there is one. */
  verb: number;
  /** For 'object' and 'that': the tokens naming what is rated. */
  np?: [number, number];
}

const SINGLE: Record<string, Grade> = { outstanding: 'outstanding', good: 'good', adequate: 'adequate', inadequate: 'inadequate' };
const RI_WORD = new Set(['requires', 'requiring', 'require', 'required']);
export const QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
export const RATE_VERBS = new Set(['rated', 'rating', 'rate', 'rates', 'graded', 'grading', 'grades', 'judged', 'judge', 'judges', 'judging',
  'deemed', 'deem', 'deems', 'assessed', 'classed', 'classified', 'ranked', 'declared', 'branded', 'labelled', 'labeled', 're-rated', 'regraded']);
// Verbs that rate only through "to be" or "as": "found to be", "considered as".
const TO_BE_VERBS = new Set(['found', 'considered', 'thought', 'shown', 'judged', 'deemed', 'rated', 'assessed', 'graded', 'confirmed', 'declared']);
const RATING_NOUNS = new Set(['rating', 'ratings', 'grade', 'grades', 'grading', 'gradings', 'judgement', 'judgment', 'judgements', 'verdict', 'status', 'rated', 'classification', 'label']);
const MOVE_VERBS = new Set(['moved', 'move', 'moving', 'improved', 'improve', 'improving', 'rose', 'risen', 'rise', 'jumped', 'went', 'gone', 'upgraded',
  'downgraded', 'fell', 'fallen', 'slipped', 'dropped', 'climbed', 'raised', 'lifted', 'progressed', 'go', 'going', 'improvement', 'journey']);
const ASPIRE_WORDS = new Set(['want', 'wants', 'wanted', 'aim', 'aims', 'aiming', 'aspire', 'aspires', 'hope', 'hopes', 'hoping', 'strive', 'striving',
  'determined', 'ambition', 'goal', 'target', 'expect', 'expects', 'plan', 'plans', 'intend', 'intends', 'seek', 'seeks', 'seeking', 'push']);
// What may follow a grade used as a grade: an end, a preposition of the inspection, a conjunction.
const AFTER_OK = new Set(['by', 'in', 'overall', 'across', 'within', 'again', 'when', 'and', 'or', 'but', 'following', 'after', 'since', 'on',
  'last', 'this', 'for', 'ofsted', 'with', 'then', 'at', 'from', 'to', 'as', 'before', 'until', 'while', 'which', 'under', 'during']);
const NP_WORD_LIMIT = 10;

function low(toks: Tok[], i: number): string {
  return toks[i]?.low ?? '';
}

/** The grade whose first word is at token i ("requires improvement (to be good)" as one). */
export function gradeAt(toks: Tok[], i: number): GradeHit | null {
  const w = toks[i].low;
  if (SINGLE[w]) {
    // "good-quality", "outstanding-rated" are compounds, not a bare grade
    if (toks[i + 1]?.t === '-' && toks[i + 1].s === toks[i].e) return null;
    return { grade: SINGLE[w], first: i, last: i };
  }
  if (RI_WORD.has(w) && low(toks, i + 1) === 'improvement') {
    const tail = low(toks, i + 2) === 'to' && low(toks, i + 3) === 'be' && low(toks, i + 4) === 'good';
    return { grade: 'requires improvement', first: i, last: tail ? i + 4 : i + 1 };
  }
  return null;
}

function skipQuotes(toks: Tok[], i: number, step: number): number {
  while (toks[i] && QUOTES.has(toks[i].t)) i += step;
  return i;
}

function isWordRun(toks: Tok[], a: number, b: number): boolean {
  for (let j = a; j <= b; j++) if (toks[j].k === 'p' && !QUOTES.has(toks[j].t) && toks[j].t !== '-') return false;
  return true;
}

/** An active rating verb a few words back with only a noun phrase between: "rated the department (as)". */
function objectFrame(toks: Tok[], end: number): Frame | null {
  for (let j = end; j >= 0 && end - j <= NP_WORD_LIMIT; j--) {
    if (toks[j].k === 'p' && !QUOTES.has(toks[j].t)) return null;
    if (/^(?:was|were|is|are|be|been|that|which|who|and|but|to)$/.test(toks[j].low)) return null;
    if (RATE_VERBS.has(toks[j].low) && j < end) return { kind: 'object', cue: j, verb: j, np: [j + 1, end] };
  }
  return null;
}

/** "judged that the overall effectiveness ... was inadequate". */
function thatFrame(toks: Tok[], copula: number): Frame | null {
  for (let j = copula - 1; j >= 0 && copula - j <= 16; j--) {
    if (toks[j].k === 'p' && toks[j].t !== '’' && toks[j].t !== "'") return null;
    if (toks[j].low === 'that' && (RATE_VERBS.has(low(toks, j - 1)) || /^(?:found|concluded|considered)$/.test(low(toks, j - 1)))) {
      return j + 1 < copula ? { kind: 'that', cue: j - 1, verb: j - 1, np: [j + 1, copula - 1] } : null;
    }
  }
  return null;
}

function followsAsGrade(toks: Tok[], after: number): boolean {
  const t = toks[after];
  if (!t || t.k === 'p' || t.k === 'n') return true;
  return AFTER_OK.has(t.low) || RATING_NOUNS.has(t.low) || t.t[0] !== t.low[0];
}

/** The frame that makes this grade word a grade, or null when it is an ordinary word. */
export function findFrame(toks: Tok[], g: GradeHit, ratingWords: boolean): Frame | null {
  const b = skipQuotes(toks, g.first - 1, -1);
  const a = skipQuotes(toks, g.last + 1, 1);
  const quoted = b !== g.first - 1 && a !== g.last + 1;
  const pb = low(toks, b);
  // Attributive: "an inadequate rating", "a ‘good’ Ofsted judgement", "the grade of good".
  const noun = low(toks, a) === 'ofsted' || low(toks, a) === 'overall' || low(toks, a) === 'inspection' ? low(toks, a + 1) : low(toks, a);
  if (RATING_NOUNS.has(noun) && noun !== 'rated' || (noun === 'rated' && low(toks, a) !== 'rated')) {
    let cue = b;
    while (cue > 0 && toks[cue].k === 'w' && /^(?:very|an?|the|its|their|his|her|our|overall|ofsted)$/.test(toks[cue].low)) cue--;
    return { kind: 'attributive', cue: cue + 1 <= g.first ? cue + 1 : g.first, verb: -1 };
  }
  if (!followsAsGrade(toks, a)) return null;
  if (pb === 'of' && RATING_NOUNS.has(low(toks, b - 1))) return { kind: 'of', cue: b - 1, verb: -1 };
  if (RATE_VERBS.has(pb) && toks[b].t !== toks[b].low.toUpperCase()) return { kind: 'verb', cue: b, verb: b };
  if ((pb === 'as' || pb === 'at') && RATE_VERBS.has(low(toks, b - 1))) return { kind: 'verb', cue: b - 1, verb: b - 1 };
  if (pb === 'be' && low(toks, b - 1) === 'to' || pb === 'become' || pb === 'becoming' || pb === 'being') {
    const v = pb === 'be' ? b - 2 : b - 1;
    if (pb === 'be' && TO_BE_VERBS.has(low(toks, v))) return { kind: 'verb', cue: v, verb: v };
    for (let j = v; j >= 0 && v - j <= 4; j--) if (ASPIRE_WORDS.has(toks[j].low)) return { kind: 'aspire', cue: j, verb: -1 };
  }
  if (pb === 'been' && low(toks, b - 1) === 'have' && low(toks, b - 2) === 'to' && TO_BE_VERBS.has(low(toks, b - 3))) return { kind: 'verb', cue: b - 3, verb: b - 3 };
  if (pb === 'from' || pb === 'to') {
    for (let j = b - 1; j >= 0 && b - j <= 8; j--) {
      if (MOVE_VERBS.has(toks[j].low)) return { kind: 'transition', cue: j, verb: -1 };
      if (toks[j].k === 'p' && !QUOTES.has(toks[j].t)) break;
    }
    if (pb === 'from' && low(toks, skipQuotes(toks, a, 1)) === 'to') return { kind: 'transition', cue: b, verb: -1 };
    if (pb === 'to' && low(toks, skipQuotes(toks, b - 1, -1)) && gradeAt(toks, skipQuotes(toks, b - 1, -1)) && /from/.test(toks.slice(Math.max(0, b - 8), b).map((t) => t.low).join(' '))) {
      return { kind: 'transition', cue: b, verb: -1 };
    }
  }
  if (/^(?:was|were|is|are|remained|remains)$/.test(pb)) {
    const that = thatFrame(toks, b);
    if (that) return that;
  }
  if (toks[b]?.k === 'w' && b < g.first) {
    const obj = objectFrame(toks, pb === 'as' ? b - 1 : b);
    if (obj) return obj;
  }
  const capitalRI = g.grade === 'requires improvement' && toks[g.first].t[0] === 'R' && toks[g.first + 1].t[0] === 'I';
  // A quoted or title-case grade in a sentence about inspection: "Ofsted gave it a ‘good’".
  if ((quoted || capitalRI) && ratingWords) return { kind: 'quoted', cue: b, verb: -1 };
  return null;
}
