// Lines that hold a name by their place in the text rather than by a sentence about it: bylines near the top ("By
// Jane Smith", "Reporter: X", "By Kensa Tremain | 27.11.25"), a letter's signature, and the post a signature's
// second line names.
import { isGivenName } from './givenNames';
import { letterSignOff } from './nameCues';
import { Segment } from './nameCandidates';
import { NameToken } from './nameTokens';
import { isCalendarWord, isNonNameWord } from './nameVocabulary';
import { RoleFound, roleForward } from './roles';
import { ArticleText } from './text';

const POSTED_LABELS = new Set(['newsreader', 'reporter', 'presenter', 'producer', 'correspondent', 'author', 'writer', 'interviewer']);
export const BY_LEADS = new Set(['compiled', 'words', 'reporting', 'written', 'edited', 'interview', 'reported', 'pictures', 'photos',
  // Parliament's record: "Asked by Rosalind Quantock (Staithmoor and Wendle Valley)", "Answered by ..."
  'asked', 'answered', 'tabled']);
// What follows a byline's comma: the reporter's post or outlet.
const OUTLET = /\b(?:reporter|correspondent|editor|service|news|reporting|press|times|gazette|post|echo|mail|herald|chronicle|journal|telegraph|standard|mercury|courier|live|online)\b/i;

