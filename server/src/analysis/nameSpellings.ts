// The same person written two ways in one article: a titled surname one edit from a full name's
// surname ("Mrs Rutherfurd" after "Helen Rutherford"), or a full name whose first name is another
// spelling of the same given name ("Steven" for "Stephen"). Reporters slip like this; the
// consistency check (nameVariants) flags the slip, and here the mention still goes to its person.
// Only tried for a mention that found no exact match, so the common path is unchanged.
import { oneEditApart } from './consistencyUtil';
import { editDistance } from './nearMiss';

interface Entry<C> {
  at: number;
  cluster: C;
}

/** Spellings of one given name; a pair here is never two different people's names. */
const SPELLINGS = [
  'stephen steven', 'philip phillip', 'catherine katherine kathryn', 'geoffrey jeffrey', 'sean shaun shawn',
  'clare claire', 'ann anne', 'sara sarah', 'alan allan allen', 'brian bryan', 'carl karl', 'deborah debra',
  'elizabeth elisabeth', 'gillian jillian', 'isabel isobel', 'lindsay lindsey', 'matthew mathew',
  'nicholas nicolas', 'rachel rachael', 'rebecca rebekah', 'teresa theresa', 'mohammed muhammad mohammad mohamed',
  'jonathan johnathan', 'marc mark', 'zoe zoë', 'hayley haley', 'louis lewis', 'graham graeme',
];
const SAME = new Map<string, string>();
for (const group of SPELLINGS) {
  const names = group.split(' ');
  for (const n of names) SAME.set(n, names[0]);
}

/** "Stephen" and "Steven": two spellings of one given name, so one of them is likely a slip. */
export function sameGivenName(a: string, b: string): boolean {
  const x = SAME.get(a.toLowerCase());
  return x !== undefined && a.toLowerCase() !== b.toLowerCase() && x === SAME.get(b.toLowerCase());
}

const MALE = new Set(['mr', 'sir', 'lord', 'baron', 'viscount', 'earl']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'baroness']);
const genderOf = (t: string | null) => (t && MALE.has(t) ? 'm' : t && FEMALE.has(t) ? 'f' : '');

/** "Steven Hargreaves" when "Stephen Hargreaves" is already a person: that person's cluster. */
export function respelledFirstName<C>(name: string, bySurname: Map<string, Array<Entry<C>>>, fullName: (c: C) => string): C | null {
  const sp = name.indexOf(' ');
  if (sp < 0) return null;
  const first = name.slice(0, sp).toLowerCase();
  const given = SAME.get(first);
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  if (!given && !distinctiveSurname(surname)) return null;
  const list = bySurname.get(surname.toLowerCase());
  if (!list) return null;
  const rest = name.slice(sp).toLowerCase();
  for (const e of list) {
    const other = fullName(e.cluster);
    const osp = other.indexOf(' ');
    if (osp <= 0 || other.slice(osp).toLowerCase() !== rest) continue;
    const otherFirst = other.slice(0, osp).toLowerCase();
    if (given ? SAME.get(otherFirst) === given : first.length > 3 && oneEditApart(first, otherFirst)) return e.cluster;
  }
  return null;
}

/**
 * "Vytautas Kavaliaukas" when "Vytautas Kavaliauskas" is already a person: the same first name, and a long surname
 * one edit away. Two people so named in one article are far rarer than a slip.
 */
export function respelledSurname<C>(name: string, byFirstName: Map<string, Array<Entry<C>>>, fullName: (c: C) => string): C | null {
  const sp = name.lastIndexOf(' ');
  if (sp < 0) return null;
  const head = name.slice(0, sp).toLowerCase();
  const surname = name.slice(sp + 1).toLowerCase();
  const list = surname.length >= 7 ? byFirstName.get(head.split(' ')[0]) : undefined;
  if (!list) return null;
  for (const e of list) {
    const other = fullName(e.cluster).toLowerCase();
    const osp = other.lastIndexOf(' ');
    if (osp > 0 && other.slice(0, osp) === head && oneEditApart(surname, other.slice(osp + 1))) return e.cluster;
  }
  return null;
}

/**
 * A surname rare enough that two first names one letter apart under it ("Karen" and "Karin
 * Holloway-Achebe") are one person's name written two ways: double-barrelled, or long.
 * Under "Smith", "Mark" and "Mary" may well be two people.
 */
export function distinctiveSurname(surname: string): boolean {
  return /[-'’]/.test(surname) || surname.length >= 9;
}

/**
 * "Mrs Rutherfurd" with "Helen Rutherford" in the article: the one full-name surname one edit away,
 * both at least six letters, whose person has no title of the other gender. Two candidates: none.
 */
export function misspeltSurname<C extends { mentions: Array<{ title: string | null }> }>(
  word: string,
  title: string | null,
  bySurname: Map<string, Array<Entry<C>>>,
): C | null {
  if (title === null || word.length < 6) return null;
  const g = genderOf(title);
  let memo = seen.get(bySurname) as Map<string, C | null> | undefined;
  if (!memo) seen.set(bySurname, (memo = new Map()));
  const key = `${word}|${g}`;
  if (memo.has(key)) return memo.get(key)!;
  const found = nearSurname(word, g, bySurname);
  memo.set(key, found);
  return found;
}

// Answers per article (per surname index), so a long document repeating "Mr Smith" scans once.
const seen = new WeakMap<object, Map<string, unknown>>();

function nearSurname<C extends { mentions: Array<{ title: string | null }> }>(word: string, g: string, bySurname: Map<string, Array<Entry<C>>>): C | null {
  let found: C | null = null;
  for (const [surname, list] of bySurname) {
    if (surname.length < 6 || Math.abs(surname.length - word.length) > 1 || surname[0] !== word[0]) continue;
    if (editDistance(surname, word, 1) > 1) continue;
    for (const e of list) {
      if (found === e.cluster) continue;
      if (g && e.cluster.mentions.some((m) => genderOf(m.title) !== '' && genderOf(m.title) !== g)) continue;
      if (found) return null;
      found = e.cluster;
    }
  }
  return found;
}
