// A person given two current posts that cannot both be held: "director of children's services"
// and "director of adult social care" at once (a remit may follow a comma, as minutes write it: "Assistant Director,
// Safeguarding"). Posts marked former, or one containing the other
// ("director of children's services and education"), are not conflicts.
import { makeDiagnostic, normalise } from './consistencyUtil';
import { ArticleFacts } from './options';
import { Diagnostic, Person, RoleMention } from './schema';
import { ArticleText } from './text';

const POST = /^(?:the\s+)?(?:(?:interim|acting|permanent|new|current|temporary|substantive)\s+)*((?:executive\s+|assistant\s+|deputy\s+|strategic\s+|corporate\s+)?(?:director|head|cabinet member|portfolio holder|chief executive|chair(?:man|woman)?|leader))(?:\s+(?:of|for)\s+|,\s+)(.+)$/;
const FILLER = new Set(['the', 'and', '&', 'of', 'for', 'council', "council's", 'city', 'county', 'borough']);
const FORMER_BEFORE = /\b(?:former|formerly|previously|ex|then|once|until|was|had been|served as)\b[^.]{0,30}$/i;

// "Virtual School Head": the head of what stands before the word ("head of the virtual school")
const HEAD_LAST = /^(?:the\s+)?((?:[a-z-]+\s+){1,3})head$/;
const RANK_WORDS = new Set(['deputy', 'assistant', 'interim', 'acting', 'joint', 'co', 'executive', 'new', 'former']);

