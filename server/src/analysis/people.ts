// People, their later mentions and their roles. One pass over sentences collects candidate names
// (nameCandidates), keeps those with a cue that they are people (a title, a known given name, a
// reporting verb, a role beside them, a byline line, the surname reused with a title), groups them
// (coreference) and reads the roles written next to each mention (roles).
import { afterFrontedBefore, appointedAs, markFormer } from './appointmentFrames';
import { asRoles } from './asRoles';
import { Cluster, NameMention, clusterMentions } from './coreference';
import { isGivenName } from './givenNames';
import { Segment, findSegments } from './nameCandidates';
import { forThenSpeech, letterSignOff, namesOutlet, namesPlace, pairBeforeAnd, pluralRoleBefore, rankRole, roleAsApposed, roleBeforeRelative, spokenSurnames, stackedTitleStart, talksTo } from './nameCues';
import { NameToken, sentenceTokens, tight, titleCase } from './nameTokens';
import { SPEECH_VERBS, isCalendarWord, isNonNameWord } from './nameVocabulary';
import { PRONOUNS, pronounRoles, pronounSubjectRoles } from './pronounRoles';
import { bracketed, frameRoles } from './roleFrames';
import { RoleFound, participleRole, roleAfterVerb, roleBefore, roleBeforeComma, roleBeforeBracket, roleBeforeCopula, roleForward, roleInApposition } from './roles';
import { Person, RoleMention } from './schema';
import { ArticleText } from './text';
import { heldUntil } from './roleSpans';
import { letterRoles } from './letterRoles';
import { ListTitle, listTitles } from './titleLists';

const POSTED_LABELS = new Set(['newsreader', 'reporter', 'presenter', 'producer', 'correspondent', 'author', 'writer', 'interviewer']);
const BY_LEADS = new Set(['compiled', 'words', 'reporting', 'written', 'edited', 'interview', 'reported', 'pictures', 'photos',
  // Parliament's record: "Asked by Rosalind Quantock (Staithmoor and Wendle Valley)", "Answered by ..."
  'asked', 'answered', 'tabled']);
// "My successor, Gideon Okwudili, took ...", "her husband, Colin Hollingdrake": a relation names a person after its comma.
const RELATIONS = new Set(['successor', 'predecessor', 'husband', 'wife', 'partner', 'son', 'daughter', 'mother', 'father', 'brother', 'sister',
  'colleague', 'deputy', 'boss', 'friend', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'niece', 'nephew', 'widow', 'widower']);

interface Found extends NameMention {
  seg: Segment;
}

export function extractPeople(article: ArticleText): Person[] {
  const toksOf = sentenceTokens(article);
  const segments: Segment[] = [];
  toksOf.forEach((toks, i) => findSegments(i, toks, segments));
  // surnames the article gives a title ("Mrs Westcott"), or tells alone after a reporting verb ('says Prowse.')
  const titledSurnames = spokenSurnames(toksOf, article.text);
  for (const s of segments) if (s.title >= 0) titledSurnames.add(s.toks[s.to].lower);
  const bylines = bylineSentences(article, toksOf);

  const found: Found[] = [];
  const listed = listTitles(segments);
  for (const seg of segments) {
    const m = asMention(seg, titledSurnames, bylines, found.length, article.text, listed.get(seg));
    if (m) found.push(m);
  }
  const clusters = clusterMentions(found);
  const roles = attachRoles(clusters, toksOf, article);
  return clusters.map((c, i) => toPerson(c, roles[i]));
}

function asMention(seg: Segment, titledSurnames: Set<string>, bylines: Map<number, number>, ref: number, docText: string, listed?: ListTitle): Found | null {
  const { toks } = seg;
  const title = listed ? listed.title : seg.title >= 0 ? toks[seg.title].lower.replace(/\.$/, '') : null;
  // Whether it is a mention is settled first: most candidates are not, and need no strings built.
  let kind: Found['kind'];
  if (seg.to > seg.from) {
    if (!title && !isPerson(seg, titledSurnames, bylines, docText)) return null;
    kind = 'full';
  } else if (title) kind = 'titled';
  else if (seg.wholeRun) kind = 'bare';
  else return null;
  const startTok = seg.title >= 0 ? seg.title : seg.from;
  const start = toks[startTok].start;
  const end = toks[seg.to].end;
  const text = toks.length ? spanText(toks, startTok, seg.to) : '';
  const words: string[] = [];
  // a shouted first name is title-cased ("MALCOLM Newsam"), initials are not ("JR Smithers")
  for (let i = seg.from; i <= seg.to; i++) words.push(toks[i].allCaps && !(toks[i].text.length === 2 && i < seg.to) ? titleCase(toks[i].text) : toks[i].text);
  const name = joinName(toks, seg.from, seg.to, words);
  return { start, end, text, name, title, ref, seg, kind, display: listed?.display };
}

