// Whether a grade word is used as an inspection grade, and how it is framed: "rated (as) good",
// "judged to be inadequate", "an outstanding grading", "Ofsted rating of good", "moved from
// requires improvement to good". Without such a frame "good" is just a word ("good news").
import { Tok } from './dateTokens';
import {
  DASHES, foundObjectFrame, fromGradeBefore, gradeAsNoun, INSPECTED, labelStart, listedAfterVerb, listLabel, serviceAfter,
  serviceBefore, serviceSubject, weFrame,
} from './gradeFrames';
import { gradeInSpeech } from './gradeSpeech';
import {
  ASPIRE_WORDS, BE_FORMS, endsClause, followsAsGrade, Frame, GradeHit, gradeAt, LONG_OBJECT, low, MAKE_VERBS, MOVE_VERBS, NP_WORD_LIMIT,
  ORG_NOUNS, QUOTES, RATE_VERBS, RATING_NOUNS, REACH_VERBS, skipQuotes, STRICT_AFTER, TO_BE_VERBS,
} from './gradeWords';

export { ASPIRE_WORDS, QUOTES, RATE_VERBS, gradeAt };
export type { Frame, FrameKind, GradeHit } from './gradeWords';

const OUTCOME_VERBS = /^(?:helping|keeping|preparing|making|enabling|ensuring|supporting|promoting|improving)$/;

/** An active rating verb a few words back with only a noun phrase between: "rated the department (as)". */
function objectFrame(toks: Tok[], end: number): Frame | null {
  let and = false;
  // "judged help and protection, children in care and leadership all good": a list of objects gathered by "all"
  const gathered = /^(?:all|both)$/.test(low(toks, end));
  for (let j = end; j >= 0 && end - j <= NP_WORD_LIMIT; j--) {
    if (toks[j].k === 'p' && !QUOTES.has(toks[j].t) && !(gathered && toks[j].t === ',')) return null;
    // "judged the help and protection of children inadequate": an "and" may join nouns inside the object
    if (/^(?:was|were|is|are|be|been|that|which|who|but|to)$/.test(toks[j].low) || (toks[j].low === 'and' && end - j > 6 && !gathered)) return null;
    if (toks[j].low === 'and') and = true;
    // "Councils rated good often stop investing in what made them good": the object ends at a grade
    if (j < end && gradeAt(toks, j)) return null;
    if (RATE_VERBS.has(toks[j].low) && j < end) {
      // ... but not two judgements under one verb: "rated leadership as good and the help for families as inadequate"
      if (and) for (let k = j + 1; k <= end; k++) if (toks[k].low === 'as' || gradeAt(toks, k)) return null;
      return { kind: 'object', cue: j, verb: j, np: [j + 1, gathered ? end - 1 : end] };
    }
  }
  return null;
}

/** "judged that the overall effectiveness ... was inadequate". */
function thatFrame(toks: Tok[], copula: number): Frame | null {
  for (let j = copula - 1; j >= 0 && copula - j <= 16; j--) {
    if (toks[j].k === 'p' && toks[j].t !== '’' && toks[j].t !== "'") return null;
    // "were told in 2010 that ...": a short date phrase may stand between the verb and "that"
    const v = low(toks, j - 2) === 'in' && toks[j - 1]?.k === 'n' ? j - 3 : j - 1;
    if (toks[j].low === 'that' && (RATE_VERBS.has(low(toks, v)) || /^(?:found|concluded|considered|told)$/.test(low(toks, v)))) {
      return j + 1 < copula ? { kind: 'that', cue: j - 1, verb: j - 1, np: [j + 1, copula - 1] } : null;
    }
    // "found the council's services were inadequate", with "that" left out
    if (/^(?:found|concluded|judged|deemed)$/.test(toks[j].low) && j + 1 < copula) return { kind: 'that', cue: j, verb: j, np: [j + 1, copula - 1] };
  }
  return null;
}

