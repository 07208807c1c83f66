// One person given two titles: "Ms Kovacs" in one paragraph, "Mrs Kovacs" later, or "Dr Harwick" then
// "Mrs Harwick" or "Mr Sellick" (house style keeps a doctor's title on every later mention). Ms/Mrs/Miss/Dr/Mr
// are compared with each other, except Mr with Ms/Mrs/Miss: "Mr Smith" beside "Mrs Smith" is usually two
// people; "Cllr Jones" then "Mr Jones" is right.
// Uses are compared only when they are surely one person: the same resolved Person, or a surname
// no other person has, and never across two first names or initials ("Mrs A Smith", "Ms B Smith").
import { makeDiagnostic } from './consistencyUtil';
import { ArticleFacts } from './options';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

// "Professor Ailsa Murchison" then "Dr Murchison": an academic title dropped to another is one too ("Prof" is the same title)
// "Dame Theodora Tremlett" then "Mrs Tremlett": a dame keeps her title, as a doctor does
const COURTESY = ['Ms', 'Mrs', 'Miss', 'Dr', 'Mr', 'Professor', 'Dame'];
// Ms, Mrs, Miss, Dame: with Mr beside any of them a surname names a family, not one person given two titles
const FEMALE_FORMS = 0b1000111;
const MR = 1 << 4;
// "Mr" as a word: "Mrs" holds its letters
const MR_WRITTEN = /\bMr\b/;
// A man's title (Mr, Mister, Sir, Lord) with the surname means a family (husband and wife, father
// and daughter): the surname is left alone.
const TITLE = /\b(Mrs|Ms|Miss|Dr|Mr|Mister|Sir|Lord|Professor|Prof|Dame)\.?[ \u00a0]+(?=\p{Lu})/gu;
// One name word after the title, tried at an exact position: "Kovacs", "A.", "Osei-Mensah", "O’Neill".
const NAME_WORD = /\p{Lu}[\p{L}'’-]*\.?/uy;
const MAX_NAME_WORDS = 4;
const TITLE_WORD = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|cllr|clr|coun|councillor|sir|dame|lord|lady|rev|revd)\.?$/i;
const MR_AND = /\bMr\.?[ \u00a0]+(?:and|&)[ \u00a0]+$/;

interface Use {
  form: string;
  /** The title's length as written ("Prof" for the form Professor). */
  written: number;
  start: number;
  /** The name as written after the title ("A Smith", "Kovacs"), as document offsets. */
  nameStart: number;
  nameEnd: number;
  surname: string;
  /** First letter of a first name or initial written with this use, '' if none. */
  initial: string;
  person: number;
}

interface Tally {
  /** Bit i set: COURTESY[i] is used with the surname. */
  forms: number;
  /** Six numbers per use: title start, name start, name end, COURTESY index, 1 if a first name or initial is written, the title's length as written. */
  at: number[];
}

const surnameKey = (w: string) => w.replace(/[’']s?$/, '').replace(/\.$/, '').toLowerCase();

/** The name after a title, read into `found` (reused: read it before the next call); false if none. */
const found = { end: 0, firstEnd: 0, lastStart: 0, words: 0 };
function nameAfter(s: string, from: number): boolean {
  let p = from;
  found.words = 0;
  while (found.words < MAX_NAME_WORDS) {
    NAME_WORD.lastIndex = p;
    if (!NAME_WORD.test(s)) break;
    if (found.words === 0) found.firstEnd = NAME_WORD.lastIndex;
    found.words++;
    found.lastStart = p;
    found.end = NAME_WORD.lastIndex;
    const c = s.charCodeAt(found.end);
    if (c !== 32 && c !== 0xa0) break;
    const next = s.charCodeAt(found.end + 1);
    if (!(next >= 65 && next <= 90) && !(next >= 128 && UPPER.test(s[found.end + 1]))) break;
    p = found.end + 1;
  }
  // A surname has a lower-case letter; "Ms AB" or "Mrs X." is not a name we can compare.
  return found.words > 0 && hasLower(s, found.lastStart, found.end);
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
function hasLower(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128 && LOWER.test(s[i])) return true;
  }
  return false;
}

// "Sir Alaric Bemrose" then "Mr Bemrose": a knight or a lord keeps his title on later mentions ("Sir Alaric", "Lord X")
const HONOUR = /^(Sir|Lord)[ \u00a0]/;
const PLAIN = /^(Mr|Mister)\.?[ \u00a0]/;

/** A person named with "Sir" or "Lord" and later given "Mr": the resolved person's own mentions only. */
function honoursDropped(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of facts.people) {
    const honour = p.mentions.find((m) => HONOUR.test(m.text));
    if (!honour) continue;
    const title = HONOUR.exec(honour.text)![1];
    const words = honour.text.split(/[ \u00a0]+/);
    const proper = title === 'Sir' && words.length >= 3 ? `Sir ${words[1]}` : `${title} ${words[words.length - 1]}`;
    for (const m of p.mentions) {
      const plain = PLAIN.exec(m.text);
      if (!plain || m.start < honour.start) continue;
      out.push(makeDiagnostic(article.text, m.start, m.start + plain[1].length, 'title-variant', 'warning',
        `“${m.text}” here, but “${honour.text}” earlier: a ${title === 'Sir' ? 'knight' : 'peer'} keeps his title (“${proper}”).`,
        { suggestions: [title], related: [{ start: honour.start, end: honour.end, message: `“${honour.text}” here` }] }));
    }
  }
  return out;
}

export function findTitleChanges(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  return [...honoursDropped(article, facts), ...courtesyChanges(article, facts)].sort((a, b) => a.start - b.start);
}