/** Short lines near the top holding just a name ("Janaki Mahadevan", "By Jane Smith"): each one's sentence, and where its name ends. */
export function bylineSentences(article: ArticleText, toksOf: NameToken[][]): Map<number, number> {
  const out = new Map<number, number>();
  article.sentences.forEach((s, i) => {
    let toks = toksOf[i];
    // "Compiled by X", "Live reporting by X and Y": a short credit ending in "by"
    const byAt = toks.findIndex((t, k) => k <= 2 && t.lower === 'by');
    const credit = byAt > 0 && toks.slice(0, byAt).some((t) => BY_LEADS.has(t.lower));
    const signOff = letterSignOff(article, s.line);
    const signature = signOff || isSignature(article, s.line);
    if (s.line > 12 && !signature && !credit) return;
    const line = article.lines[s.line].text.trim();
    if (s.text !== line || /[.!?:,]$/.test(line)) return;
    // "By X", and a column's "Compiled by X", "Words by X", "Reporting by X"
    // "NEWSREADER: Tamsin Gorle", "Reporter: X": a post and a colon before the name
    const posted = POSTED_LABELS.has(toks[0]?.lower ?? '') && /:/.test(toks[1]?.gap ?? '');
    const lead = toks[0]?.lower === 'by' || posted ? 1 : credit ? byAt + 1 : 0;
    const by = lead > 0;
    if (by) toks = toks.slice(lead);
    // "Asked by Rosalind Quantock (Staithmoor and Wendle Valley)": a credit's name before a bracket
    // "By Kensa Tremain | 27.11.25": a credit's name before a bar and its date
    const bracket = by ? toks.findIndex((t, k) => k > 0 && /[(|·•]/.test(t.gap)) : -1;
    if (bracket > 0) toks = toks.slice(0, bracket);
    // "Mihai Popescu | Reporter": a name, a bar and the reporter's post
    const bar = by ? -1 : toks.findIndex((t, k) => k > 0 && /\|/.test(t.gap));
    const barred = bar > 0 && OUTLET.test(line.slice(line.indexOf('|')));
    if (barred) toks = toks.slice(0, bar);
    // "By Ruan Kerr Local Democracy Reporter", "Anna Tulloch Social affairs correspondent": the post run on after the
    // name with nothing between (without "By", the line must still pass the checks below: a known first name or a dateline)
    const runOn = toks.length > 3 ? postAfterName(toks) : -1;
    if (runOn > 0) toks = toks.slice(0, runOn);
    // "By Nkechi Arbuthnot, Vale Sound News", "Rhiannon Price-Jones, Local Democracy Reporting Service": the name before the comma
    const comma = toks.findIndex((t, k) => k > 0 && /,/.test(t.gap));
    const outlet = comma > 0 && OUTLET.test(line.slice(line.indexOf(',')));
    if (comma > 0) {
      if (!by && !outlet && !signOff) return;
      toks = toks.slice(0, comma);
    }
    // "Live reporting by Adaeze Adebisi-Hale and Felix Brennard", a letter's "Ayaan Dahir and Wayne Winsor, Town": two names
    const and = by || signOff ? toks.findIndex((t) => t.lower === 'and') : -1;
    // (and a couple's "Lutfur and Shahanara Haque, Kingsmoor": one surname for two first names)
    if ((and >= 2 || (and === 1 && signOff)) && toks.length - and - 1 >= 2 && toks.length - and - 1 <= 3 && toks.every((t, k) => k === and || (t.capital && !isNonNameWord(t.lower)))) {
      out.set(i, toks[toks.length - 1].end);
      return;
    }
    // ("By MAXINE BURKITT": a byline may shout the name)
    if (toks.length < 2 || toks.length > (signature ? 4 : 3) || !toks.every((t) => t.capital && (!t.allCaps || by) && !isNonNameWord(t.lower))) return;
    // A title-cased headline looks the same; a byline has "By", a known first name, or a dateline beside it.
    if (by || outlet || barred || signature || isGivenName(toks[0].lower) || datelineNear(article, s.line)) out.set(i, toks[toks.length - 1].end);
  });
  return out;
}

/** Where a reporter's post starts, counted from `from`, after a name of two or three words there with nothing between
 *  ("Ruan Kerr Local Democracy Reporter"), if it runs to the end of `toks` and ends in a reporter's word; else -1. */
export function postAfterName(toks: NameToken[], from = 0): number {
  if (!OUTLET.test(toks[toks.length - 1].text)) return -1;
  for (let k = 2; k <= 3 && from + k < toks.length - 1; k++) {
    const r = roleForward(toks, from + k);
    if (r && r.end >= toks[toks.length - 1].end) return k;
  }
  return -1;
}

/** The post run on after a byline's name ("By Ruan Kerr Local Democracy Reporter", "Anna Tulloch Social affairs
 *  correspondent"), for the segment of that name. */
export function runOnPost(seg: Segment): RoleFound | null {
  const { toks, from, to } = seg;
  const lead = from === 1 && toks[0].lower === 'by' ? 1 : 0;
  // (asked of every name that opens a sentence: read in place, the sentence's tokens are not copied)
  if (from !== lead || postAfterName(toks, lead) !== to - lead + 1) return null;
  return roleForward(toks, to + 1);
}

/**
 * A letter's or statement's signature: a line of its own after a blank line, with one or two short
 * unpunctuated lines under it (an address or a post: "Fernley", "Chair, Fernley Foster Carers' Association")
 * and then a blank line. A heading has blank lines on both sides; a paragraph ends in punctuation.
 */
export function isSignature(article: ArticleText, line: number): boolean {
  const lines = article.lines;
  const short = (k: number) => {
    const t = lines[k]?.text.trim() ?? '';
    return t !== '' && t.length <= 80 && !/[.!?:;]$/.test(t);
  };
  if (line === 0 || lines[line - 1].text.trim() || !short(line + 1)) return false;
  // a post and an address ("Former team manager, ..." / "Castle Street, Thistlecombe") may both stand under it
  return !(lines[line + 2]?.text.trim()) || (short(line + 2) && !(lines[line + 3]?.text.trim()));
}

function datelineNear(article: ArticleText, line: number): boolean {
  const dated = (t: string) => t.length < 60 && !/[.!?]\s*$/.test(t) && (/\b(19|20)\d\d\b/.test(t) || t.split(/[^A-Za-z]+/).some((w) => isCalendarWord(w.toLowerCase())));
  for (const step of [-1, 1]) {
    let k = line + step;
    while (k >= 0 && k < article.lines.length && !article.lines[k].text.trim()) k += step;
    const t = article.lines[k]?.text ?? '';
    if (dated(t)) return true;
    // "Jericho Sumulong" / "Community Reporter" / "10:15, 13 APR 2027": the reporter's post on its own line between
    if (step === 1 && t.trim().length < 40 && OUTLET.test(t) && k + 1 < article.lines.length && dated(article.lines[k + 1].text)) return true;
  }
  return false;
}

/** "Patrick X" over "Chair, Fernley Foster Carers' Association": the post a signature's second line names. */
export function signaturePost(article: ArticleText, toksOf: NameToken[][], si: number): RoleFound | null {
  const s = article.sentences[si];
  const next = article.sentences[si + 1];
  if (!next || next.line !== s.line + 1 || s.text !== article.lines[s.line].text.trim()) return null;
  const role = roleForward(toksOf[si + 1], 0);
  if (!role || isSignature(article, s.line)) return role;
  // an address block ("Kwabena X" / "Director of Children's Services" / "Durnholme County Council"): the
  // post fills its own line, written in capitals
  const line = article.lines[next.line].text.trim();
  return role.end - role.start >= line.length - 1 && /^\p{Lu}/u.test(line) ? role : null;
}

/**
 * "By MAXINE BURKITT" on a line of its own near the top: the shouted name, which the name finder leaves to acronyms,
 * as a candidate (with its sentence index) for bylineSentences to confirm.
 */
export function shoutedBylines(article: ArticleText, toksOf: NameToken[][]): Segment[] {
  const out: Segment[] = [];
  article.sentences.forEach((s, i) => {
    const toks = toksOf[i];
    if (s.line > 12 || toks.length < 3 || toks.length > 4 || toks[0].lower !== 'by' || s.text !== article.lines[s.line].text.trim()) return;
    if (toks.slice(1).every((t) => t.allCaps && t.text.length > 2 && !isNonNameWord(t.lower))) out.push({ sentence: i, toks, title: -1, from: 1, to: toks.length - 1, wholeRun: true });
  });
  return out;
}

/**
 * A couple signing a letter, "Lutfur and Shahanara Haque, Kingsmoor": the first of the two first names, standing
 * alone, with the surname the two share (`bylines` holds the sign-off lines bylineSentences confirmed).
 */
export function coupleFirstNames(article: ArticleText, toksOf: NameToken[][], bylines: Map<number, number>): { sentence: number; at: number; surname: string }[] {
  const out: { sentence: number; at: number; surname: string }[] = [];
  for (const i of bylines.keys()) {
    const toks = toksOf[i];
    const comma = toks.findIndex((t, k) => k > 0 && /,/.test(t.gap));
    const name = comma > 0 ? toks.slice(0, comma) : toks;
    if (name.length !== 4 || name[1].lower !== 'and' || !letterSignOff(article, article.sentences[i].line)) continue;
    out.push({ sentence: i, at: 0, surname: name[3].text });
  }
  return out;
}