/** The cues that a capitalised pair without a title is a person. */
function isPerson(seg: Segment, titledSurnames: Set<string>, bylines: Map<number, number>, text: string): boolean {
  const { toks, from, to } = seg;
  if (namesPlace(toks, to, text) || namesOutlet(toks[to])) return false;
  if (isGivenName(toks[from].lower) || toks[to].end <= (bylines.get(seg.sentence) ?? -1) || titledSurnames.has(toks[to].lower)) return true;
  const next = toks[to + 1];
  const prev = toks[from - 1];
  if (next && SPEECH_VERBS.has(next.lower) && (tight(next.gap) || /^\s*,\s+$/.test(next.gap))) return true;
  if (prev && SPEECH_VERBS.has(prev.lower) && tight(toks[from].gap)) return true;
  if (talksTo(toks, from)) return true; // an interview's "She talks to Corinne Straughan."
  if (next && (next.lower === 'who' || next.lower === 'whose') && /^\s*,\s+$/.test(next.gap)) return true;
  // "Loukia Georgiou, for Ofsted, said": who the speaker spoke for, set off by commas
  if (next?.lower === 'for' && /^\s*,\s+$/.test(next.gap) && forThenSpeech(toks, to + 2)) return true;
  if (prev && RELATIONS.has(prev.lower) && /^\s*,\s+$/.test(toks[from].gap)) return true;
  // "Deceased name: Jayden Corrick", "Name: ...": a form's name field
  if (prev && /^(?:name|names)$/.test(prev.lower) && /^\s*:\s*$/.test(toks[from].gap)) return true;
  // "Ellis Garbutt, 19, who chairs the panel": an age set off by commas
  if (next && /^\s*,\s+$/.test(next.gap) && /^\d{1,2}$/.test(next.text) && /^\s*,/.test(toks[to + 2]?.gap ?? ',')) return true;
  // "Rosamund Kett MP"
  if (next && tight(next.gap) && next.allCaps && /^(?:mp|mep|msp)$/.test(next.lower)) return true;
  if (appointedAs(toks, seg.title >= 0 ? seg.title : from, to)) return true;
  // "OFFICERS: Radhika Loveday (Director of Children's Services);": a post in brackets after the name
  if (next && /^\s*\(\s*$/.test(next.gap) && bracketed(toks, to + 1, text)) return true;
  if (ROLES_BESIDE.some((find) => find(seg, from))) return true;
  // "Eirlys Armstrong-Rhys and Lowri Pattinson": joined to a person by "and"
  const before = pairBeforeAnd(seg);
  return Boolean(before && isPerson(before, titledSurnames, bylines, text));
}

/**
 * The roles written beside a name, each read from the mention's first token `start` (its first title, else its
 * first name): a role is a cue that the name is a person (isPerson) and is the person's (attachRoles), in this
 * order, the first to claim a span keeping it.
 */
const ROLES_BESIDE: ((seg: Segment, start: number) => RoleFound | null)[] = [
  (seg, start) => roleBefore(seg.toks, start),
  (seg) => apposedRoleBefore(seg),
  (seg, start) => roleBeforeCopula(seg.toks, start),
  (seg, start) => roleBeforeBracket(seg.toks, start, seg.to),
  (seg, start) => roleBeforeRelative(seg.toks, start),
  (seg) => roleInApposition(seg.toks, seg.to + 1),
  (seg) => roleAfterVerb(seg.toks, seg.to + 1),
  (seg) => rankRole(seg),
  (seg) => roleAsApposed(seg),
  (seg, start) => pluralRoleBefore(seg, start),
];

/** "Y, X": accepted only where X then ends its clause ("..., Sue Westcott and wished"), not "..., X took over". */
function apposedRoleBefore(seg: Segment): RoleFound | null {
  // "the leader of the council, Councillor Sir Bertram Fawdon": titles stacked before the one the name keeps
  const start = stackedTitleStart(seg.toks, seg.title >= 0 ? seg.title : seg.from);
  const next = seg.toks[seg.to + 1];
  if (next && tight(next.gap) && next.lower !== 'and' && !SPEECH_VERBS.has(next.lower)) return null;
  return roleBeforeComma(seg.toks, start);
}

function spanText(toks: NameToken[], a: number, b: number): string {
  let s = toks[a].text;
  for (let i = a + 1; i <= b; i++) s += toks[i].gap + toks[i].text;
  return s;
}

function joinName(toks: NameToken[], a: number, b: number, words: string[]): string {
  let s = words[0];
  for (let i = a + 1; i <= b; i++) s += (/\./.test(toks[i].gap) ? '. ' : ' ') + words[i - a];
  return s.replace(/\s+/g, ' ');
}

// What follows a byline's comma: the reporter's post or outlet.
const OUTLET = /\b(?:reporter|correspondent|editor|service|news|reporting|press|times|gazette|post|echo|mail|herald|chronicle|journal|telegraph|standard|mercury|courier|live|online)\b/i;

/** Short lines near the top holding just a name ("Janaki Mahadevan", "By Jane Smith"): each one's sentence, and where its name ends. */
function bylineSentences(article: ArticleText, toksOf: NameToken[][]): Map<number, number> {
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
    // "By Nkechi Arbuthnot, Vale Sound News", "Rhiannon Price-Jones, Local Democracy Reporting Service": the name before the comma
    const comma = toks.findIndex((t, k) => k > 0 && /,/.test(t.gap));
    const outlet = comma > 0 && OUTLET.test(line.slice(line.indexOf(',')));
    if (comma > 0) {
      if (!by && !outlet && !signOff) return;
      toks = toks.slice(0, comma);
    }
    // "Live reporting by Adaeze Adebisi-Hale and Felix Brennard", a letter's "Ayaan Dahir and Wayne Winsor, Town": two names
    const and = by || signOff ? toks.findIndex((t) => t.lower === 'and') : -1;
    if (and >= 2 && toks.length - and - 1 >= 2 && toks.length - and - 1 <= 3 && toks.every((t, k) => k === and || (t.capital && !isNonNameWord(t.lower)))) {
      out.set(i, toks[toks.length - 1].end);
      return;
    }
    if (toks.length < 2 || toks.length > (signature ? 4 : 3) || !toks.every((t) => t.capital && !t.allCaps && !isNonNameWord(t.lower))) return;
    // A title-cased headline looks the same; a byline has "By", a known first name, or a dateline beside it.
    if (by || outlet || signature || isGivenName(toks[0].lower) || datelineNear(article, s.line)) out.set(i, toks[toks.length - 1].end);
  });
  return out;
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
  for (const step of [-1, 1]) {
    let k = line + step;
    while (k >= 0 && k < article.lines.length && !article.lines[k].text.trim()) k += step;
    const t = article.lines[k]?.text ?? '';
    if (t.length < 60 && !/[.!?]\s*$/.test(t) && (/\b(19|20)\d\d\b/.test(t) || t.split(/[^A-Za-z]+/).some((w) => isCalendarWord(w.toLowerCase())))) return true;
  }
  return false;
}

