import * as assert from 'assert';
import { extractPeople } from '../../server/src/analysis/people';
import { Person } from '../../server/src/analysis/schema';
import { prepareText } from '../../server/src/analysis/text';

const people = (text: string) => extractPeople(prepareText(text));
const names = (text: string) => people(text).map((p) => p.name);
const person = (ps: Person[], name: string) => {
  const p = ps.find((x) => x.name === name);
  assert.ok(p, `expected ${name} among ${ps.map((x) => x.name).join(', ')}`);
  return p;
};
const formerOf = (text: string, name: string) => person(people(text), name).roleMentions!.map((r) => [r.role, r.former]);

describe('plural titles before a list of names', () => {
  it('gives each listed surname the singular title, never the plural', () => {
    const text = 'Members Cllrs Okafor, Brennan, Sandhu, Lindqvist and Trevelyan raised concerns about staffing.';
    assert.deepStrictEqual(names(text), ['Cllr Okafor', 'Cllr Brennan', 'Cllr Sandhu', 'Cllr Lindqvist', 'Cllr Trevelyan']);
    assert.deepStrictEqual(names('Councillors Okafor and Brennan were absent.'), ['Councillor Okafor', 'Councillor Brennan']);
    assert.deepStrictEqual(names('The review was written by Drs Halloran and Mbeki.'), ['Dr Halloran', 'Dr Mbeki']);
    // The plural title is written once, so only the first mention includes it.
    const ps = people('Councillors Okafor and Brennan were absent.');
    assert.deepStrictEqual(ps.map((p) => p.mentions.map((m) => m.text)), [['Councillors Okafor'], ['Brennan']]);
  });

  it('joins a listed surname to the full name written elsewhere', () => {
    const ps = people('Councillors Okafor and Brennan voted against. Councillor Nia Okafor said the plan was late.');
    assert.deepStrictEqual(ps.map((p) => p.name), ['Nia Okafor', 'Councillor Brennan']);
  });

  it('continues a minutes list past bracketed roles', () => {
    const ps = people('Present: Councillors R. Dunmore (Chair), T. Achebe, L. Varga and K. Moss');
    assert.deepStrictEqual(ps.map((p) => p.name), ['R. Dunmore', 'T. Achebe', 'L. Varga', 'K. Moss']);
    assert.deepStrictEqual(ps[0].roles, ['chair']);
  });

  it('does not read a following role or phrase as another listed name', () => {
    assert.deepStrictEqual(names('Councillors Okafor, Labour group leader, said no.'), ['Councillor Okafor']);
    assert.deepStrictEqual(names('Councillors Okafor, Brennan Street residents and others met.'), ['Councillor Okafor']);
  });
});

describe('a role before a reporting verb belongs to its subject', () => {
  it('"a question from X, the Y said" gives X no role', () => {
    const ps = people('Replying to a question from Councillor Trevelyan, the Director said recruitment had improved.');
    assert.deepStrictEqual(person(ps, 'Councillor Trevelyan').roles, []);
    assert.deepStrictEqual(person(people('Asked by Cllr Sandhu, the chief executive told members nothing.'), 'Cllr Sandhu').roles, []);
  });

  it('still reads "X, the Y, said"', () => {
    assert.deepStrictEqual(formerOf('Mark Tilley, the director of children\'s services, said so.', 'Mark Tilley'), [["director of children's services", false]]);
  });
});
