import * as assert from 'assert';
import { people, person, formerOf } from '../peopleHelpers';

const names = (text: string) => people(text).map((p) => p.name);

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

  it('"In answer to Councillor X, the Principal Social Worker, Ms Y, said" gives the post to Ms Y; a remit after the post is no name', () => {
    const ps = people('In answer to Councillor Gruffydd, the Principal Social Worker, Ms Ithel, said attendance had improved.');
    assert.deepStrictEqual(person(ps, 'Councillor Gruffydd').roles, []);
    assert.deepStrictEqual(person(ps, 'Ms Ithel').roles, ['principal social worker']);
    assert.deepStrictEqual(person(people("Jolanta Chmielewska, Ofsted's National Director, Social Care, said the report was clear."), 'Jolanta Chmielewska').roles.length, 1);
  });

  it('still reads "X, the Y, said"', () => {
    assert.deepStrictEqual(formerOf('Mark Tilley, the director of children\'s services, said so.', 'Mark Tilley'), [["director of children's services", false]]);
  });
});

describe('appointment frames', () => {
  it('"has appointed X as its new Y"', () => {
    const text = 'Greyhaven Borough Council has appointed Dr Priya Anand as its new director of children\'s services.';
    assert.deepStrictEqual(formerOf(text, 'Priya Anand'), [["director of children's services", false]]);
  });

  it('"appointed X, the former Z, as Y": both roles, the apposition one former', () => {
    const text = 'The trust appointed Owen Pryce, the former head of social work at Dunmere, as director of operations.';
    assert.deepStrictEqual(formerOf(text, 'Owen Pryce'), [['head of social work', true], ['director of operations', false]]);
  });

  it('needs the appointing verb right before the name and "as" where the clause resumes', () => {
    assert.deepStrictEqual(formerOf('Inspectors met Owen Pryce as director of operations.', 'Owen Pryce'), []);
    assert.deepStrictEqual(formerOf('The board appointed Owen Pryce, who starts in May, and thanked staff as the year closed.', 'Owen Pryce'), []);
  });
});

describe('a fronted "before V-ing" clause marks a former role', () => {
  it('"Before moving to X, Ms Y was Z"', () => {
    const text = 'Before moving to Greyhaven, Ms Castellano was deputy director of education at Dunmere.';
    assert.deepStrictEqual(formerOf(text, 'Ms Castellano'), [['deputy director of education', true]]);
    assert.deepStrictEqual(formerOf('Prior to joining the trust, Owen Pryce was head of safeguarding in Leeds.', 'Owen Pryce'), [['head of safeguarding', true]]);
  });

  it('leaves a role still held, and other fronted clauses, as current', () => {
    const both = 'Before joining the council, Owen Pryce, who is now director, was head of safeguarding.';
    assert.deepStrictEqual(formerOf(both, 'Owen Pryce'), [['director', false], ['head of safeguarding', true]]);
    assert.deepStrictEqual(formerOf('After leaving Dunmere, Owen Pryce was head of safeguarding.', 'Owen Pryce'), [['head of safeguarding', false]]);
    assert.deepStrictEqual(formerOf('Owen Pryce was head of safeguarding before the merger.', 'Owen Pryce'), [['head of safeguarding', false]]);
  });
});
