// The last word on a grade no frame claimed. In an article about inspections, "inadequate" and "requires
// improvement" almost never carry an everyday sense, and "outstanding" does only as "unresolved" or as praise
// of a thing ("outstanding debts", "an outstanding colleague"); so these are grades wherever no such sense
// is read. "Good" and "adequate" are everyday words: they are grades here only in a sentence that speaks of
// grades, as the clause-closing predicate of a council, a service, a name or a pronoun ("By 2021 it was good.",
// "Crennock is good,"), before "council" or "one" ("a good council", "an adequate one"), or as a level ("below
// good"). The frames before this one are precise but cannot list every way a writer names a grade ("Hensham
// was inadequate in 2020", "inadequate, inadequate, inadequate", "why not outstanding?").
import { Tok } from './dateTokens';
import { serviceAfter } from './gradeFrames';
import { ASPIRE_WORDS, BE_FORMS, Frame, followsAsGrade, GradeHit, gradeAt, low, ORG_NOUNS, QUOTES, wordMayFollowGrade } from './gradeWords';

// "assessments were still outstanding", "14 actions remained outstanding": unresolved, not a grade
const UNRESOLVED_BEFORE = /^(?:still|remain|remains|remained|remaining|left)$/;
// What makes the article one about inspections, so that a bare grade word is read as a grade at all.
const INSPECTION_CUE = /\bofsted\b|\binspect(?:ion|ions|ors?|ed)\b/i;
// Between a copula and its predicate: "is not yet good", "was also good", "are now consistently good".
const COPULA_ADVERBS = new Set(['not', 'now', 'also', 'still', 'yet', 'already', 'both', 'again', 'consistently', 'all', 'never', 'longer', 'no', 'at', 'least', 'only']);
// Subjects that a grade rates: "it was good", "they were good", "the home was good".
const RATED_SUBJECTS = new Set([...ORG_NOUNS, 'it', 'we', 'they', 'home', 'homes', 'agency', 'agencies', 'councils', 'authorities', 'departments']);
// Words before "requires improvement" that show it used as the grade's name ("we were told requires improvement
// was a stepping stone", "did not regard requires improvement as an end point"), not as a verb of some noun
// ("Several case files require improvement").
const BEFORE_GRADE_NAME = new Set(['told', 'said', 'say', 'says', 'regard', 'regarded', 'read', 'call', 'called', 'was', 'is', 'are', 'were', 'be',
  'been', 'that', 'and', 'or', 'to', 'from', 'at', 'as', 'of', 'but', 'than', 'while', 'only']);
const RI_ADVERBS = new Set(['still', 'also', 'now', 'only', 'clearly', 'not', 'no', 'longer']);
const ARTICLES = new Set(['a', 'an']);
const LEVEL_BEFORE = new Set(['below', 'above', 'beyond']);
const HOME_AFTER = new Set(['home', 'homes']);
// "a local authority that is at least good": a relative pronoun stands for the noun before it
const RELATIVES = new Set(['that', 'which']);

/** Another grade word in the sentence besides `g`. */
function otherGrade(toks: Tok[], g: GradeHit): boolean {
  for (let i = 0; i < toks.length; i++) {
    if (i >= g.first && i <= g.last) continue;
    const h = toks[i].k === 'w' ? gradeAt(toks, i) : null;
    if (h) return true;
  }
  return false;
}

export function aboutInspections(text: string): boolean {
  return INSPECTION_CUE.test(text);
}

/**
 * A frame for a grade word no other frame read, where the word can only be a grade; else null.
 * `gradeTalk`: the sentence speaks of grades (a rating word, or another grade read before this one).
 */
