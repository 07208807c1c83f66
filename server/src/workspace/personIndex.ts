// Who is who across articles: "Sue Westcott" in one article and "Mrs Westcott" in another are one
// person when no other Westcott is known. Full names match by first given name and surname (middle
// names and initials vary between writers); a surname-only person joins the one full name in the
// workspace with that surname and a compatible title, preferring its own article, else stays apart.
import { ArticleAnalysis, Person } from '../analysis/schema';
import { isTitle } from '../analysis/titles';

export interface NameToken {
  start: number;
  end: number;
  /** Lowercased, curly apostrophes straightened, possessive dropped. */
  key: string;
}

export interface NameParts {
  titles: NameToken[];
  given: NameToken[];
  surname: NameToken | null;
}

// A word: letters, with apostrophes and hyphens only between letters ("O’Brien", "Ogle-Welbourn").
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’\-‐][\p{L}\p{M}]+)*\.?/gu;
const POSSESSIVE = /['’]s$/;
const GENDER: Record<string, 'm' | 'f'> = { mr: 'm', sir: 'm', lord: 'm', mrs: 'f', ms: 'f', miss: 'f', dame: 'f', lady: 'f', baroness: 'f' };

export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (word.endsWith('.')) word = word.slice(0, -1);
    let end = m.index! + word.length;
    if (POSSESSIVE.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      end -= 2;
    }
    out.push({ start: m.index!, end, key: word.toLowerCase().replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-')) });
  }
  return out;
}

const titleWord = (key: string) => isTitle(key) || key === 'coun';

/** Titles first, then given names, the last word the surname. A lone word is a surname. */
export function splitName(text: string): NameParts {
  const tokens = nameTokens(text);
  let i = 0;
  while (i < tokens.length - 1 && titleWord(tokens[i].key)) i++;
  const rest = tokens.slice(i);
  return { titles: tokens.slice(0, i), given: rest.slice(0, -1), surname: rest[rest.length - 1] ?? null };
}

function fullKey(text: string): string | null {
  const p = splitName(text);
  return p.surname && p.given.length ? `${p.given[0].key} ${p.surname.key}` : null;
}

function genderOf(person: Person): '' | 'm' | 'f' {
  for (const form of [person.name, ...person.aliases, ...person.mentions.map((m) => m.text)]) {
    const t = splitName(form).titles.find((x) => GENDER[x.key]);
    if (t) return GENDER[t.key];
  }
  return '';
}

/** A person's own key: their full name if any form of it gives one, else their surname (with title gender). */
function ownKey(person: Person): { full: string | null; surname: string; gender: '' | 'm' | 'f' } {
  const gender = genderOf(person);
  for (const form of [person.name, ...person.aliases, ...person.mentions.map((m) => m.text)]) {
    const full = fullKey(form);
    if (full) return { full, surname: full.slice(full.lastIndexOf(' ') + 1), gender };
  }
  return { full: null, surname: splitName(person.name).surname?.key ?? person.name.toLowerCase(), gender };
}

export interface PersonRef {
  uri: string;
  person: Person;
}

export class PersonIndex {
  private readonly identities = new Map<Person, string>();
  private readonly members = new Map<string, PersonRef[]>();

  constructor(articles: Iterable<{ uri: string; analysis: ArticleAnalysis }>) {
    const pending: { uri: string; person: Person; surname: string; gender: string }[] = [];
    // surname -> full keys with that surname, where they occur, and the gender their titles show
    const bySurname = new Map<string, Map<string, { uris: Set<string>; gender: string }>>();
    for (const { uri, analysis } of articles) {
      for (const person of analysis.people) {
        const k = ownKey(person);
        if (!k.full) {
          pending.push({ uri, person, surname: k.surname, gender: k.gender });
          continue;
        }
        this.assign(uri, person, `person:${k.full}`);
        const keys = bySurname.get(k.surname) ?? new Map();
        const entry = keys.get(k.full) ?? { uris: new Set<string>(), gender: '' };
        entry.uris.add(uri);
        entry.gender ||= k.gender;
        keys.set(k.full, entry);
        bySurname.set(k.surname, keys);
      }
    }
    for (const p of pending) {
      const fits = [...(bySurname.get(p.surname) ?? new Map()).entries()].filter(([, e]) => !p.gender || !e.gender || e.gender === p.gender);
      const local = fits.filter(([, e]) => e.uris.has(p.uri));
      const chosen = local.length === 1 ? local[0][0] : local.length === 0 && fits.length === 1 ? fits[0][0] : null;
      this.assign(p.uri, p.person, chosen ? `person:${chosen}` : `surname:${p.gender}:${p.surname}`);
    }
  }

  private assign(uri: string, person: Person, identity: string): void {
    this.identities.set(person, identity);
    const list = this.members.get(identity) ?? [];
    list.push({ uri, person });
    this.members.set(identity, list);
  }

  identityOf(person: Person): string | undefined {
    return this.identities.get(person);
  }

  /** Every person entry, in every article, that is the same person as `person`. */
  sameAs(person: Person): PersonRef[] {
    const id = this.identities.get(person);
    return id ? this.members.get(id) ?? [] : [];
  }
}

/** A mention that names the person in full (a given name and a surname), not by title and surname. */
export function isFullMention(text: string): boolean {
  const p = splitName(text);
  return !!p.surname && p.given.length > 0;
}