/** "Patrick X" over "Chair, Fernley Foster Carers' Association": the post a signature's second line names. */
function signaturePost(article: ArticleText, toksOf: NameToken[][], si: number): RoleFound | null {
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

function attachRoles(clusters: Cluster[], toksOf: NameToken[][], article: ArticleText): RoleMention[][] {
  const text = article.text;
  const out: RoleMention[][] = clusters.map(() => []);
  const claimed = new Set<number>();
  const owner = new Map<number, number>();
  clusters.forEach((c, ci) => c.mentions.forEach((m) => owner.set(m.ref, ci)));
  const all = clusters.flatMap((c) => c.mentions as Found[]).sort((a, b) => a.start - b.start);
  const add = (ci: number, r: RoleFound | null) => {
    if (!r || (claimed.has(r.start) && !(r.shared && !out[ci].some((o) => o.start === r.start)))) return;
    claimed.add(r.start);
    out[ci].push({ role: r.role, former: r.former || heldUntil(text, r.end), start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  };
  for (const m of all) {
    const ci = owner.get(m.ref)!;
    const { seg } = m;
    const start = stackedTitleStart(seg.toks, seg.title >= 0 ? seg.title : seg.from);
    const put = afterFrontedBefore(seg.toks, start) ? (r: RoleFound | null) => add(ci, markFormer(seg.toks, r, m.end)) : (r: RoleFound | null) => add(ci, r);
    for (const find of ROLES_BESIDE) put(find(seg, start));
    frameRoles(seg.toks, start, seg.to, text, put);
    put(appointedAs(seg.toks, start, seg.to));
    if (seg.to === seg.toks.length - 1) put(signaturePost(article, toksOf, seg.sentence));
  }
  pronounRoles(all, owner, add);
  // A sentence led by "She"/"He" that names no one goes on about the one person the sentence before names.
  const ownersIn = new Map<number, Set<number>>();
  const mentionsIn = new Map<number, Found[]>();
  for (const m of all) {
    let set = ownersIn.get(m.seg.sentence);
    if (!set) ownersIn.set(m.seg.sentence, (set = new Set()));
    set.add(owner.get(m.ref)!);
    const list = mentionsIn.get(m.seg.sentence);
    if (list) list.push(m);
    else mentionsIn.set(m.seg.sentence, [m]);
  }
  const pronounOwner = new Map<number, number>();
  for (const [si, owners] of ownersIn) {
    if (owners.size !== 1 || ownersIn.has(si + 1) || !toksOf[si + 1]) continue;
    const [ci] = owners;
    const roles = pronounSubjectRoles(toksOf[si + 1]);
    if (PRONOUNS.has(toksOf[si + 1][0]?.lower ?? '')) pronounOwner.set(si + 1, ci);
    for (const r of roles) add(ci, r);
  }
  // "after six years as director": the person named last before the "as", or the pronoun's person.
  for (const si of new Set([...ownersIn.keys(), ...pronounOwner.keys()])) {
    for (const hit of asRoles(toksOf[si])) {
      let ci = pronounOwner.get(si);
      for (const m of mentionsIn.get(si) ?? []) if (m.seg.to < hit.at) ci = owner.get(m.ref);
      if (ci !== undefined) for (const r of hit.roles) add(ci, r);
    }
  }
  const lines = all.map((m) => ({ line: article.sentences[m.seg.sentence].line, ci: owner.get(m.ref)!, interviewer: talksTo(m.seg.toks, m.seg.from) }));
  letterRoles(article, toksOf, new Set(ownersIn.keys()), lines, (l) => letterSignOff(article, l) || isSignature(article, l), add);
  // "X took over ..., having previously served as Y": the participle belongs to the sentence's first person.
  const firstIn = new Map<number, Found>();
  for (const m of all) if (!firstIn.has(m.seg.sentence)) firstIn.set(m.seg.sentence, m);
  // Only a sentence with a person in it is read for the participle.
  for (const [si, subject] of firstIn) {
    const p = participleRole(toksOf[si]);
    if (p && subject.seg.to < p.at) add(owner.get(subject.ref)!, p.role);
  }
  return out;
}

function toPerson(c: Cluster, roleMentions: RoleMention[]): Person {
  const aliases: string[] = [];
  for (const m of c.mentions) if (m.text !== c.name && !aliases.includes(m.text)) aliases.push(m.text);
  const roles: string[] = [];
  for (const r of roleMentions) if (!roles.includes(r.role)) roles.push(r.role);
  // "took over as director" after "Director of children's services X": the bare head is the fuller role, said short
  const fuller = (r: string) => !r.includes(' ') && roles.some((o) => o.toLowerCase().startsWith(`${r.toLowerCase()} of `) || o.toLowerCase().startsWith(`${r.toLowerCase()} for `));
  return {
    name: c.name,
    aliases,
    roles: roles.filter((r) => !fuller(r)),
    mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    roleMentions: roleMentions.sort((a, b) => a.start - b.start),
  };
}