export function fallbackFrame(toks: Tok[], g: GradeHit, gradeTalk: boolean): Frame | null {
  // "What grade did Thrushgate get? Good.": a grade that is the whole sentence answers for one
  if (g.first === 0 && toks.slice(g.last + 1).every((t) => t.k === 'p')) return { kind: 'verb', cue: g.first, verb: -1 };
  const another = otherGrade(toks, g);
  const talk = gradeTalk || another;
  // "we know what good looks like": the grade as a standard, talked about and given to no one
  if (low(toks, g.first - 1) === 'what' && /^(?:looks|look|looked)$/.test(low(toks, g.last + 1)) && low(toks, g.last + 2) === 'like') {
    return { kind: 'topic', cue: g.first - 1, verb: -1 };
  }
  // "outstanding for how well children are protected, and good for the effectiveness of leaders": one of a run of
  // grades, each for an area
  if (gradeTalk && /^(?:and|,)$/.test(low(toks, g.first - 1)) && /^(?:for|at)$/.test(low(toks, g.last + 1))) return { kind: 'verb', cue: g.first, verb: -1 };
  // "nor is an inadequate one", "a good one in every school": the grade of a "one" standing for a grade or council
  if (talk && ARTICLES.has(low(toks, g.first - 1)) && /^(?:one|ones)$/.test(low(toks, g.last + 1))) return { kind: 'attributive', cue: g.first - 1, verb: -1 };
  // "has not been below good since", "anything above adequate": the grade as a level
  if (LEVEL_BEFORE.has(low(toks, g.first - 1)) && followsAsGrade(toks, g.last + 1)) return { kind: 'verb', cue: g.first - 1, verb: -1 };
  // "Ofsted upgrades council to good", "have moved up a grade, to good", "slipped back to requires improvement": a move on the scale
  if (movedTo(toks, g.first) && followsAsGrade(toks, g.last + 1, true)) return { kind: 'verb', cue: g.first - 1, verb: -1 };
  // "services are not yet good", "not yet outstanding in practice": a grade still to come ("not yet adequate" is said of
  // plans and staffing too)
  if (g.grade !== 'adequate' && low(toks, g.first - 1) === 'yet' && low(toks, g.first - 2) === 'not' && followsAsGrade(toks, g.last + 1, true)) return { kind: 'verb', cue: g.first - 2, verb: -1 };
  // "wanted all three homes to be at least good", "every council to be at least good": a floor on the scale
  if (low(toks, g.first - 1) === 'least' && low(toks, g.first - 2) === 'at' && followsAsGrade(toks, g.last + 1, true)) {
    // the floor is wanted wherever the sentence says so ("I want every child ... looked after by a council that is at least good")
    return { kind: toks.slice(0, g.first).some((t) => ASPIRE_WORDS.has(t.low)) ? 'aspire' : 'verb', cue: g.first - 2, verb: -1 };
  }
  // "to be good again at our next inspection", "to be good by 2026": a grade looked for at an inspection or by a date, an aim
  if (low(toks, g.first - 1) === 'be' && low(toks, g.first - 2) === 'to' && nextInspectionOrDate(toks, g.last + 1)) return { kind: 'aspire', cue: g.first - 1, verb: -1 };
  if (g.grade === 'good' || g.grade === 'adequate') {
    // "Join a good council that wants to be outstanding", "Lead a good service on its way to outstanding": praise of a
    // council or service is its grade where grades are spoken of
    if (talk && (serviceAfter(toks, g.last + 1) || (another && low(toks, g.last + 1) === 'service'))) return { kind: 'attributive', cue: g.first, verb: -1 };
    return predicateFrame(toks, g, talk);
  }
  // "The experiences of children who need help and protection require improvement; children in care were judged good"
  const closesClause = toks[g.last + 1] === undefined || (toks[g.last + 1].k === 'p' && /^[;.,]$/.test(toks[g.last + 1].t));
  if (g.grade === 'requires improvement' && !gradeName(toks, g) && !(talk && closesClause && toks[g.first].low !== 'requiring')) return null;
  // "lives in an outstanding home", "an inadequate children's home": a home's grade
  if (HOME_AFTER.has(low(toks, g.last + 1)) || (/^children['’]s$/.test(low(toks, g.last + 1)) && HOME_AFTER.has(low(toks, g.last + 2)))) {
    return { kind: 'attributive', cue: g.first, verb: -1 };
  }
  // before a noun the word is an attribute of that noun: "inadequate staffing", "outstanding debts",
  // "'Outstanding' bakery"; the frames already read the attributive grades ("an inadequate council")
  let after = g.last + 1;
  while (toks[after] && QUOTES.has(toks[after].t) && toks[after].s === toks[after - 1].e) after++;
  if (after > g.last + 1 && toks[after]?.k === 'w' && !wordMayFollowGrade(toks[after])) return null;
  if (!followsAsGrade(toks, g.last + 1)) return null;
  if (g.grade === 'outstanding') {
    let b = g.first - 1;
    while (b >= 0 && QUOTES.has(toks[b].t)) b--;
    if (UNRESOLVED_BEFORE.test(low(toks, b)) || UNRESOLVED_BEFORE.test(low(toks, b - 1))) return null;
  }
  return { kind: 'verb', cue: g.first, verb: -1 };
}

// Verbs of a move on the scale, before "to" and the grade they reach.
const MOVES = /^(?:upgrades?|upgraded|upgrading|downgrades?|downgraded|downgrading|moved|moves|climbs?|climbed|rose|risen|rises|fell|fallen|falls|slipped|slips|dropped|drops|returned|returns|raised|lifted|promoted)$/;

/** "to" right before the grade at `first` ("to good", "a grade, to good"), with a verb of moving up to six words before it. */
function movedTo(toks: Tok[], first: number): boolean {
  if (low(toks, first - 1) !== 'to') return false;
  for (let j = first - 2; j >= 0 && j >= first - 8; j--) {
    const t = toks[j];
    if (t.k === 'p' && t.t !== ',') return false;
    if (MOVES.test(t.low)) return true;
  }
  return false;
}

/** "again", "at our next inspection", "by 2026", "by the end of the year" from token `a`. */
function nextInspectionOrDate(toks: Tok[], a: number): boolean {
  let i = a;
  if (low(toks, i) === 'again') return true;
  if (low(toks, i) === 'at' && /^(?:its|our|their|the|this|that|a)$/.test(low(toks, i + 1))) {
    i += 2;
    if (/^(?:next|following|coming|forthcoming)$/.test(low(toks, i))) i++;
    return /^(?:inspection|reinspection|re-inspection|visit)$/.test(low(toks, i));
  }
  return low(toks, i) === 'by' && (toks[i + 1]?.k === 'n' && /^(?:19|20)\d\d$/.test(toks[i + 1].t) || (low(toks, i + 1) === 'the' && /^(?:end|time|next)$/.test(low(toks, i + 2))));
}

// After a predicate grade, words that make it talk of grades by themselves: "is good again", "are good or better",
// "was good a year ago", "was good in 2022".
function selfTalk(toks: Tok[], a: number): boolean {
  const w = low(toks, a);
  if (w === 'or') return /^(?:better|above|outstanding)$/.test(low(toks, a + 1));
  if (w === 'again') return true;
  // "a year ago", "in 2022"
  return (w === 'in' && toks[a + 1]?.k === 'n' && /^(?:19|20)\d\d$/.test(toks[a + 1].t)) || (/^(?:a|two|three|four|five|\d+)$/.test(w) && /^(?:years?|months?)$/.test(low(toks, a + 1)) && low(toks, a + 2) === 'ago');
}

function predicateFrame(toks: Tok[], g: GradeHit, gradeTalk: boolean): Frame | null {
  const talk = gradeTalk || selfTalk(toks, g.last + 1);
  if (!talk || !(followsAsGrade(toks, g.last + 1, true) || low(toks, g.last + 1) === 'or')) return null;
  let c = g.first - 1;
  while (c >= 0 && COPULA_ADVERBS.has(toks[c].low)) c--;
  if (c < 1 || !BE_FORMS.has(toks[c].low)) return null;
  let subject = toks[c - 1];
  if (RELATIVES.has(subject.low) && c >= 2) subject = toks[c - 2];
  // a name ("Crennock is good") or a rated noun or pronoun; not "the food was good"
  const named = subject.k === 'w' && subject.t[0] !== subject.low[0];
  return named || RATED_SUBJECTS.has(subject.low) ? { kind: 'verb', cue: c, verb: -1 } : null;
}

/**
 * "requires improvement" as the grade, not as the verb of an everyday subject ("Areas requiring improvement",
 * "Plans for the building still required improvement", "requires improvement in its record keeping").
 */
function gradeName(toks: Tok[], g: GradeHit): boolean {
  if (toks[g.first].low === 'requiring') return false;
  if (QUOTES.has(toks[g.first - 1]?.t ?? '')) return true;
  // the subject of a copula: "Requires improvement is where we should be", "pretend requires improvement is good enough"
  if (/^(?:is|was|isn['’]t|wasn['’]t)$/.test(low(toks, g.last + 1))) return true;
  // "in" then a year or a month dates it; "in how it plans" says what needs improving
  const a = g.last + 1;
  if (low(toks, a) === 'in' && toks[a + 1] && toks[a + 1].k !== 'n' && toks[a + 1].t[0] === toks[a + 1].low[0]) return false;
  let b = g.first - 1;
  while (b >= 0 && RI_ADVERBS.has(toks[b].low)) b--;
  const before = toks[b];
  if (!before || before.k === 'p') return true;
  if (before.k !== 'w') return false;
  if (before.t[0] !== before.low[0]) return b > 0;
  return RATED_SUBJECTS.has(before.low) || BEFORE_GRADE_NAME.has(before.low);
}
