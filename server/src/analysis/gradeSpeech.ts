// Grades in speech and argument, where no rating verb frames them: "Good does not mean perfect", "Being
// good is not the same as being finished", "Wyvernsham can be good", "nothing less than good", "our
// capacity to improve is good", "take this service to good". Each frame asks for a shape that everyday
// "good" rarely takes, and for the grade to close its clause.
import { Tok } from './dateTokens';
import { isGivenName } from './givenNames';
import { ASPIRE_WORDS, followsAsGrade, Frame, GradeHit, gradeAt, low, MODALS, ORG_NOUNS, QUOTES, RATING_NOUNS, skipQuotes } from './gradeWords';

// Verbs after a grade that opens a clause: "Good does not mean perfect", "Adequate may not sound like much".
const TOPIC_VERBS = /^(?:is|was|isn['’]t|wasn['’]t|does|doesn['’]t|did|didn['’]t|means|meant|will|won['’]t|would|may|might|can|cannot|can['’]t|has|sounds|should|must|feels)$/;
// "Good is the target", "Good will follow": the grade named as what is wanted
const GOAL_NOUNS = /^(?:target|aim|goal|ambition|minimum|benchmark|expectation|aspiration)$/;
const TAKE_VERBS = new Set(['take', 'takes', 'taking', 'took', 'taken', 'bring', 'brings', 'bringing', 'brought']);
const MODAL_ADVERBS = new Set(['also', 'still', 'never', 'ever', 'soon', 'yet', 'really', 'easily', 'even', 'again', 'always', 'not']);
const NOT_A_NAME = new Set(['i', 'he', 'she', 'they', 'you', 'this', 'that', 'there', 'which', 'who', 'what', 'it', 'we', 'these', 'those', 'everyone', 'nobody']);

