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
import { SPEECH_VERBS } from './nameVocabulary';
import { PRONOUNS, pronounRoles, pronounSubjectRoles } from './pronounRoles';
import { adverbApposition, bracketed, coordinatedRole, frameRoles } from './roleFrames';
import { RoleFound, roleBefore, roleBeforeComma, roleBeforeBracket, roleBeforeCopula, roleInApposition } from './roles';
import { participleRole, roleAfterVerb } from './verbRoles';
import { Person, RoleMention } from './schema';
import { ArticleText } from './text';
import { heldUntil, leftSince, predecessorAs } from './roleSpans';
import { letterRoles } from './letterRoles';
import { BY_LEADS, bylineSentences, coupleFirstNames, isSignature, runOnPost, shoutedBylines, signaturePost } from './bylines';
import { ListTitle, listTitles } from './titleLists';

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
  dropAnswerMarks(article, segments);
  const shouted = shoutedBylines(article, toksOf);
  if (shouted.length) {
    segments.push(...shouted);
    segments.sort((a, b) => a.sentence - b.sentence || a.from - b.from);
  }
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
  // "Lutfur and Shahanara Haque": the first partner's name is its first name and the surname the two share
  const couples = coupleFirstNames(article, toksOf, bylines);
  for (const c of couples) {
    const toks = toksOf[c.sentence];
    const t = toks[c.at];
    found.push({ start: t.start, end: t.end, text: t.text, name: `${t.text} ${c.surname}`, title: null, ref: found.length, kind: 'full',
      seg: { sentence: c.sentence, toks, title: -1, from: c.at, to: c.at, wholeRun: false } });
  }
  if (couples.length) found.sort((a, b) => a.start - b.start);
  const clusters = clusterMentions(found);
  const roles = attachRoles(clusters, toksOf, article);
  return clusters.map((c, i) => toPerson(c, roles[i]));
}

/**
 * "A. Sagal Jibril, who is 17, told me ...": in an interview set out as "Q." and "A.", the letter opening an answer
 * is no initial of the name after it.
 */
function dropAnswerMarks(article: ArticleText, segments: Segment[]): void {
  let qa: boolean | undefined;
  for (const seg of segments) {
    const t = seg.toks[seg.from];
    if (seg.from !== 0 || seg.title >= 0 || (t.text !== 'A' && t.text !== 'Q') || seg.to - seg.from < 2) continue;
    const s = article.sentences[seg.sentence];
    if (article.text.slice(article.lines[s.line].start, t.start).trim()) continue;
    qa ??= article.lines.filter((l) => /^\s*Q[.:]\s/.test(l.text)).length >= 2;
    if (qa) seg.from++;
  }
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

const CREDIT = /^(?:picture|pictures|photo|photos|photograph|photographs|image)$/;
// How far into an article its masthead may run.
const MASTHEAD_CHARS = 200;

/** The cues that a capitalised pair without a title is a person. */
function isPerson(seg: Segment, titledSurnames: Set<string>, bylines: Map<number, number>, text: string): boolean {
  const { toks, from, to } = seg;
  if (namesPlace(toks, to, text) || namesOutlet(toks[to])) return false;
  if (isGivenName(toks[from].lower) || toks[to].end <= (bylines.get(seg.sentence) ?? -1) || titledSurnames.has(toks[to].lower)) return true;
  const next = toks[to + 1];
  const prev = toks[from - 1];
  // "Rosamund Kett MP"
  if (next && tight(next.gap) && next.allCaps && /^(?:mp|mep|msp)$/.test(next.lower)) return true;
  // "branch secretary of Ellersgarth Unison, said", "director of social services in Bro Tegwyn, added": a body or a
  // place at the end of a post; the speaker is the one the post is set off after
  if (prev && tight(toks[from].gap) && (prev.lower === 'of' || prev.lower === 'in' || prev.lower === 'at')) return false;
  if (next && SPEECH_VERBS.has(next.lower) && (tight(next.gap) || /^\s*,\s+$/.test(next.gap))) return true;
  if (prev && SPEECH_VERBS.has(prev.lower) && tight(toks[from].gap)) return true;
  if (talksTo(toks, from)) return true; // an interview's "She talks to Corinne Straughan."
  // "Interview by Luca Pellegrini", "Pictures by X": a credit inside a line
  if (prev?.lower === 'by' && tight(toks[from].gap) && BY_LEADS.has(toks[from - 2]?.lower ?? '')) return true;
  if (next && (next.lower === 'who' || next.lower === 'whose') && /^\s*,\s+$/.test(next.gap)) return true;
  // "Loukia Georgiou, for Ofsted, said": who the speaker spoke for, set off by commas
  if (next?.lower === 'for' && /^\s*,\s+$/.test(next.gap) && forThenSpeech(toks, to + 2)) return true;
  if (prev && RELATIONS.has(prev.lower) && /^\s*,\s+$/.test(toks[from].gap)) return true;
  // "Deceased name: Jayden Corrick", "Name: ...": a form's name field
  if (prev && /^(?:name|names)$/.test(prev.lower) && /^\s*:\s*$/.test(toks[from].gap)) return true;
  // "Picture: Tomás Loureiro": a photographer's credit, unless it credits the paper whose masthead heads the article
  // ("Picture: Penvellan Packet" under "THE PENVELLAN PACKET")
  if (prev && CREDIT.test(prev.lower) && /^\s*:\s*$/.test(toks[from].gap)) return !text.slice(0, Math.min(MASTHEAD_CHARS, toks[from].start)).toLowerCase().includes(spanText(toks, from, to).toLowerCase());
  // "Ellis Garbutt, 19, who chairs the panel": an age set off by commas
  if (next && /^\s*,\s+$/.test(next.gap) && /^\d{1,2}$/.test(next.text) && /^\s*,/.test(toks[to + 2]?.gap ?? ',')) return true;
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
  (seg) => adverbApposition(seg.toks, seg.to),
  (seg) => runOnPost(seg),
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
    const fronted = afterFrontedBefore(seg.toks, start);
    const putOne = (r: RoleFound | null) => {
      if (fronted) r = markFormer(seg.toks, r, m.end);
      // a post beside the name whose holder has since left it: "X, the home's manager, left in March"
      if (r && !r.former && (leftSince(text, Math.max(r.end, m.end)) || predecessorAs(text, r.start))) r = { ...r, former: true };
      add(ci, r);
    };
    // "X is Leader of Drayfield Borough Council and a Labour councillor for ...": a second post joined to any one found
    const put = (r: RoleFound | null) => {
      putOne(r);
      if (r) putOne(coordinatedRole(seg.toks, r, seg.from));
    };
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
