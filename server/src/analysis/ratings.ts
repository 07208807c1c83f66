// Ofsted grades (before 2013: outstanding, good, adequate, inadequate; after: outstanding, good,
// requires improvement, inadequate) found only where the sentence frames them as a grade, with
// whether they were awarded, hoped for or neither, what was rated, when, and by whom.
import { ArticleDate, findArticleDate } from './articleDate';
import { isLetter, isSpace, Tok, tokenize } from './dateTokens';
import { ASPIRE_WORDS, coordinated, findFrame, Frame, gappedFrame, GradeHit, gradeAt } from './gradeContext';
import { endsClause, followsAsGrade, low, ORG_NOUNS } from './gradeWords';
import { compareAtCommonPrecision } from './consistencyUtil';
import { DateRole, intervalBefore, linkedDate, presentCopula, presentPerfect, sentenceDate, targetDate } from './ratingDates';
import { fillDates, Found } from './ratingFill';
import { scaleNamed, untilClause, workedTowards } from './ratingStatusCues';
import { aboutInspections, fallbackFrame } from './gradeFallback';
import { headlineQuoted } from './gradeSpeech';
import { bracketDatedFrame, judgementLines, lineFrame } from './judgementLines';
import { findSubjectTokens, firstPerson, isGeneric } from './ratingSubject';
import { DateMention, Rating } from './schema';
import { ArticleText, Sentence } from './text';

const GRADE_CUE = /outstanding|good|adequate|improvement/gi;
const RI_BEFORE = ['requires', 'requiring', 'require', 'required'];

/**
 * Whether the sentence may hold a grade token as gradeAt reads them: a whole word "outstanding", "good",
 * "(in)adequate", or "improvement" straight after "requires"/"requiring"/... . "goods", "goodwill" and
 * "improvements" tokenise to no grade, so such sentences are skipped before tokenising.
 */
export function mayHoldGrade(st: string): boolean {
  GRADE_CUE.lastIndex = 0;
  for (let m = GRADE_CUE.exec(st); m; m = GRADE_CUE.exec(st)) {
    const a = m.index;
    const b = a + m[0].length;
    // "adequately" (as in "performing adequately") is read too
    if (b + 1 < st.length && m[0].length === 8 && (st.charCodeAt(b) | 32) === 108 && (st.charCodeAt(b + 1) | 32) === 121 && !(b + 2 < st.length && isLetter(st.charCodeAt(b + 2)))) return true;
    if (b < st.length && isLetter(st.charCodeAt(b))) continue;
    const w = m[0].length === 11 && (m[0][0] === 'i' || m[0][0] === 'I');
    if (!w) {
      // "inadequate" is a grade word too; for the others a letter before joins another word
      if (m[0].length === 8 || a === 0 || !isLetter(st.charCodeAt(a - 1))) return true;
      continue;
    }
    let p = a;
    while (p > 0 && isSpace(st.charCodeAt(p - 1))) p--;
    if (p === a) continue;
    for (const r of RI_BEFORE) if (p >= r.length && st.slice(p - r.length, p).toLowerCase() === r) return true;
  }
  return false;
}
const RATING_WORDS = /ofsted|inspect|rated|rating|graded|grade|judged|judgement|verdict|review|assessment/i;
const BODY = /\b(?:Ofsted|Care Quality Commission|CQC|Estyn|Care Inspectorate(?: Wales)?|HMI Probation|HMICFRS|HM Inspectorate of \p{Lu}\p{L}+)\b/u;
const NEGATION = /^(?:not|no|never|neither|nor|without|avoid|avoided|avoiding|nobody|none|nothing|cannot)$|n['’]t$/;
// "No council in the region has been rated outstanding": a negated subject may stand further back.
const NEGATED_SUBJECT = /^(?:no|nobody|none|never)$/;
const CLAUSE_OPENERS = new Set(['when', 'whenever', 'because', 'after', 'since', 'although', 'though', 'while', 'whilst']);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'would', 'could', 'might', 'should', 'will', 'shall', 'may', 'can']);
const ASPIRATION = new Set([...ASPIRE_WORDS, 'towards', 'achievable', 'targets', 'expected', 'expecting']);
const AFTER_ASPIRATION = new Set(['achievable', 'possible', 'reach', 'aim', 'goal', 'target', 'ambition']);
// "two and a half years after the service was rated inadequate": a judgement the story dates elsewhere.
const EARLIER_CUE = new Set(['after', 'since', 'following']);

