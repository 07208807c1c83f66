// The words of grades and of the phrases around them, and the small readers every frame uses: which
// grade starts at a token, and whether what follows a grade word lets it be a grade.
import { Tok } from './dateTokens';
import { table } from './months';
import { Grade } from './schema';

// 'predicate': "to be a good authority", "make it an outstanding service"; 'named': the full post-2013 name
// "requires improvement to be good", which is a grade wherever it stands; 'topic': the grade's name talked
// about ("Requires improvement is not a result ..."), given to no one; 'listed': "Overall effectiveness: Good",
// one line of a list of judgements.
export type FrameKind = 'verb' | 'object' | 'that' | 'attributive' | 'of' | 'transition' | 'aspire' | 'quoted' | 'predicate' | 'named' | 'topic' | 'listed';

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

const SINGLE = table<Grade>({ outstanding: 'outstanding', good: 'good', adequate: 'adequate', inadequate: 'inadequate' });
const RI_WORD = new Set(['requires', 'requiring', 'require', 'required']);
export const QUOTES = new Set(["'", '‘', '’', '"', '“', '”']);
export const RATE_VERBS = new Set(['rated', 'rating', 'rate', 'rates', 'graded', 'grading', 'grades', 'judged', 'judge', 'judges', 'judging',
  'deemed', 'deem', 'deems', 'assessed', 'classed', 'classified', 'ranked', 'declared', 'branded', 'labelled', 'labeled', 're-rated', 'regraded']);
// Verbs that rate only through "to be" or "as": "found to be", "considered as".
export const TO_BE_VERBS = new Set(['found', 'considered', 'thought', 'shown', 'judged', 'deemed', 'rated', 'assessed', 'graded', 'confirmed', 'declared',
  // "They did judge the experiences of children in care to be good"
  'judge', 'find', 'consider', 'deem', 'rate', 'assess',
  // "The report judges help and protection to be good"
  'judges', 'finds', 'considers', 'deems', 'rates', 'assesses']);
export const RATING_NOUNS = new Set(['rating', 'ratings', 'grade', 'grades', 'grading', 'gradings', 'judgement', 'judgment', 'judgements', 'verdict', 'status',
  'rated', 'classification', 'label', 'category']);
export const MOVE_VERBS = new Set(['moved', 'move', 'moving', 'improved', 'improve', 'improving', 'rose', 'risen', 'rise', 'jumped', 'went', 'gone', 'upgraded',
  'downgraded', 'fell', 'fallen', 'slipped', 'dropped', 'climbed', 'raised', 'lifted', 'progressed', 'go', 'going', 'improvement', 'journey',
  'get', 'gets', 'getting', 'got', 'back', 'return', 'returned', 'returning', 'returns']);
export const ASPIRE_WORDS = new Set(['want', 'wants', 'wanted', 'aim', 'aims', 'aiming', 'aimed', 'aspire', 'aspires', 'aspired', 'aspiration',
  'aspirations', 'hope', 'hopes', 'hoping', 'hoped', 'strive', 'strives', 'striving', 'determined', 'determination', 'ambition', 'ambitions',
  'ambitious', 'goal', 'target', 'targets', 'targeting', 'expect', 'expects', 'plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'seek',
  'seeks', 'seeking', 'push', 'pushing', 'committed', 'commitment', 'track', 'bid', 'vision', 'wish', 'wishes', 'expected']);
// What may follow a grade used as a grade: an end, a preposition of the inspection, a conjunction.
const AFTER_OK = new Set(['by', 'in', 'overall', 'today', 'across', 'within', 'again', 'when', 'and', 'or', 'but', 'following', 'after', 'since', 'on',
  'last', 'this', 'for', 'ofsted', 'then', 'from', 'to', 'as', 'before', 'until', 'while', 'which', 'under', 'during', 'was', 'were', 'is', 'has',
  'have', 'had', 'amid', 'amidst', 'despite', 'often', 'usually', 'generally', 'sometimes', 'typically', 'rarely', 'tend', 'should', 'must', 'will', 'would', 'can', 'could', 'may']);
// After "X was good" or "wants to be good" only an end will do: "good at", "good parents" are not grades.
export const STRICT_AFTER = new Set(['by', 'in', 'overall', 'and', 'or', 'but', 'across', 'again', 'following', 'after', 'when', 'since', 'last',
  'within', 'before', 'until', 'yet', 'next', 'this', 'once', 'too', 'soon', 'then', 'under', 'ever', 'twice', 'now']);
const TIME_NOUNS = new Set(['spring', 'summer', 'autumn', 'winter', 'year', 'month', 'week', 'day', 'time', 'morning']);
// "good at its next inspection", "adequate at the previous visit": "at" then only these words up to the inspection noun.
const AT_WORDS = new Set(['its', 'the', 'their', 'our', 'this', 'that', 'his', 'her', 'a', 'an', 'next', 'last', 'previous', 'latest', 'first',
  'second', 'third', 'most', 'recent', 'full', 'subsequent', 'same', 'new', 'ofsted', 'ofsted’s', "ofsted's", 'standard', 'single', 'joint', 'focused',
  'monitoring', 'formal', 'annual', 'following', 're', '-']);
const AT_NOUNS = new Set(['inspection', 'inspections', 'visit', 'visits', 'time', 're-inspection', 'reinspection', 'review', 'assessment']);
// What a grade can describe when it is said of a service as a whole: "a good authority", "an outstanding service".
export const ORG_NOUNS = new Set(['service', 'services', 'authority', 'council', 'department', 'borough', 'county', 'provider', 'organisation',
  'school', 'schools', 'academy', 'nursery', 'college', 'trust']);
