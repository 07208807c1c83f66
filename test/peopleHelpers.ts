// Shared helpers for the people and role tests: extract from a small text, then find one person by name.
import * as assert from 'assert';
import { extractPeople } from '../server/src/analysis/people';
import { Person } from '../server/src/analysis/schema';
import { prepareText } from '../server/src/analysis/text';

export const people = (text: string): Person[] => extractPeople(prepareText(text));

/** The person of that canonical name; fails the test, listing who was found, if there is none. */
export function person(ps: Person[], name: string): Person {
  const p = ps.find((x) => x.name === name);
  assert.ok(p, `expected ${name} among ${ps.map((x) => x.name).join(', ')}`);
  return p;
}

export const rolesOf = (text: string, name: string): string[] => person(people(text), name).roles;
export const formerOf = (text: string, name: string): (string | boolean)[][] =>
  person(people(text), name).roleMentions!.map((r) => [r.role, r.former]);