function courtesyChanges(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const text = article.text;
  // A change needs two of the courtesy titles written somewhere in the text; most articles have one
  // or none, and are then not searched for titles at all.
  if (COURTESY.filter((form) => (form === 'Mr' ? MR_WRITTEN.test(text) : text.includes(form === 'Professor' ? 'Prof' : form))).length < 2) return [];
  // Where each person's mentions start, to resolve a title to its person.
  const personAt = new Map<number, number>();
  const surnamePeople = new Map<string, Set<number>>();
  facts.people.forEach((p, i) => {
    for (const m of p.mentions) personAt.set(m.start, i);
    const words = p.name.trim().split(/[\s\u00a0]+/);
    const key = surnameKey(words[words.length - 1]);
    surnamePeople.set(key, (surnamePeople.get(key) ?? new Set()).add(i));
  });
  // A long text may hold many titles, so each use is first kept as five numbers under its surname;
  // Use objects are made only for surnames written with two courtesy titles.
  const tallies = new Map<string, Tally>();
  const family = new Set<string>();
  for (const s of article.sentences) {
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(s.text); m; m = TITLE.exec(s.text)) {
      const nameStart = m.index + m[0].length;
      if (!nameAfter(s.text, nameStart)) continue;
      const form = m[1] === 'Prof' ? 'Professor' : m[1];
      const surname = surnameKey(s.text.slice(found.lastStart, found.end));
      const courtesy = COURTESY.indexOf(form);
      if (courtesy < 0 || (form === 'Mrs' && m.index >= 6 && MR_AND.test(s.text.slice(Math.max(0, m.index - 8), m.index)))) {
        family.add(surname);
        continue;
      }
      let t = tallies.get(surname);
      if (!t) tallies.set(surname, (t = { forms: 0, at: [] }));
      t.forms |= 1 << courtesy;
      t.at.push(s.start + m.index, s.start + nameStart, s.start + found.end, courtesy, found.words > 1 ? 1 : 0, m[1].length);
    }
  }
  const bySurname = new Map<string, Use[]>();
  for (const [surname, t] of tallies) {
    if (family.has(surname) || (t.forms & (t.forms - 1)) === 0 || ((t.forms & MR) && (t.forms & FEMALE_FORMS))) continue;
    const list: Use[] = [];
    for (let i = 0; i < t.at.length; i += 6) {
      const [start, nameStart, nameEnd, form, named, written] = t.at.slice(i, i + 6);
      const person = personAt.get(start) ?? personAt.get(nameStart) ?? -1;
      list.push({ form: COURTESY[form], written, start, nameStart, nameEnd, surname, initial: named ? text[nameStart] : '', person });
    }
    bySurname.set(surname, list);
  }
  const out: Diagnostic[] = [];
  for (const [surname, list] of bySurname) {
    for (const group of samePerson(list, facts, surnamePeople.get(surname))) flag(group, text, out);
  }
  return out;
}

/** The uses of one surname split into groups that are surely one person each. */
function samePerson(list: Use[], facts: ArticleFacts, people: Set<number> | undefined): Use[][] {
  const initials = (us: Use[], ps: Iterable<number>) => {
    const set = new Set(us.map((u) => u.initial.toLowerCase()).filter(Boolean));
    for (const p of ps) {
      const words = facts.people[p].name.trim().split(/[\s\u00a0]+/).filter((w) => !TITLE_WORD.test(w));
      if (words.length > 1) set.add(words[0][0].toLowerCase());
    }
    return set.size;
  };
  const resolved = new Set(list.map((u) => u.person).filter((p) => p >= 0));
  const allPeople = new Set([...(people ?? []), ...resolved]);
  if (allPeople.size <= 1 && initials(list, allPeople) <= 1) return [list];
  // Several people of this surname: which one a bare "Ms Reyes" is, is the coreference's guess, so only
  // uses that write the first name or initial, resolved to one person with one initial, are compared.
  const byPerson = new Map<number, Use[]>();
  for (const u of list) {
    if (u.person < 0 || !u.initial) continue;
    const own = byPerson.get(u.person);
    if (own) own.push(u);
    else byPerson.set(u.person, [u]);
  }
  return [...byPerson].filter(([p, own]) => initials(own, [p]) <= 1).map(([, own]) => own);
}

function flag(group: Use[], text: string, out: Diagnostic[]): void {
  const counts = new Map<string, number>();
  for (const u of group) counts.set(u.form, (counts.get(u.form) ?? 0) + 1);
  if (counts.size < 2) return;
  // Most frequent form wins; on a tie, the one the article used first (the group is in text order).
  let best = group[0].form;
  for (const [f, n] of counts) if (n > counts.get(best)!) best = f;
  const model = group.find((u) => u.form === best)!;
  const n = counts.get(best)!;
  const nameOf = (u: Use) => text.slice(u.nameStart, u.nameEnd).replace(/[’']s?$/, '');
  const titleOf = (u: Use) => text.slice(u.start, u.start + u.written);
  for (const u of group) {
    if (u.form === best) continue;
    out.push(makeDiagnostic(text, u.start, u.start + u.written, 'title-variant', 'warning',
      `“${titleOf(u)} ${nameOf(u)}” here, but “${titleOf(model)} ${nameOf(model)}” ${n === 1 ? 'once' : `${n} times`} elsewhere: one person given two titles; use one.`,
      { suggestions: [titleOf(model)], related: [{ start: model.start, end: model.start + model.written, message: `“${titleOf(model)} ${nameOf(model)}” here` }] }));
  }
}