/** An "after"/"since" at token j that starts an earlier time: not the "after" of "looked after" / "looked-after children". */
function earlierCue(toks: Tok[], j: number): boolean {
  if (!EARLIER_CUE.has(toks[j].low)) return false;
  if (toks[j].low !== 'after') return true;
  const before = toks[j - 1]?.t === '-' ? toks[j - 2] : toks[j - 1];
  return before?.low !== 'looked';
}
const SAME_CUE = /\b(?:also|same (?:time|inspection|visit|report))\b/i;

type Why = 'negated' | 'hypothetical' | null;

/** The copula of a reduced relative's noun ("councils rated inadequate under X are now good"), or null. */
function mainClauseAfter(toks: Tok[], prevGrade: GradeHit, first: number): Frame | null {
  const prevLast = prevGrade.last;
  let c = first - 1;
  if (/^(?:now|still|also|all)$/.test(low(toks, c))) c--;
  if (!/^(?:are|is|were|was)$/.test(low(toks, c)) || c - prevLast > 7 || c - prevLast < 2) return null;
  // only a preposition and its noun phrase between: "under Ofsted's single inspection framework", "in 2014"
  if (!/^(?:under|in|since|after|before|by|at)$/.test(low(toks, prevLast + 1))) return null;
  for (let j = prevLast + 2; j < c; j++) if (toks[j].k === 'p' || /^(?:and|or|but|which|that|who|was|were|is|are|has|have|had)$/.test(toks[j].low)) return null;
  // what is rated: the noun phrase before the participle ("Three councils" of "Three councils rated inadequate ...")
  const verb = prevGrade.first - 1;
  let from = verb;
  while (from > 0 && toks[from - 1].k === 'w' && verb - from < 6) from--;
  return { kind: 'verb', cue: c, verb: -1, np: from < verb ? [from, verb - 1] : undefined };
}

