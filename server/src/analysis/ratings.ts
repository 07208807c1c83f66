// Ofsted grades (before 2013: outstanding, good, adequate, inadequate; after: outstanding, good,
// requires improvement, inadequate) found only where the sentence frames them as a grade, with
// whether they were awarded, hoped for or neither, what was rated, when, and by whom.
import { Tok, tokenize } from './dateTokens';
import { findFrame, Frame, GradeHit, gradeAt } from './gradeContext';
import { findSubjectTokens } from './ratingSubject';
import { DateMention, Rating } from './schema';
import { ArticleText, Sentence } from './text';

const GRADE_CUE = /outstanding|good|adequate|improvement/i;
const RATING_WORDS = /ofsted|inspect|rated|rating|graded|grade|judged|judgement|verdict/i;
const BODY = /\b(?:Ofsted|Care Quality Commission|CQC|Estyn|Care Inspectorate(?: Wales)?|HMI Probation|HMICFRS|HM Inspectorate of \p{Lu}\p{L}+)\b/u;
const NEGATION = /^(?:not|no|never|neither|nor|without|avoid|avoided|avoiding)$|n['’]t$/;
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'would', 'could', 'might', 'should', 'will', 'shall', 'may']);
const ASPIRATION = new Set(['want', 'wants', 'wanted', 'aim', 'aims', 'aiming', 'aspire', 'aspires', 'aspiration', 'ambition', 'ambitions',
  'hope', 'hopes', 'hoping', 'goal', 'target', 'targets', 'targeting', 'strive', 'striving', 'determined', 'towards', 'expect', 'expects',
  'seek', 'seeks', 'seeking', 'bid', 'push', 'pushing', 'plan', 'plans', 'intend', 'intends', 'achievable']);
const AFTER_ASPIRATION = new Set(['achievable', 'possible', 'reach', 'aim', 'goal', 'target', 'ambition']);
// A date right after the grade belongs to it: "the inadequate rating given in 2011".
const DATE_LINK = new Set(['rating', 'grade', 'grading', 'judgement', 'judgment', 'given', 'awarded', 'received', 'in', 'on', 'of', 'from', 'during',
  'its', 'the', 'by', 'ofsted', 'was', 'were', 'last', 'inspection', 'report']);
const DATE_EXCLUDE = /\b(?:since|until|till|before|prior to)\s+(?:its\s+|the\s+|their\s+)?$/i;

function statusOf(toks: Tok[], g: GradeHit, f: Frame): Rating['status'] {
  const from = Math.max(0, Math.min(f.cue, g.first) - 5);
  for (let j = from; j < g.first; j++) if (NEGATION.test(toks[j].low)) return 'other';
  if (f.kind === 'aspire') return 'aspiration';
  for (let j = Math.max(0, f.cue - 8); j < g.first; j++) if (ASPIRATION.has(toks[j].low)) return 'aspiration';
  for (let j = g.last + 1; j < toks.length && j - g.last <= 5; j++) if (AFTER_ASPIRATION.has(toks[j].low)) return 'aspiration';
  for (let j = Math.min(f.cue, g.first) - 1; j >= 0 && f.cue - j <= 14; j--) {
    if (toks[j].k === 'p' && /[,;:–—]/.test(toks[j].t)) break;
    if (HYPOTHETICAL.has(toks[j].low)) return 'other';
  }
  return 'awarded';
}

/** The judgement's date: one right after the grade, else the nearest in the sentence (not "since 2015"). */
function dateOf(text: string, s: Sentence, g: { start: number; end: number }, inSentence: DateMention[], claimed: Set<DateMention>): string | null {
  const usable = inSentence.filter((d) => !DATE_EXCLUDE.test(text.slice(Math.max(s.start, d.start - 20), d.start)));
  const trim = (d: DateMention) => d.resolved!.slice(0, 7);
  for (const d of usable) {
    if (d.start < g.end || d.start - g.end > 40) continue;
    const words = text.slice(g.end, d.start).toLowerCase().match(/[\p{L}]+|[^\s\p{L}'’‘"“”]/gu) ?? [];
    if (words.every((w) => DATE_LINK.has(w))) {
      claimed.add(d);
      return trim(d);
    }
  }
  const before = usable.filter((d) => d.end <= g.start && !claimed.has(d));
  if (before.length) return trim(before[before.length - 1]);
  const after = usable.find((d) => d.start >= g.end && !claimed.has(d));
  return after ? trim(after) : null;
}

export function extractRatings(article: ArticleText, dates: DateMention[]): Rating[] {
  const out: Rating[] = [];
  const text = article.text;
  const sorted = dates.filter((d) => d.resolved).sort((a, b) => a.start - b.start);
  let di = 0;
  for (const s of article.sentences) {
    if (!GRADE_CUE.test(s.text)) continue;
    while (di < sorted.length && sorted[di].start < s.start) di++;
    const inSentence: DateMention[] = [];
    for (let j = di; j < sorted.length && sorted[j].start < s.end; j++) if (sorted[j].end <= s.end) inSentence.push(sorted[j]);
    const toks = tokenize(s.text, s.start);
    const ratingWords = RATING_WORDS.test(s.text);
    const body = BODY.exec(s.text)?.[0] ?? null;
    const claimed = new Set<DateMention>();
    let lastSubject: string | null = null;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].k !== 'w') continue;
      const g = gradeAt(toks, i);
      if (!g) continue;
      i = g.last;
      const f = findFrame(toks, g, ratingWords);
      if (!f) continue;
      const start = toks[g.first].s;
      const end = toks[g.last].e;
      const np = findSubjectTokens(toks, g, f);
      const subject: string | null = np ? text.slice(toks[np[0]].s, toks[np[1]].e) : lastSubject;
      lastSubject = subject;
      out.push({
        start, end, text: text.slice(start, end), grade: g.grade, subject,
        // the grade moved from is an earlier judgement than the sentence's date
        date: f.kind === 'transition' && toks[f.cue].low !== 'to' && /^(?:from)$/.test(toks[g.first - 1]?.low ?? '') ? null : dateOf(text, s, { start, end }, inSentence, claimed), status: statusOf(toks, g, f), body,
      });
    }
  }
  return out;
}