/** A rating verb before "X to be", with only a noun phrase between ("judged the overall effectiveness ... to be"). */
function longObject(toks: Tok[], to: number): Frame | null {
  // "judges the experiences ... of children in care, help and protection and the impact of leaders all to be good": a
  // list gathered by "all" may hold commas
  const list = low(toks, to - 1) === 'all';
  for (let j = to - 1; j >= 0 && to - j <= (list ? 2 * LONG_OBJECT : LONG_OBJECT); j--) {
    const t = toks[j];
    if (t.k === 'p' && !QUOTES.has(t.t) && t.t !== '-' && !(list && t.t === ',')) return null;
    if (/^(?:was|were|is|are|be|been|being|that|which|who|said|says|would|will)$/.test(t.low)) return null;
    if (TO_BE_VERBS.has(t.low)) return j + 1 < to ? { kind: 'object', cue: j, verb: j, np: [j + 1, to - 1] } : null;
  }
  return null;
}

/** "to be a good authority", "make it an outstanding service", "not a good service yet". */
function predicateFrame(toks: Tok[], g: GradeHit, a: number, b: number): Frame | null {
  // "it is a good one", "I want us to be a good one": "one" stands for the council only after "we", "us" or "it"
  const one = low(toks, a) === 'one';
  if (!one && !ORG_NOUNS.has(low(toks, a)) && !(low(toks, a) === 'local' && low(toks, a + 1) === 'authority')) return null;
  if (b !== g.first - 1 || !/^an?$/.test(low(toks, b))) return null;
  const n = low(toks, a) === 'local' ? a + 1 : a;
  const next = toks[n + 1];
  // "a good service for families" is praise; "make it an outstanding service for the city" is a goal
  const open = !next || next.k !== 'w' || STRICT_AFTER.has(next.low) || /^(?:that|now|at|today|currently|still|on)$/.test(next.low);
  let v = b - 1;
  if (/^(?:not|never|truly|really|genuinely|consistently|now|still|already|yet|also)$/.test(low(toks, v))) v--;
  if (one) {
    const subject = low(toks, v - 1) === 'to' ? low(toks, v - 2) : low(toks, v - 1);
    return BE_FORMS.has(low(toks, v)) && open && /^(?:we|us|it)$/.test(subject) ? { kind: 'predicate', cue: v, verb: -1 } : null;
  }
  if (BE_FORMS.has(low(toks, v))) return open ? { kind: 'predicate', cue: v, verb: -1 } : null;
  for (let j = v; j >= 0 && v - j <= 3; j--) {
    if (toks[j].k === 'p') return null;
    if (MAKE_VERBS.has(toks[j].low)) return j < v && (open || /^(?:for|with)$/.test(next.low)) ? { kind: 'predicate', cue: j, verb: -1 } : null;
  }
  return null;
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
  // "A good or outstanding rating": the first of two grades before a rating noun
  if (/^(?:or|and)$/.test(low(toks, a)) && toks[a + 1] && gradeAt(toks, a + 1) && RATING_NOUNS.has(low(toks, skipQuotes(toks, gradeAt(toks, a + 1)!.last + 1, 1)))) {
    return { kind: 'attributive', cue: b, verb: -1 };
  }
  const predicate = predicateFrame(toks, g, a, b);
  if (predicate) return predicate;
  if (low(toks, g.first) === 'adequately') return { kind: 'verb', cue: b, verb: -1 };
  // "every council should be good or better by 2030": a grade as a floor
  if (low(toks, a) === 'or' && /^(?:better|above)$/.test(low(toks, a + 1)) && BE_FORMS.has(pb) && serviceBefore(toks, b)) return { kind: 'verb', cue: b, verb: -1 };
  // "an adequate capacity to improve": the pre-2013 second judgement
  if (low(toks, a) === 'capacity' && low(toks, a + 1) === 'to' && low(toks, a + 2) === 'improve') return { kind: 'attributive', cue: b, verb: -1 };
  // "Overall effectiveness: Good", "Amberleigh: Outstanding": a judgement listed as label and grade, closing its line
  // (a lower-case grade only after a label of three words or more: "Note: good" is no judgement)
  if (toks[b]?.t === ':' && b > 0 && a >= toks.length && (toks[g.first].t[0] !== toks[g.first].low[0] || b >= 3)) return { kind: 'listed', cue: b, verb: -1, np: [0, b - 1] };
  // "| Safeguarding | November 2012 | Adequate |": a grade filling a table cell
  if (toks[b]?.t === '|' && (a >= toks.length || toks[a].t === '|') && toks[g.first].t[0] !== toks[g.first].low[0]) return { kind: 'listed', cue: b, verb: -1 };
  // "at inadequate children's services", "over 'inadequate' children's services": the two grades with no everyday sense before a service
  // ("recommendations to outstanding councils": councils in general, a grade talked about)
  if ((g.grade === 'inadequate' || g.grade === 'outstanding') && serviceAfter(toks, a, g.grade === 'inadequate')) return { kind: /s$/.test(low(toks, a)) ? 'topic' : 'attributive', cue: g.first, verb: -1 };
  // "We have a good children's service": after "a", the service a council is graded on
  if ((g.grade === 'good' || g.grade === 'adequate') && /^an?$/.test(pb) && /^children['’]s$/.test(low(toks, a)) && /^(?:services|service)$/.test(low(toks, a + 1))) {
    return { kind: 'attributive', cue: b, verb: -1 };
  }
  // "• Adoption performance – good", "How well children are helped and protected – good": a label, a dash, the grade, the line's end
  if (DASHES.has(toks[b]?.t ?? '') && a >= toks.length && listLabel(toks, b)) return { kind: 'listed', cue: b, verb: -1, np: [labelStart(toks), b - 1] };
  // "since the council was rated inadequate says ...": after a passive rating verb the grade is a grade whatever follows
  const passive = RATE_VERBS.has(pb) && (/^(?:was|were|been|being|is|are|be)$/.test(low(toks, b - 1)) || toks[b - 1]?.t === ',');
  // "whether Ridgeford is good or outstanding": two grades joined after "is", the second a grade for sure
  if (BE_FORMS.has(pb) && b === g.first - 1 && /^(?:or|and)$/.test(low(toks, a)) && toks[a + 1] && gradeAt(toks, a + 1)) return { kind: 'verb', cue: b, verb: -1 };
  // "this service was inadequate", "the council is outstanding": a service's state, for the two grades with no everyday sense
  if ((g.grade === 'inadequate' || g.grade === 'outstanding') && /^(?:was|is|were|are|became|becomes|remained)$/.test(pb) && b === g.first - 1
    && serviceSubject(toks, b) && followsAsGrade(toks, a, true)) return { kind: 'verb', cue: b, verb: -1 };
  // "Garstow, which was inadequate when it was last inspected": a state dated by an inspection
  if (/^(?:was|were|is|are)$/.test(pb) && low(toks, a) === 'when' && toks.slice(a + 1, a + 7).some((t) => INSPECTED.has(t.low))) return { kind: 'verb', cue: b, verb: -1 };
  // "Pennerby, too, requires improvement, though inspectors said ...": the grade as the verb, closing its clause
  if (ratingWords && g.grade === 'requires improvement' && g.last === g.first + 1 && /^(?:too|also|now|currently|,)$/.test(pb)
    && toks[g.first].low !== 'requiring' && endsClause(toks, a)) return { kind: 'verb', cue: b, verb: -1 };
  // "the department remains inadequate more than two years on", "services still inadequate, say inspectors": a grade that persists
  // (not "requires improvement", which has its own rule below, and not "still outstanding": that is work not yet done)
  const remains = /^(?:remains|remained|remain)$/.test(pb);
  const persists = g.first === g.last && ratingWords && (remains || pb === 'still' && b === g.first - 1 && g.grade !== 'outstanding')
    && (g.grade === 'outstanding' ? followsAsGrade(toks, a, true) : followsAsGrade(toks, a) || /^(?:more|nearly|almost|despite)$/.test(low(toks, a)));
  if (persists) return { kind: 'verb', cue: b, verb: -1 };
  // "the council's judgement of good therefore stands": after "judgement of" a grade, whatever follows
  if (pb === 'of' && RATING_NOUNS.has(low(toks, b - 1)) && low(toks, b - 1) !== 'rated' && g.first === g.last) return { kind: 'of', cue: b - 1, verb: -1 };
  // "was outstanding at helping children to make a positive contribution": the pre-2013 outcome judgements
  if (low(toks, a) === 'at' && OUTCOME_VERBS.test(low(toks, a + 1)) && ((BE_FORMS.has(pb) && serviceSubject(toks, b)) || (ratingWords && /^(?:,|and|only|but)$/.test(pb)))) {
    return { kind: 'verb', cue: b, verb: -1 };
  }
  // "requires improvement to be good" is a grade wherever it stands, whatever follows it
  const named = g.grade === 'requires improvement' && g.last - g.first === 4;
  // "were found inadequate", "was found inadequate in February 2022": the passive of "find" rates
  if (pb === 'found' && /^(?:was|were|been|being|is|are|be)$/.test(low(toks, b - 1)) && followsAsGrade(toks, a)) return { kind: 'verb', cue: b, verb: b };
  if (!followsAsGrade(toks, a) && !(pb === 'to' && fromGradeBefore(toks, b)) && !passive) {
    // (but not after "not": "not requires improvement to be good" reads oddly anyway)
    return named && pb !== 'not' ? { kind: 'named', cue: g.first, verb: -1 } : gradeInSpeech(toks, g, a, b) ?? gradeAsNoun(toks, g, a, b);
  }
  if (pb === 'of' && RATING_NOUNS.has(low(toks, b - 1))) return { kind: 'of', cue: b - 1, verb: -1 };
  // a verb in capitals is a headline's only when the grade is in capitals too ("SERVICES RATED GOOD")
  const shouted = (t: Tok) => t.t === t.low.toUpperCase();
  if (RATE_VERBS.has(pb) && (!shouted(toks[b]) || shouted(toks[g.first]))) return { kind: 'verb', cue: b, verb: b };
  if ((pb === 'as' || pb === 'at') && RATE_VERBS.has(low(toks, b - 1))) return { kind: 'verb', cue: b - 1, verb: b - 1 };
  if (pb === 'be' && low(toks, b - 1) === 'to' || pb === 'become' || pb === 'becoming' || pb === 'being') {
    const v = pb === 'be' ? b - 2 : b - 1;
    if (pb === 'be' && TO_BE_VERBS.has(low(toks, v))) return { kind: 'verb', cue: v, verb: v };
    // "our ambition is for every one of our services to be outstanding": the cue may stand ten words back
    for (let j = v; j >= 0 && v - j <= 10; j--) {
      if (toks[j].k === 'p' && !QUOTES.has(toks[j].t)) break;
      // "I'd like us to be outstanding"
      const wish = toks[j].low === 'like' && /(?:^would|['’]d)$/.test(low(toks, j - 1));
      // ("the ambition to be outstanding was realistic": the aim's noun phrase goes on to its verb)
      // ("aim to be outstanding for care leavers": what the aim is for may follow)
      if (ASPIRE_WORDS.has(toks[j].low) || wish) return followsAsGrade(toks, a, true) || /^(?:was|is|were|are|remains|for)$/.test(low(toks, a)) ? { kind: 'aspire', cue: j, verb: -1 } : null;
    }
    const long = pb === 'be' ? longObject(toks, b - 1) : null;
    if (long) return long;
  }
  // "still requires improvement", "continues to require improvement": the grade as a state that persists, not the verb
  // "requires improvement in how it plans"; an "in" must lead to a date ("in March", "in 2024"); and only in a sentence
  // about inspection ("plans for the building still required improvement" is no grade)
  if (ratingWords && g.grade === 'requires improvement' && g.last === g.first + 1
    && (pb === 'still' || pb === 'to' && /^continu(?:e|es|ed|ing)$/.test(low(toks, b - 1)))
    && (endsClause(toks, a) || (low(toks, a) === 'in' ? toks[a + 1]?.k === 'n' || /^\p{Lu}/u.test(toks[a + 1]?.t ?? '') : followsAsGrade(toks, a, true)))) {
    return { kind: 'verb', cue: pb === 'still' ? b : b - 1, verb: -1 };
  }
  // "judged to require improvement", "found the service to require improvement", "to have required improvement"
  if (g.grade === 'requires improvement' && pb === 'to' && low(toks, g.first) === 'require') {
    if (TO_BE_VERBS.has(low(toks, b - 1))) return { kind: 'verb', cue: b - 1, verb: b - 1 };
    const long = longObject(toks, b);
    if (long) return long;
  }
  if (g.grade === 'requires improvement' && pb === 'have' && low(toks, b - 1) === 'to' && TO_BE_VERBS.has(low(toks, b - 2))) {
    return { kind: 'verb', cue: b - 2, verb: b - 2 };
  }
  // "could reach good", "achieve outstanding": the grade as the thing reached
  if (REACH_VERBS.has(pb) && b === g.first - 1 && followsAsGrade(toks, a, true)) return { kind: 'aspire', cue: b, verb: -1 };
  // "no longer inadequate", "anything other than inadequate" in a sentence about inspection
  // ("no longer adequate" needs the inspection beside it: staffing or a building can be that too)
  if (pb === 'longer' && low(toks, b - 1) === 'no' && (ratingWords || g.grade !== 'adequate') && followsAsGrade(toks, a, true)) return { kind: 'verb', cue: b - 1, verb: -1 };
  if (pb === 'than' && low(toks, b - 1) === 'other') {
    for (let j = b - 2; j >= 0 && b - j <= 6; j--) if (TO_BE_VERBS.has(toks[j].low) || RATE_VERBS.has(toks[j].low)) return { kind: 'verb', cue: j, verb: j };
  }
  if (pb === 'been' && low(toks, b - 1) === 'have' && low(toks, b - 2) === 'to' && TO_BE_VERBS.has(low(toks, b - 3))) return { kind: 'verb', cue: b - 3, verb: b - 3 };
  if (pb === 'from' || pb === 'to') {
    if (pb === 'from' && /^(?:up|down)$/.test(low(toks, b - 1))) return { kind: 'transition', cue: b - 1, verb: -1 }; // "up from good"
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
    if (that) return followsAsGrade(toks, a, true) ? that : null;
  }
  if (toks[b]?.k === 'w' && b < g.first) {
    // "they found them inadequate": with a pronoun object the two grades with no everyday sense need no inspection word
    const pronounObject = /^(?:them|it)$/.test(pb) && (g.grade === 'inadequate' || g.grade === 'outstanding');
    const obj = objectFrame(toks, pb === 'as' ? b - 1 : b) ?? ((ratingWords || pronounObject) && followsAsGrade(toks, a) ? foundObjectFrame(toks, b) : null);
    if (obj) return obj;
  }
  // "should be aiming for outstanding", "pushing for good"
  if (pb === 'for' && ASPIRE_WORDS.has(low(toks, b - 1)) || pb === 'for' && /^(?:aiming|striving|pushing|going|gunning)$/.test(low(toks, b - 1))) {
    if (followsAsGrade(toks, a, true)) return { kind: 'aspire', cue: b - 1, verb: -1 };
  }
  // "remained at requires improvement", "stuck at inadequate": the grade as a level held
  if (pb === 'at' && /^(?:remained|remains|remain|stayed|stays|stuck|kept|held)$/.test(low(toks, b - 1)) && ratingWords && followsAsGrade(toks, a, true)) {
    return { kind: 'verb', cue: b - 1, verb: -1 };
  }
  // "Requires improvement is not a result": the post-2013 grade's name as the subject of a sentence
  const opensClause = (i: number) => i < 0 || toks[i].t === ':' || toks[i].t === '.';
  if (g.grade === 'requires improvement' && opensClause(skipQuotes(toks, g.first - 1, -1)) && toks[g.first].t[0] === 'R' && /^(?:is|was|means|meant|remains|has)$/.test(low(toks, a))) {
    return { kind: 'topic', cue: g.first, verb: -1 };
  }
  if (g.grade === 'requires improvement' && g.last - g.first === 4) return { kind: 'named', cue: g.first, verb: -1 };
  const capitalRI = g.grade === 'requires improvement' && toks[g.first].t[0] === 'R' && toks[g.first + 1].t[0] === 'I';
  // A quoted or title-case grade in a sentence about inspection: "Ofsted gave it a ‘good’".
  if ((quoted || capitalRI) && ratingWords) return { kind: 'quoted', cue: b, verb: -1 };
  // "said “adequate” was nothing to celebrate": a quoted grade talked about; "better than another ‘inadequate’"
  if (quoted && /^(?:is|was)$/.test(low(toks, a))) return { kind: 'topic', cue: b, verb: -1 };
  if (quoted && /^(?:another|an?)$/.test(pb) && endsClause(toks, a)) return { kind: 'quoted', cue: b, verb: -1 };
  return weFrame(toks, g, a, b) ?? gradeInSpeech(toks, g, a, b) ?? gradeAsNoun(toks, g, a, b);
}

/**
 * A grade joined to the one just before it ("rated good or outstanding", "good at the next inspection and
 * outstanding after that"), which shares that grade's frame. `prevLast` is the earlier grade's last token.
 */
export function coordinated(toks: Tok[], g: GradeHit, prevLast: number): 'and' | 'or' | null {
  const b = skipQuotes(toks, g.first - 1, -1);
  const joint = low(toks, b);
  if (b <= prevLast || g.first - prevLast > 12 || !/^(?:and|or|then|,)$/.test(joint)) return null;
  for (let j = prevLast + 1; j < b; j++) if (toks[j].k === 'p' && !QUOTES.has(toks[j].t) && toks[j].t !== ',') return null;
  if (!followsAsGrade(toks, skipQuotes(toks, g.last + 1, 1))) return null;
  return joint === 'or' ? 'or' : 'and';
}

/**
 * "found X to be outstanding and its safeguarding services to be good", "rated X as good and Y as inadequate":
 * a second grade whose own noun phrase repeats the first's "to be"/"as" under the same rating verb.
 */
export function gappedFrame(toks: Tok[], g: GradeHit, prev: GradeHit, pf: Frame): Frame | null {
  if (pf.verb < 0) return null;
  const b = skipQuotes(toks, g.first - 1, -1);
  if (!followsAsGrade(toks, skipQuotes(toks, g.last + 1, 1), true)) return null;
  const link = low(toks, b) === 'as' ? b : low(toks, b) === 'be' && low(toks, b - 1) === 'to' ? b - 1 : -1;
  if (link < 0) return listedAfterVerb(toks, g, prev, pf);
  if ((link === b) !== (low(toks, skipQuotes(toks, prev.first - 1, -1)) === 'as')) return null;
  let j = skipQuotes(toks, prev.last + 1, 1);
  // "to be good in 2023 and fostering to be outstanding": a short date or place phrase may close the first
  for (let k = j; k < toks.length && k - j <= 4 && (toks[k].k !== 'p' || toks[k].t === ','); k++) {
    if (/^(?:and|while|whereas|but)$/.test(toks[k].low)) { j = k; break; }
  }
  if (toks[j]?.t === ',') j++;
  if (!/^(?:and|while|whereas|but)$/.test(low(toks, j))) return null;
  const np: [number, number] = [j + 1, link - 1];
  if (np[1] < np[0] || np[1] - np[0] >= NP_WORD_LIMIT) return null;
  for (let k = np[0]; k <= np[1]; k++) {
    if (toks[k].k === 'p' && !QUOTES.has(toks[k].t) && toks[k].t !== '-') return null;
    // "its capacity to improve to be good": a "to" inside the noun phrase is no second "to be"
    if (toks[k].low === 'to' && low(toks, k + 1) !== 'be') continue;
    if (/^(?:was|were|is|are|be|been|has|have|had|that|which|who|to|as|said|says)$/.test(toks[k].low) || gradeAt(toks, k)) return null;
  }
  return { kind: 'object', cue: pf.cue, verb: pf.verb, np };
}