export const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'become', 'becoming', 'became', 'remain', 'remains', 'remained',
  'stay', 'remaining']);
export const MODALS = new Set(['could', 'would', 'will', 'should', 'might', 'may', 'must', 'can', '’ll', "'ll", 'cannot', 'can’t', "can't", 'won’t', "won't",
  'wouldn’t', "wouldn't", 'couldn’t', "couldn't"]);
export const MAKE_VERBS = new Set(['make', 'makes', 'making', 'made', 'turn', 'turning', 'turned']);
export const REACH_VERBS = new Set(['reach', 'reaching', 'achieve', 'achieving', 'attain', 'attaining', 'regain', 'regaining', 'promise', 'promises', 'promising',
  'promised', 'guarantee', 'deliver', 'delivering']);
// Room between a verb and its "to be": "judged the overall effectiveness of safeguarding services in X to be adequate".
export const LONG_OBJECT = 16;
export const NP_WORD_LIMIT = 10;

export function low(toks: Tok[], i: number): string {
  return toks[i]?.low ?? '';
}

const HARM = /^(?:harm|damage)$/;

/** The grade whose first word is at token i ("requires improvement (to be good)" as one). */
export function gradeAt(toks: Tok[], i: number): GradeHit | null {
  const w = toks[i].low;
  // every grade begins with o, g, a, i or r (outstanding, good, adequate, inadequate, requires ...): most words stop here
  const c = w.charCodeAt(0);
  if (c !== 111 && c !== 103 && c !== 97 && c !== 105 && c !== 114) return null;
  // "performing adequately": the pre-2013 annual performance assessment's wording of the grade
  if (w === 'adequately' && /^perform(?:s|ed|ing)?$/.test(low(toks, i - 1))) return { grade: 'adequate', first: i, last: i };
  const single = SINGLE[w];
  if (single) {
    // "good-quality", "outstanding-rated" are compounds, not a bare grade
    if (toks[i + 1]?.t === '-' && toks[i + 1].s === toks[i].e) return null;
    // "grades do more harm than good", "more good than harm": the idiom, not the grade
    if (w === 'good' && ((low(toks, i - 1) === 'than' && HARM.test(low(toks, i - 2))) || (low(toks, i + 1) === 'than' && HARM.test(low(toks, i + 2))))) return null;
    return { grade: single, first: i, last: i };
  }
  if (RI_WORD.has(w) && low(toks, i + 1) === 'improvement') {
    const tail = low(toks, i + 2) === 'to' && low(toks, i + 3) === 'be' && low(toks, i + 4) === 'good';
    return { grade: 'requires improvement', first: i, last: tail ? i + 4 : i + 1 };
  }
  return null;
}

export function skipQuotes(toks: Tok[], i: number, step: number): number {
  while (toks[i] && QUOTES.has(toks[i].t)) i += step;
  return i;
}

function atInspection(toks: Tok[], at: number): boolean {
  if (low(toks, at) !== 'at') return false;
  for (let j = at + 1; j < toks.length && j - at <= 6; j++) {
    if (AT_NOUNS.has(toks[j].low)) return j > at + 1;
    if (!AT_WORDS.has(toks[j].low)) return false;
  }
  return false;
}

export function endsClause(toks: Tok[], i: number): boolean {
  return !toks[i] || (toks[i].k === 'p' && !/^[-–]$/.test(toks[i].t));
}

const NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'few', 'several',
  'some', 'eighteen']);
const TIME_UNITS = /^(?:days?|weeks?|months?|years?)$/;

/** "inadequate two years ago", "rated inadequate weeks after ...": a span of time that places the grade. */
function durationAgo(toks: Tok[], at: number): boolean {
  const u = NUMBER_WORDS.has(low(toks, at)) || toks[at]?.k === 'n' ? at + 1 : at;
  return TIME_UNITS.test(low(toks, u)) && /^(?:ago|after|before|later|earlier|on)$/.test(low(toks, u + 1));
}

/** "inadequate for three and a half years", "not be good for some time": how long a grade lasts. */
function durationFor(toks: Tok[], at: number): boolean {
  if (low(toks, at) !== 'for') return false;
  for (let j = at + 1; j < toks.length && j - at <= 5; j++) if (TIME_UNITS.test(low(toks, j)) || low(toks, j) === 'time') return true;
  return false;
}

export function followsAsGrade(toks: Tok[], after: number, strict = false): boolean {
  const t = toks[after];
  if (!t || t.k === 'p' || t.k === 'n') return true;
  // a closing quote ends the grade: "will ever be rated outstanding” without ..."
  if (after >= 2 && QUOTES.has(toks[after - 1].t) && toks[after - 1].s === toks[after - 2].e) return true;
  if (atInspection(toks, after)) return true;
  // "rated inadequate that spring", "judged good that year"
  if (t.low === 'that' && TIME_NOUNS.has(low(toks, after + 1))) return true;
  // "outstanding one day"
  if (t.low === 'one' && low(toks, after + 1) === 'day') return true;
  // "rated good at last", "at long last": an idiom, not "good at" a skill
  if (t.low === 'at' && (low(toks, after + 1) === 'last' || (low(toks, after + 1) === 'long' && low(toks, after + 2) === 'last'))) return true;
  if (durationAgo(toks, after) || durationFor(toks, after)) return true;
  if (strict) return STRICT_AFTER.has(t.low);
  return wordMayFollowGrade(t);
}

/** A word that may follow a grade used as one: a preposition of the inspection, a conjunction, a rating noun, a name. */
export function wordMayFollowGrade(t: Tok): boolean {
  return AFTER_OK.has(t.low) || STRICT_AFTER.has(t.low) || RATING_NOUNS.has(t.low) || t.t[0] !== t.low[0];
}