function parsePost(role: string): { head: string; domain: Set<string> } | null {
  const plain = normalise(role).replace(/'s\b/g, 's');
  const last = HEAD_LAST.exec(plain);
  if (last) {
    const words = last[1].trim().split(/\s+/);
    return words.some((w) => RANK_WORDS.has(w) || FILLER.has(w)) ? null : { head: 'head', domain: new Set(words) };
  }
  const m = POST.exec(plain);
  if (!m) return null;
  const domain = new Set(m[2].split(/[\s,]+/).filter((w) => w && !FILLER.has(w)));
  return domain.size ? { head: m[1].replace(/\s+/g, ' '), domain } : null;
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

// Posts of a council held by one person each and never together: its chief executive, a director (an officer
// heading a department), an elected member's cabinet post and the opposition's lead. "Deputy" and "assistant" posts,
// and a chief executive of anything but the council, are left out: those are held beside another post.
const CHIEF_EXECUTIVE = /^(?:the )?(?:[a-z-]+s )?(?:(?:interim|acting|new) )?chief executive(?: of (?:the )?(?:[a-z-]+ ){0,2}council)?$/;
const DIRECTOR = /^(?:the )?(?:[a-z-]+s )?(?:(?:interim|acting|new|permanent) )?(?:(?:executive|corporate|strategic) )?director(?: (?:of|for) .+)?$/;
const MEMBER = /\b(?:cabinet member|lead member|portfolio holder|leader of the council|council leader)\b/;

// "chief executive and director of children's services": two posts held together, named as one
const JOINED = /^[ \u00a0]*(?:and|&|\/)[ \u00a0]*(?:the[ \u00a0]+)?$/i;

// The opposition's leader or spokesperson sits across the chamber from every cabinet post.
const OPPOSITION = /\b(?:leader of the (?:[a-z-]+ )?opposition(?: group)?|opposition (?:group )?(?:leader|spokes(?:person|man|woman))|(?:leader|spokes(?:person|man|woman)) (?:of|for) the (?:[a-z-]+ )?opposition)\b/;

const DEPUTY_LEADER = /^(?:the )?(?:[a-z-]+s )?deputy (?:council )?leader(?: of (?:the )?(?:[a-z-]+ ){0,2}council)?$/;

type Rank = 'chief executive' | 'director' | 'member' | 'leader' | 'opposition' | 'chair' | 'vice-chair' | 'independent' | 'scrutiny';

// The council's leader heads its cabinet: a councillor named its leader in one place and given a portfolio ("lead member
// for children") in another is one of the two by mistake; holding both is told as one post ("Leader and Cabinet Member for ...").
const LEADER = /^(?:the )?(?:[a-z-]+s )?(?:leader of (?:the )?(?:[a-z-]+ ){0,2}council|council leader)$/;

// A scrutiny committee's chair or member: a councillor outside the cabinet whose work it scrutinises, and no officer.
const SCRUTINY = /^(?:the )?(?:vice[- ]?)?(?:chair(?:man|woman|person)?|member) of (?:the )?(?:[a-z-]+s )?(?:[a-z'-]+ ){0,4}scrutiny (?:committee|panel|board|commission)\b/;

/** A bare chair or vice-chair clashes only with the other: a director may chair a meeting. */
const chairsApart = (a: Rank, b: Rank) => (a === 'chair' || a === 'vice-chair') === (b === 'chair' || b === 'vice-chair');

// The chair of the meeting and its vice-chair, named bare (minutes: "Councillor X (Chair)" ... "The Vice-Chair, Councillor X").
const BARE_CHAIR = /^(?:the )?(vice[- ]?)?chair(?:man|woman|person)?$/;

function rankOf(role: string): Rank | null {
  const r = normalise(role).replace(/'s\b/g, 's');
  const chair = BARE_CHAIR.exec(r);
  if (chair) return chair[1] ? 'vice-chair' : 'chair';
  // an improvement board's "independent chair" is no officer or member of the council it oversees
  if (/^(?:the |its )?independent (?:chair|chairman|chairwoman|chairperson)\b/.test(r)) return 'independent';
  // the council's deputy leader is an elected member, as its leader is ("the council's chief executive, Zubeida Kichloo" ...
  // "the council's deputy leader, Ms Kichloo")
  if (DEPUTY_LEADER.test(r)) return 'member';
  if (SCRUTINY.test(r)) return 'scrutiny';
  if (/\b(?:deputy|assistant|former|shadow)\b/.test(r)) return null;
  if (OPPOSITION.test(r)) return 'opposition';
  if (/\bopposition\b/.test(r)) return null;
  if (CHIEF_EXECUTIVE.test(r)) return 'chief executive';
  if (DIRECTOR.test(r)) return 'director';
  if (LEADER.test(r)) return 'leader';
  return MEMBER.test(r) ? 'member' : null;
}

/** What a role is for these checks: a post with its domain, a rank, either or neither. */
interface Kind {
  post: ReturnType<typeof parsePost>;
  rank: Rank | null;
}

// "Its members include the Chief Executive, Jacqueline Whitcher, the Cabinet Member and senior representatives of the
// police": a post followed by "and" and people in the plural is the list's next item, which may not be the name's.
const LIST_ITEM = /^[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+|other[ \u00a0]+|senior[ \u00a0]+|two[ \u00a0]+|three[ \u00a0]+)*\p{Ll}+s\b(?![ \u00a0]+(?:of|for)[ \u00a0]+\p{Lu})/u;

// "Stavroulla Pittas, the Ofsted social care regulatory inspector" ... "Carrek Care's operations director, Ms Pittas":
// the inspector and an officer of a body inspected, each named as the person's current post in its own sentence.
const OFSTED_POST = /\bofsted\b.*\b(?:inspector|hmi|director|officer|head|manager)\b/i;
const OFFICER = /^(?:[a-z-]+ )?(?:director|chief executive|manager|responsible individual|owner|proprietor)$/i;
const BODY_BEFORE = /(\p{Lu}[\p{L}&-]*(?:[ \u00a0]+\p{Lu}[\p{L}&-]*){0,3})['’]s[ \u00a0]+$/u;

/** No sentence ends between the two roles. */
const oneSentence = (text: string, a: RoleMention, b: RoleMention) => !/[.!?]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));

function crossesRegulator(text: string, roles: RoleMention[]): [RoleMention, RoleMention] | null {
  const atBody = (r: RoleMention) => {
    if (!OFFICER.test(normalise(r.role))) return false;
    const body = BODY_BEFORE.exec(text.slice(Math.max(0, r.start - 40), r.start));
    return !!body && !/\bofsted\b/i.test(body[1]);
  };
  for (let i = 0; i < roles.length; i++) {
    for (let j = 0; j < roles.length; j++) {
      const [a, b] = [roles[i], roles[j]];
      if (i === j || !OFSTED_POST.test(a.role) || !atBody(b)) continue;
      // both in one stretch of text may be two posts held together ("an Ofsted inspector and Carrek Care's director")
      if (Math.abs(a.start - b.start) < 200 && oneSentence(text, a, b)) continue;
      return a.start < b.start ? [a, b] : [b, a];
    }
  }
  return null;
}

// "Amjad Kiyani, the council's assistant director for children in care" ... "Thirlmarsh's director of children's services,
// Amjad Kiyani": one council's director and an assistant or deputy below, unless either is a post to come or elsewhere
// ("Wrattisfield's head of early help" is below its director of children's services, as an assistant director is)
const BELOW = /^(?:(?:assistant|deputy)\s+director|head of)\b/;
const DCS = /^director of children'?s services$/;
const HEAD_OF_CHILDREN = /^(?:executive |corporate |strategic )?director (?:of|for) /;
const TO_COME = /\b(?:appointed|appoint|will|new|incoming|join|joins|joining|takes over|take over|start|starts|named|successor|replace|replaces)\b[^.]{0,60}$/i;
const CHILDREN_REMIT = /\b(?:child|children|care|safeguarding|famil|early help|social)/;
const ELSEWHERE_AT = /\b(?:at|in|for)\s+\p{Lu}/u;

function rankAndDeputy(text: string, roles: RoleMention[]): [RoleMention, RoleMention] | null {
  const post = (r: RoleMention) => normalise(r.role).replace(/^(?:the|its|[a-z-]+s)\s+/, '');
  // (read in the role as extracted, where a Title Case remit is lowered and only a place keeps its capital: "Assistant
  // Director for Children's Social Care" is no post elsewhere)
  const plain = (r: RoleMention) => !ELSEWHERE_AT.test(r.role) && !TO_COME.test(text.slice(Math.max(0, r.start - 80), r.start));
  // (the department's head by another name: "Corporate Director for Children and Families")
  const top = roles.find((r) => (DCS.test(post(r)) || (HEAD_OF_CHILDREN.test(post(r)) && CHILDREN_REMIT.test(post(r)))) && plain(r));
  // (a post below in another department, "assistant director of housing", may be held beside it)
  const below = roles.find((r) => BELOW.test(post(r)) && CHILDREN_REMIT.test(post(r)) && plain(r));
  if (!top || !below) return null;
  // (both in one sentence may be one post held before the other: "director, and before that assistant director")
  if (oneSentence(text, top, below)) return null;
  return top.start < below.start ? [top, below] : [below, top];
}

/** A role these checks read: a post, a rank, or a post at Ofsted. */
const counts = (k: Kind, role: string) => Boolean(k.post || k.rank || OFSTED_POST.test(role));

// "She moved to Marnby as assistant director for safeguarding in 2020": a post taken in a year before the article's
const TAKEN_IN = /^[ \u00a0]+in[ \u00a0]+((?:19|20)\d\d)\b/;
const takenBefore = (text: string, r: RoleMention, year: number) => {
  const m = TAKEN_IN.exec(text.slice(r.end, r.end + 12));
  return m !== null && year > 0 && Number(m[1]) < year;
};

export function findRoleConflicts(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const text = article.text;
  const year = facts.articleDate ? Number(facts.articleDate.date.slice(0, 4)) : 0;
  const out: Diagnostic[] = [];
  // One role is given again and again ("director of children's services"): each is read once, as a post and as a rank.
  const kinds = new Map<string, Kind>();
  const kindOf = (role: string) => {
    let kind = kinds.get(role);
    if (kind === undefined) kinds.set(role, (kind = { post: parsePost(role), rank: rankOf(role) }));
    return kind;
  };
  const holders = titledPosts(text, facts.people);
  for (const p of facts.people) {
    const mentions = p.roleMentions ?? [];
    // A clash needs two posts: most people have fewer, and the text before their roles is not read.
    // (a titled post, "Fostering Service Manager", counts too)
    const titled = (role: string) => holders.get(normalise(role))?.has(p) ?? false;
    let posted = 0;
    for (const r of mentions) {
      const k = r.former ? null : kindOf(r.role);
      if (k && (counts(k, r.role) || titled(r.role))) posted++;
    }
    if (posted < 2) continue;
    const current = mentions
      .filter((r) => !r.former && !FORMER_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start)) && !LIST_ITEM.test(text.slice(r.end, r.end + 40))
        && !takenBefore(text, r, year))
      .map((r) => ({ r, ...kindOf(r.role) }))
      .filter((x) => counts(x, x.r.role) || titled(x.r.role))
      .sort((a, b) => a.r.start - b.r.start);
    for (const [pair, why] of [
      [rankAndDeputy(text, current.map((x) => x.r)), 'the director and a post below the director'],
      [crossesRegulator(text, current.map((x) => x.r)), 'a post at Ofsted and a post at a body it inspects'],
    ] as const) {
      if (!pair) continue;
      const [o, r] = pair;
      out.push(makeDiagnostic(text, r.start, r.end, 'role-conflict', 'warning',
        `${p.name} is “${text.slice(r.start, r.end)}” here but “${text.slice(o.start, o.end)}” earlier: ${why}, both given as current.`,
        { related: [{ start: o.start, end: o.end, message: `${p.name} given as “${o.text}” here` }] }));
    }
    const titledRoles = current.filter((x) => titled(x.r.role)).map((x) => x.r);
    const taken = anotherHolds(p, titledRoles, holders);
    if (taken) {
      const [o, r, other] = taken;
      out.push(makeDiagnostic(text, r.start, r.end, 'role-conflict', 'warning',
        `${p.name} is “${r.text}” here but “${o.text}” earlier, and the article gives “${r.text}” to ${other.name}.`,
        { related: [{ start: o.start, end: o.end, message: `${p.name} given as “${o.text}” here` }] }));
    }
    const relisted = taken ? null : listedThenOther(text, titledRoles);
    if (relisted) {
      const [o, r] = relisted;
      out.push(makeDiagnostic(text, r.start, r.end, 'role-conflict', 'warning',
        `${p.name} is “${r.text}” here but “${o.text}” in the list of those present; both are given as current posts.`,
        { related: [{ start: o.start, end: o.end, message: `${p.name} listed as “${o.text}” here` }] }));
    }
    for (let i = 1; i < current.length; i++) {
      const { r, post, rank } = current[i];
      const clash = current.slice(0, i).find((o) =>
        (post && o.post && o.post.head === post.head && !subset(o.post.domain, post.domain) && !subset(post.domain, o.post.domain)) ||
        (rank && o.rank && rank !== o.rank && chairsApart(rank, o.rank) && !JOINED.test(text.slice(o.r.end, r.start))));
      if (!clash) continue;
      out.push(makeDiagnostic(text, r.start, r.end, 'role-conflict', 'warning',
        `${p.name} is “${r.text}” here but “${clash.r.text}” earlier; both are given as current posts.`,
        { related: [{ start: clash.r.start, end: clash.r.end, message: `${p.name} given as “${clash.r.text}” here` }] }));
    }
  }
  return out;
}

// "Mr K. Oguntoye (Fostering Service Manager)" ... "Ms Tanna, the Fostering Service Manager": an officer's post written as
// a title (capitalised, with a remit before its head word) is one person's; a person given a second such post that the
// article gives someone else has one of the two by mistake.
const TITLED_POST = /^(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){1,4}(?:Manager|Head|Headteacher|Officer|Lead|Co-?ordinator|Adviser|Advisor|Worker)$/u;

/** Each titled post (lowercased) and the people given it as current. */
function titledPosts(text: string, people: Person[]): Map<string, Set<Person>> {
  const out = new Map<string, Set<Person>>();
  for (const p of people) {
    for (const r of p.roleMentions ?? []) {
      if (r.former || !TITLED_POST.test(text.slice(r.start, r.end))) continue;
      const key = normalise(r.role);
      out.set(key, (out.get(key) ?? new Set()).add(p));
    }
  }
  return out;
}

/** Of the person's titled posts, one that is theirs alone, one the article also gives someone else, and that other holder. */
function anotherHolds(p: Person, titled: RoleMention[], holders: Map<string, Set<Person>>): [RoleMention, RoleMention, Person] | null {
  const own = titled.find((o) => holders.get(normalise(o.role))!.size === 1);
  const shared = titled.find((r) => holders.get(normalise(r.role))!.size > 1);
  if (!own || !shared) return null;
  const other = [...holders.get(normalise(shared.role))!].find((q) => q !== p)!;
  return [own, shared, other];
}

// The word a titled post ends in, with a head teacher's two spellings as one.
const headWord = (post: string) => post.split(/\s+/).pop()!.toLowerCase().replace(/^headteacher$/, 'head');

/** "Officers: ... Ms M. Ithel (Virtual School Headteacher)" then "the Principal Social Worker, Ms Ithel": a titled post in the
 *  brackets of a list of those present, and another titled post of another kind (its last word differs) given later;
 *  `titled`: the person's titled posts. */
function listedThenOther(text: string, titled: RoleMention[]): [RoleMention, RoleMention] | null {
  const listed = titled.find((r) => text[r.start - 1] === '(' && text[r.end] === ')');
  const other = listed && titled.find((r) => r.start > listed.end && text[r.start - 1] !== '(' && headWord(r.text) !== headWord(listed.text));
  return listed && other ? [listed, other] : null;
}