function opensClause(toks: Tok[], b: number): boolean {
  return b < 0 || (toks[b].k === 'p' && /^[.:;!?–—(]$/.test(toks[b].t));
}

/** A subject that can hold a grade: "we", "it", a council or service, or a name ("Wyvernsham can be good"). */
export function gradeHolder(toks: Tok[], j: number, allowIt: boolean): boolean {
  const t = toks[j];
  if (!t || t.k !== 'w') return false;
  if (t.low === 'we' || ORG_NOUNS.has(t.low) || t.low === 'home' || t.low === 'homes' || (allowIt && t.low === 'it')) return true;
  // a place, not a person ("When will John be good?")
  return t.t[0] !== t.low[0] && !NOT_A_NAME.has(t.low) && !/['’]s$/.test(t.low) && !isGivenName(t.low);
}

// Words that may lead a council's name or noun: "the county council", "Tollerby Borough Council".
const HOLDER_LEAD = /^(?:the|its|their|our|this|county|city|borough|district|local|metropolitan)$/;

/** The noun phrase ending with the grade's holder at `j`: "the council", "Marrowgate", "the county council". */
function holderPhrase(toks: Tok[], j: number): [number, number] {
  let a = j;
  while (a > 0 && j - a < 4 && toks[a - 1].k === 'w' && (HOLDER_LEAD.test(toks[a - 1].low) || (toks[a - 1].t[0] !== toks[a - 1].low[0] && a - 1 > 0))) a--;
  return [a, j];
}

/** "Good is the target": the grade, capitalised, opening its clause, then a verb. */
function topicOpening(toks: Tok[], g: GradeHit, a: number, b: number): Frame | null {
  if (!opensClause(toks, b) || toks[g.first].t[0] === toks[g.first].low[0]) return null;
  const v = low(toks, a) === 'overall' ? a + 1 : a;
  if (!TOPIC_VERBS.test(low(toks, v))) return null;
  const goal = GOAL_NOUNS.test(low(toks, v + 1)) || (/^(?:the|our|my|a)$/.test(low(toks, v + 1)) && GOAL_NOUNS.test(low(toks, v + 2)));
  const follows = low(toks, v) === 'will' && /^(?:follow|come)$/.test(low(toks, v + 1));
  return { kind: goal || follows ? 'aspire' : 'topic', cue: g.first, verb: -1 };
}

/** "Being good is not the same as being finished", "Being no longer inadequate is ...", "Staying outstanding is harder". */
function beingFrame(toks: Tok[], g: GradeHit, a: number, b: number): Frame | null {
  let j = b;
  if (low(toks, j) === 'longer' && low(toks, j - 1) === 'no') j -= 2;
  else if (low(toks, j) === 'not') j--;
  if (!/^(?:being|staying|remaining|becoming)$/.test(low(toks, j)) || !(opensClause(toks, skipQuotes(toks, j - 1, -1)) || /^(?:and|said|says|that)$/.test(low(toks, j - 1)))) return null;
  return followsAsGrade(toks, a, true) || TOPIC_VERBS.test(low(toks, a)) || low(toks, a) === 'on' ? { kind: 'topic', cue: j, verb: -1 } : null;
}


/**
 * "Wyvernsham can be good", "the other two homes could also be outstanding", "we should have been good by now",
 * "If we had been good in 2015": a council (or "we") under a modal or a past perfect. After a modal the cue
 * stands past it, so the status reads the modal as a supposition.
 */
export function modalFrame(toks: Tok[], a: number, b: number): Frame | null {
  // ("cannot be outstanding without adequate funding")
  if (!followsAsGrade(toks, a, true) && low(toks, a) !== 'without') return null;
  let m = b - 1;
  if (low(toks, b) === 'been' && low(toks, m) === 'have' && MODALS.has(low(toks, m - 1))) m--;
  else if (low(toks, b) === 'been' && (/^(?:had|has|have)$/.test(low(toks, m)) || (MODAL_ADVERBS.has(low(toks, m)) && /^(?:had|has|have)$/.test(low(toks, m - 1)) && m--))) {
    // "a council which had been inadequate four years ago"
    if (/^(?:which|that)$/.test(low(toks, m - 1)) && ORG_NOUNS.has(low(toks, m - 2))) return { kind: 'verb', cue: m - 2, verb: -1, np: holderPhrase(toks, m - 2) };
    return gradeHolder(toks, m - 1, false) ? { kind: 'verb', cue: m - 1, verb: -1, np: holderPhrase(toks, m - 1) } : null;
  } else if (low(toks, b) !== 'be') return null;
  if (MODAL_ADVERBS.has(low(toks, m))) m--;
  if (!MODALS.has(low(toks, m))) return null;
  return gradeHolder(toks, m - 1, true) ? { kind: 'verb', cue: m + 1, verb: -1, np: holderPhrase(toks, m - 1) } : null;
}

/** "I'd like to see it be outstanding one day": a grade wished for a council. */
function seeItBe(toks: Tok[], a: number, b: number): Frame | null {
  if (low(toks, b) !== 'be' || !/^(?:it|us|them|we)$/.test(low(toks, b - 1)) || !/^(?:see|seeing|watch|make|help)$/.test(low(toks, b - 2))) return null;
  if (!followsAsGrade(toks, a, true)) return null;
  for (let j = b - 3; j >= 0 && b - j <= 10; j--) {
    if (toks[j].k === 'p' && !QUOTES.has(toks[j].t)) break;
    if (ASPIRE_WORDS.has(toks[j].low) || toks[j].low === 'like') return { kind: 'aspire', cue: j, verb: -1, np: [b - 1, b - 1] };
  }
  return null;
}

/** "to take this service to good", "FROM FAILING TO GOOD": a grade moved to, without a grade moved from. */
function movedTo(toks: Tok[], a: number, b: number): Frame | null {
  if (low(toks, b) !== 'to') return null;
  // "The three that got back to good kept the same director": "back to" a grade, whatever follows
  if (low(toks, b - 1) === 'back') return { kind: 'transition', cue: b - 1, verb: -1 };
  // "Oxendale up to good"
  if (low(toks, b - 1) === 'up' && followsAsGrade(toks, a, true)) return { kind: 'transition', cue: b - 1, verb: -1 };
  if (!followsAsGrade(toks, a, true)) return null;
  for (let j = b - 1; j >= 0 && b - j <= 8; j--) {
    if (toks[j].k === 'p' && !QUOTES.has(toks[j].t)) return null;
    if (toks[j].low === 'from' && b - j <= 3) return { kind: 'transition', cue: j, verb: -1 };
    // "came here to take this service to good" is a purpose; "took the service to good" a result
    if (TAKE_VERBS.has(toks[j].low)) return { kind: low(toks, j - 1) === 'to' ? 'aspire' : 'transition', cue: j, verb: -1, np: j + 1 < b ? [j + 1, b - 1] : undefined };
  }
  return null;
}

/** An aim or a challenge a few words before `at`: "the challenge now was to stay good". */
function goalBefore(toks: Tok[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= 8; j--) if (ASPIRE_WORDS.has(toks[j].low) || /^(?:challenge|task|job|going)$/.test(toks[j].low)) return true;
  return false;
}

/** A verb of giving a few words before `at`: "given the council a good". */
function givenBefore(toks: Tok[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= 5; j--) if (/^(?:given|gave|give|gives|awarded|received|got|handed|earned)$/.test(toks[j].low)) return true;
  return false;
}

/** "found that <noun phrase>" ending at `end`, with no clause break between. */
function foundThat(toks: Tok[], end: number): Frame | null {
  for (let j = end; j >= 1 && end - j <= 12; j--) {
    if (toks[j].k === 'p' && !QUOTES.has(toks[j].t)) return null;
    // the noun phrase holds no verb or clause of its own ("that leadership was good but ...")
    if (/^(?:was|were|is|are|but|while|whereas|which|who)$/.test(toks[j].low)) return null;
    if (toks[j].low === 'that') {
      return j < end && /^(?:found|finds|find|judged|concluded|said|says)$/.test(toks[j - 1].low) ? { kind: 'that', cue: j - 1, verb: j - 1, np: [j + 1, end] } : null;
    }
  }
  return null;
}

/** "children's services" or "children's social care" ending at `end`. */
function childrenServices(toks: Tok[], end: number): boolean {
  if (/^(?:services|service)$/.test(low(toks, end))) return /^children['’]s$/.test(low(toks, end - 1));
  return low(toks, end) === 'care' && low(toks, end - 1) === 'social' && /^children['’]s$/.test(low(toks, end - 2));
}

/** The frame for a grade spoken of in argument, or null. `a`/`b`: the tokens after/before the grade, quotes skipped. */
export function gradeInSpeech(toks: Tok[], g: GradeHit, a: number, b: number): Frame | null {
  const pb = low(toks, b);
  // "the council was still inadequate": a council's state, an adverb before the grade with no everyday sense
  if ((g.grade === 'inadequate' || g.grade === 'outstanding') && /^(?:still|now|again|also)$/.test(pb) && b === g.first - 1
    && /^(?:was|is|were|are|remained|remains)$/.test(low(toks, b - 1)) && ORG_NOUNS.has(low(toks, b - 2)) && followsAsGrade(toks, a, true)) {
    return { kind: 'verb', cue: b - 1, verb: -1, np: holderPhrase(toks, b - 2) };
  }
  // "Every council that is inadequate should ...": a council's state in a relative clause
  if (/^(?:is|was|are|were)$/.test(pb) && b === g.first - 1 && /^(?:that|which)$/.test(low(toks, b - 1)) && ORG_NOUNS.has(low(toks, b - 2)) && followsAsGrade(toks, a)) {
    return { kind: 'verb', cue: b - 2, verb: -1, np: holderPhrase(toks, b - 2) };
  }
  // "what changed between good and outstanding?"
  if (pb === 'between' && low(toks, a) === 'and' && toks[a + 1] && gradeAt(toks, a + 1)) return { kind: 'topic', cue: b, verb: -1 };
  // "one bad winter away from good"
  if (pb === 'from' && low(toks, b - 1) === 'away' && followsAsGrade(toks, a, true)) return { kind: 'topic', cue: b - 1, verb: -1 };
  // "they've given the council a good in every one of the three areas": a grade given as a thing
  if (/^an?$/.test(pb) && b === g.first - 1 && /^(?:in|for|across|from)$/.test(low(toks, a)) && givenBefore(toks, b)) return { kind: 'verb', cue: b, verb: -1 };
  // "Not inadequate is where we start"
  if (pb === 'not' && opensClause(toks, skipQuotes(toks, b - 1, -1)) && TOPIC_VERBS.test(low(toks, a))) return { kind: 'topic', cue: b, verb: -1 };
  // "on course for outstanding", "on track for good": a grade aimed at
  if (pb === 'for' && /^(?:course|track|bid|push|drive)$/.test(low(toks, b - 1)) && followsAsGrade(toks, a, true)) return { kind: 'aspire', cue: b - 1, verb: -1 };
  // "nothing less than good", "anything short of outstanding"
  if ((pb === 'than' && low(toks, b - 1) === 'less') || (pb === 'of' && low(toks, b - 1) === 'short')) {
    return followsAsGrade(toks, a, true) || TOPIC_VERBS.test(low(toks, a)) ? { kind: 'topic', cue: b - 1, verb: -1 } : null;
  }
  // "our capacity to improve is good": the pre-2013 second judgement
  if (/^(?:is|was|remains)$/.test(pb) && low(toks, b - 1) === 'improve' && low(toks, b - 2) === 'to' && low(toks, b - 3) === 'capacity' && followsAsGrade(toks, a, true)) {
    return { kind: 'verb', cue: b - 3, verb: -1 };
  }
  // "singled out as good"
  if (pb === 'as' && low(toks, b - 1) === 'out' && low(toks, b - 2) === 'singled') return { kind: 'verb', cue: b - 2, verb: -1 };
  // "found that the council required improvement": the grade as the verb of a council
  // ("requires improvement in its record keeping" is no grade: an "in" must lead to a date)
  const closes = low(toks, a) === 'in' ? toks[a + 1]?.k === 'n' || /^\p{Lu}/u.test(toks[a + 1]?.t ?? '') : followsAsGrade(toks, a, true);
  const riVerb = g.grade === 'requires improvement' && g.last === g.first + 1 && toks[g.first].low !== 'requiring';
  // "a council which has required improvement since 2016"
  if (riVerb && /^(?:has|have|had)$/.test(pb) && b === g.first - 1 && /^(?:which|that|it|we|they)$|^(?:council|authority|service|services|department)$/.test(low(toks, b - 1))
    && followsAsGrade(toks, a, true)) {
    return { kind: 'verb', cue: b, verb: -1 };
  }
  // ("the council's overall grade therefore requires improvement": an adverb may stand between)
  const sb = /^(?:therefore|also|now|still|thus)$/.test(pb) && b === g.first - 1 ? b - 1 : b;
  if (riVerb && sb !== b && closes && (ORG_NOUNS.has(low(toks, sb)) || RATING_NOUNS.has(low(toks, sb)))) return { kind: 'verb', cue: sb, verb: -1 };
  if (riVerb && b === g.first - 1 && closes) {
    if (pb === 'we' || ORG_NOUNS.has(pb)) return { kind: 'verb', cue: b, verb: -1, np: holderPhrase(toks, b) };
    // "Four years on it requires improvement again"
    if (pb === 'it' || pb === 'they') return { kind: 'verb', cue: b, verb: -1, np: [b, b] };
    // "inspectors said Wraxby required improvement"
    if (gradeHolder(toks, b, false) && b > 0) return { kind: 'verb', cue: b, verb: -1, np: holderPhrase(toks, b) };
  }
  // "They found that the help and protection of children requires improvement": a finding, the grade its verb
  if (riVerb && (closes || toks[a]?.t === ',')) {
    const that = foundThat(toks, b);
    if (that) return that;
  }
  // "Our children's services are good and ...": the service a council is graded on, in the state of its grade
  // ("CHILDREN'S services in Arlingcote are only adequate": a place after the service, "only" before the grade)
  const cop = /^(?:only|now|still)$/.test(pb) && b === g.first - 1 ? b - 1 : b;
  let sub = cop - 1;
  if (low(toks, sub - 1) === 'in' && toks[sub]?.t[0] !== toks[sub]?.low[0]) sub -= 2;
  if (/^(?:is|are|was|were|remain|remains)$/.test(low(toks, cop)) && cop >= g.first - 2 && childrenServices(toks, sub) && followsAsGrade(toks, a, true)) {
    return { kind: 'verb', cue: cop, verb: -1 };
  }
  // "Fenstow, which required improvement when it was last inspected in 2015, is now inadequate": the main clause resumes
  if (/^(?:is|are)$/.test(low(toks, b - 1)) && pb === 'now' && b === g.first - 1 && toks[b - 2]?.t === ',' && gradeHolder(toks, 0, false) && toks[1]?.t === ','
    && followsAsGrade(toks, a, true)) {
    // ('predicate': a claim about now, which the sentence's earlier date does not date)
    return { kind: 'predicate', cue: b - 1, verb: -1, np: [0, 0] };
  }
  // "councils that became good under the old regime", "Marrowgate became outstanding in 2019"
  if (/^(?:became|becomes)$/.test(pb) && b === g.first - 1 && (/^(?:that|which|who)$/.test(low(toks, b - 1)) || gradeHolder(toks, b - 1, true)) && followsAsGrade(toks, a, true)) {
    return { kind: 'verb', cue: b, verb: -1 };
  }
  // "the verdict was inadequate", "two of the four judgements were good": a rating noun as the subject
  if (/^(?:was|were|is|are)$/.test(pb) && RATING_NOUNS.has(low(toks, b - 1)) && low(toks, b - 1) !== 'rated' && followsAsGrade(toks, a, true)) {
    return { kind: 'verb', cue: b - 1, verb: -1, np: [b - 1, b - 1] };
  }
  // "the challenge now was to stay outstanding without ...": a grade to be kept
  // ("try to stay good" is no grade: "good" and "adequate" need a goal before them)
  if (/^(?:stay|remain)$/.test(pb) && low(toks, b - 1) === 'to' && (followsAsGrade(toks, a, true) || low(toks, a) === 'without')
    && (g.grade !== 'good' && g.grade !== 'adequate' || goalBefore(toks, b - 1))) {
    return { kind: 'topic', cue: b - 1, verb: -1 };
  }
  // "So when will Stanwold be good?": a modal before its subject
  if (pb === 'be' && b === g.first - 1 && MODALS.has(low(toks, b - 2)) && gradeHolder(toks, b - 1, false) && followsAsGrade(toks, a, true)) {
    return { kind: 'aspire', cue: b - 2, verb: -1 };
  }
  // "one that nobody would call inadequate now"
  if (/^(?:call|calls|called)$/.test(pb) && b === g.first - 1 && followsAsGrade(toks, a, true)) return { kind: 'verb', cue: b, verb: -1 };
  // "Harnley was outstanding when I arrived", "Lintonbury was inadequate in 2016": a place's state, for the two grades with no
  // everyday sense of a place
  if ((g.grade === 'inadequate' || g.grade === 'outstanding') && /^(?:was|is|were|are)$/.test(pb) && b === g.first - 1 && b >= 2
    && gradeHolder(toks, b - 1, false) && toks[b - 1].t[0] !== toks[b - 1].low[0] && (followsAsGrade(toks, a, true) || low(toks, a) === 'when')) {
    return { kind: 'verb', cue: b - 1, verb: -1, np: holderPhrase(toks, b - 1) };
  }
  return topicOpening(toks, g, a, b) ?? beingFrame(toks, g, a, b) ?? modalFrame(toks, a, b) ?? seeItBe(toks, a, b) ?? movedTo(toks, a, b);
}

/** "COUNTY'S CHILDREN'S SERVICES 'ONLY ADEQUATE', SAYS WATCHDOG": in a headline a quoted grade is the grade; so is "X still inadequate". */
export function headlineQuoted(toks: Tok[], g: GradeHit): Frame | null {
  // "Kettlebury still inadequate", "Oxendale now good": a headline's state, closing the line
  if (/^(?:still|now)$/.test(low(toks, g.first - 1)) && g.last === toks.length - 1 && g.first >= 2) return { kind: 'verb', cue: g.first - 1, verb: -1 };
  let b = g.first - 1;
  if (/^(?:only|just|still|now|not|merely)$/.test(low(toks, b))) b--;
  const open = toks[b];
  const close = toks[g.last + 1];
  if (!(open?.k === 'p' && QUOTES.has(open.t) && close?.k === 'p' && QUOTES.has(close.t))) return null;
  // the quote closes a clause: "'ADEQUATE' - AND THIS TIME ...", "'ONLY ADEQUATE', SAYS WATCHDOG"; not "The 'good' life"
  const next = toks[g.last + 2];
  return !next || next.k === 'p' || /^(?:says|say|said)$/.test(next.low) ? { kind: 'quoted', cue: b, verb: -1 } : null;
}