/** The copula right before a grade ("is", "be", "been", "’re", past "not"/"no longer"), or -1. */
function copulaBefore(toks: Tok[], first: number): number {
  let j = first - 1;
  if (low(toks, j) === 'not') j--;
  else if (low(toks, j) === 'longer' && low(toks, j - 1) === 'no') j -= 2;
  else if (/^(?:now|also|still|both)$/.test(low(toks, j))) j--;
  if (/^(?:you['’]re|we['’]re|they['’]re)$/.test(low(toks, j))) return j;
  if (!/^(?:is|are|was|were|be|been|isn['’]t|wasn['’]t)$/.test(low(toks, j))) return -1;
  // the copula's subject holds a grade: a council, a pronoun, or the grade just named ("that requires improvement is not inadequate")
  let k = j - 1;
  while (k >= 0 && /^(?:can|could|may|might|will|would|should|must|have|has|had|also|still|now|never)$/.test(toks[k].low)) k--;
  const w = low(toks, k);
  return /^(?:we|you|it|they|improvement|outstanding|good|adequate|inadequate|home|homes)$/.test(w) || ORG_NOUNS.has(w) ? j : -1;
}
// A council in general: "a council", "any authority", "several councils", "councils that", "reinspects agencies that"
// ("A council's children's services have been rated inadequate" is a news lede about one council)
// ("one of 11 councils rated inadequate" counts the subject in: no determiner, no general statement)
const ANY_COUNCIL = /\b(?:a|an|any|every|each|several|many|some|most|few|other)\s+(?:local\s+)?(?:council|authority|service)s?\b(?![’'])(?:\s+(?:that|which|rated|judged))?\s*$|^["“‘']?(?:(?:a|an|any|every|each|several|many|some|most|few|other)\s+(?:local\s+)?(?:council|authority)s?|councils|authorities)\b(?![’'])|\b(?:councils|authorities|agencies|homes|services)\s+that\s*$/i;

/** The sentence asks ("Can a council go from inadequate to good?"). */
function asks(sentence: string): boolean {
  return /\?["”’']?\s*$/.test(sentence) && /^["“‘']?(?:can|could|does|do|is|are|was|were|will|would|should|how|why|what|when)\b/i.test(sentence);
}
function statusOf(toks: Tok[], g: GradeHit, f: Frame): [Rating['status'], Why] {
  // "will not rest until Sandmartin is good again", "on its way to outstanding": a grade worked towards
  if (untilClause(toks, g.first) || workedTowards(toks, g.first, g.grade)) return ['aspiration', null];
  // (a negation of the main clause does not reach into a clause of its own: "I was not shocked when Ofsted rated it inadequate")
  const near = Math.min(f.cue, g.first);
  let open = Math.max(0, near - 9);
  for (let j = near - 1; j >= open; j--) if (CLAUSE_OPENERS.has(toks[j].low)) open = j + 1;
  const from = Math.max(open, near - 5);
  for (let j = from; j < g.first; j++) if (NEGATION.test(toks[j].low)) return ['other', 'negated'];
  for (let j = open; j < from; j++) if (NEGATED_SUBJECT.test(toks[j].low)) return ['other', 'negated'];
  if (f.kind === 'aspire') return ['aspiration', null];
  if (f.kind === 'topic') return ['other', 'hypothetical'];
  // an aspiration word counts unless an "after"/"since" clause about the past stands between it and the grade
  for (let j = g.first - 1; j >= 0 && j >= f.cue - 8; j--) {
    if (earlierCue(toks, j)) break;
    if (ASPIRATION.has(toks[j].low)) return ['aspiration', null];
  }
  for (let j = g.last + 1; j < toks.length && j - g.last <= 5; j++) if (AFTER_ASPIRATION.has(toks[j].low)) return ['aspiration', null];
  for (let j = Math.min(f.cue, g.first) - 1; j >= 0 && f.cue - j <= 14; j--) {
    if (toks[j].k === 'p' && /[,;:–—]/.test(toks[j].t)) break;
    // ("we were about to be rated outstanding": a prospect, not a grade given)
    // ("In May 2025 Ofsted judged them inadequate": the month, not the modal)
    if ((HYPOTHETICAL.has(toks[j].low) && toks[j].t !== 'May') || (toks[j].low === 'about' && low(toks, j + 1) === 'to')) return ['other', 'hypothetical'];
  }
  return ['awarded', null];
}


/** Lines before the first line of prose: the headline and standfirst, bylines, datelines. */
function headlineLines(article: ArticleText): Set<number> {
  const out = new Set<number>();
  let seen = 0;
  for (let i = 0; i < article.lines.length && seen < 6; i++) {
    const l = article.lines[i];
    const t = l.text.trim();
    if (!t || l.boilerplate) continue;
    seen++;
    if (t.length > 150 || /[.!?]["”’']?$/.test(t)) break;
    out.add(i);
  }
  return out;
}

function datesIn(sorted: DateMention[], s: Sentence, from: number): DateMention[] {
  const out: DateMention[] = [];
  for (let j = from; j < sorted.length && sorted[j].start < s.end; j++) if (sorted[j].end <= s.end) out.push(sorted[j]);
  return out;
}

export function extractRatings(article: ArticleText, dates: DateMention[], articleDate?: ArticleDate | null): Rating[] {
  const found: Found[] = [];
  const text = article.text;
  const sorted = dates.filter((d) => d.resolved).sort((a, b) => a.start - b.start);
  const heads = headlineLines(article);
  const listLines = judgementLines(article);
  const inspections = aboutInspections(text);
  const dated = articleDate === undefined ? findArticleDate(article) : articleDate;
  // ("the care leavers' service, which inspectors also judged good, would get a new manager in April": a date after the
  // article's own is of something to come, never of a grade given)
  const past = (ds: DateMention[]) => (dated ? ds.filter((d) => compareAtCommonPrecision(d.resolved!, dated.date) <= 0) : ds);
  const sentenceDates: DateMention[][] = [];
  let di = 0;
  article.sentences.forEach((s, si) => {
    while (di < sorted.length && sorted[di].start < s.start) di++;
    sentenceDates[si] = datesIn(sorted, s, di);
    if (!mayHoldGrade(s.text)) return;
    const inSentence = sentenceDates[si];
    let pastInSentence: DateMention[] | undefined;
    const toks = tokenize(text, 0, s.start, s.end, s.end); // in place, as the dates read it (see dates.ts)
    const ratingWords = RATING_WORDS.test(s.text);
    const body = BODY.exec(s.text)?.[0] ?? null;
    const claimed = new Set<DateMention>();
    const roles = new Map<DateMention, DateRole>();
    let lastSubject: string | null = null;
    let speaker: boolean | null = null;
    let question: boolean | undefined;
    const hasSpeaker = () => (speaker ??= firstPerson(toks));
    let prev: { g: GradeHit; f: Frame; found: Found } | null = null;
    const sentenceFirst = found.length;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].k !== 'w') continue;
      const g = gradeAt(toks, i);
      if (!g) continue;
      i = g.last;
      const joint: 'and' | 'or' | null = prev ? coordinated(toks, g, prev.g.last) : null;
      // a line of a list of judgements is read as one first: its label is what is rated
      let f: Frame | null = joint ? prev!.f : (listLines.has(s.line) ? lineFrame(toks, g) : null) ?? findFrame(toks, g, ratingWords) ?? (prev ? gappedFrame(toks, g, prev.g, prev.f) : null);
      // "found that leaders were good but care still required improvement": the verb form of the grade, after a grade
      if (!f) f = bracketDatedFrame(toks, g);
      if (!f && heads.has(s.line)) f = headlineQuoted(toks, g);
      // "... judged inadequate, with the impact of leaders also inadequate", "and their capacity to improve was also good"
      if (!f && prev && /^(?:also|too)$/.test(low(toks, g.first - 1)) && followsAsGrade(toks, g.last + 1, true)) f = { kind: 'verb', cue: g.first - 1, verb: -1 };
      // "A council that requires improvement is not inadequate", "judged outstanding this year can be inadequate": after a
      // grade in the sentence, the two grades with no everyday sense are grades after any copula
      // (any grade after "is now", "is also": "... and the help and protection we give children is now good")
      const shifted = /^(?:now|also|both)$/.test(low(toks, g.first - 1));
      if (!f && prev && (g.grade === 'inadequate' || g.grade === 'outstanding' || shifted) && copulaBefore(toks, g.first) >= 0 && followsAsGrade(toks, g.last + 1, true)) {
        f = { kind: 'verb', cue: copulaBefore(toks, g.first), verb: -1 };
      }
      // "Three councils rated inadequate under Ofsted's framework are now good": the copula of the noun phrase the grade
      // before qualified, with only a few words of a place or framework between
      if (!f && prev && followsAsGrade(toks, g.last + 1, true)) f = mainClauseAfter(toks, prev.g, g.first);
      if (!f && prev && g.grade === 'requires improvement' && g.last - g.first === 1 && endsClause(toks, g.last + 1)) f = { kind: 'named', cue: g.first, verb: -1 };
      if (!f && inspections) f = fallbackFrame(toks, g, ratingWords || prev !== null);
      if (!f) continue;
      const start = toks[g.first].s;
      const end = toks[g.last].e;
      const np = joint ? null : findSubjectTokens(toks, g, f);
      let [status, why] = joint ? [prev!.found.rating.status, null as Why] : statusOf(toks, g, f);
      // "A good grade does not ...": discussed, given to no one, so it names no subject either
      const generic = !joint && status === 'awarded' && isGeneric(toks, g, f, hasSpeaker);
      if (generic) [status, why] = ['other', 'hypothetical'];
      const subject: string | null = generic ? null : np ? text.slice(toks[np[0]].s, toks[np[1]].e) : lastSubject;
      lastSubject = subject;
      // "rated good or outstanding" gives no one subject one grade: a count, a range or a hope
      if (joint === 'or' && status === 'awarded') status = prev!.found.rating.status = 'other';
      // "a council rated inadequate is watched more closely", "several councils rated good", "Can a council go from
      // inadequate to good?": councils in general, or a question, award nothing
      if (status === 'awarded' && (ANY_COUNCIL.test(subject ?? '') || ANY_COUNCIL.test(text.slice(Math.max(s.start, start - 30), start)) || (question ??= asks(s.text)))) {
        [status, why] = ['other', 'hypothetical'];
      }
      const gs = { start, end };
      let earlier = false;
      let earlierAt = -1;
      for (let j = Math.min(f.cue, g.first) - 1; j >= 0 && g.first - j <= 8; j--) {
        // not "after inspectors visited in May, it was rated good": there the date is between
        // (nor "two years after the inadequate judgement, inspectors rated Cobbleden good": a comma closed the phrase)
        if (toks[j].t === ',') break;
        if (earlierCue(toks, j)) {
          earlier = !inSentence.some((d) => d.start > toks[j].s && d.start < start);
          earlierAt = j;
        }
      }
      let date: string | null = null;
      // the grade moved from is older than the sentence's date ("up from good", "a rise from requires improvement")
      const movedFrom = f.kind === 'transition' && toks[f.cue].low !== 'to' && toks[g.first - 1]?.low === 'from';
      // "he expected the council to move from requires improvement to good": the grade a hope moves from is the one held now
      const heldNow = movedFrom && status === 'aspiration';
      if (heldNow) status = 'awarded';
      const after = text.slice(end, Math.min(s.end, end + 40));
      if (status === 'aspiration') date = targetDate(text, gs, inSentence);
      else if (why === 'hypothetical' || status === 'other' && joint) date = null;
      else if (movedFrom) date = linkedDate(text, gs, inSentence);
      else if (prev && /^\W*(?:in|at) the same (?:inspection|time|visit|report)\b/i.test(after)) date = prev.found.rating.date;
      // "inadequate in March 2015 and requires improvement to be good in June 2017": its own date first
      else if (joint) date = linkedDate(text, gs, inSentence) ?? prev!.found.rating.date;
      // "we are an inadequate authority today": a claim about now, not the inspection's date
      else if (f.kind === 'predicate') date = linkedDate(text, gs, inSentence);
      // "weeks after Ofsted rated it inadequate": the sentence's other dates date its main clause
      else if (earlier && status === 'awarded') date = linkedDate(text, gs, inSentence) ?? (earlierAt >= 0 ? intervalBefore(text, s, toks[earlierAt].e, inSentence) : null);
      else date = sentenceDate(text, s, gs, (pastInSentence ??= past(inSentence)), claimed, roles);
      let need: Found['need'] = null;
      // "Home: good, inspected May 2025 (previously outstanding)": the earlier grade is not of the line's date
      const previously = f.kind === 'listed' && toks[g.first - 1]?.low === 'previously';
      if (previously) date = null;
      else if (status === 'awarded' && !date) {
        if (f.kind === 'listed') need = 'listed';
        else if (heldNow) need = 'current';
        else if (earlier || movedFrom) need = 'earlier';
        else if (f.verb >= 0 && presentPerfect(toks, f.verb)) need = 'current';
        else if (f.kind === 'verb' && f.verb < 0 && presentCopula(toks, f.cue)) need = 'current';
        else need = 'previous';
      }
      const rating: Rating = { start, end, text: text.slice(start, end), grade: g.grade, subject, date, status, body };
      const demonstrative = np !== null && /^(?:that|this|these|those)$/.test(toks[np[0] - 1]?.low ?? toks[np[0]].low);
      const continues = demonstrative || SAME_CUE.test(text.slice(Math.max(s.start, start - 120), start));
      const fd: Found = { rating, sentence: si, own: status === 'awarded' && date !== null && !joint && f.kind !== 'predicate', need, headline: heads.has(s.line), continues, movedFrom: movedFrom && !heldNow };
      found.push(fd);
      prev = { g, f, found: fd };
    }
    scaleNamed(text, found, sentenceFirst);
  });
  fillDates(article, found, sentenceDates, dated);
  return found.map((f) => f.rating);
}
