// The workspace person index and the name parts rename relies on, over hand-made analyses.
import * as assert from 'assert';
import { ArticleAnalysis, Person } from '../../server/src/analysis/schema';
import { renameMention } from '../../server/src/features/rename';
import { isFullMention, nameTokens, PersonIndex, splitName } from '../../server/src/workspace/personIndex';

function person(name: string, ...mentions: string[]): Person {
  const forms = mentions.length ? mentions : [name];
  return { name, aliases: forms.filter((f) => f !== name), roles: [], mentions: forms.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text })) };
}

function article(uri: string, ...people: Person[]): { uri: string; analysis: ArticleAnalysis } {
  return { uri, analysis: { file: uri, articleDate: null, people, organisations: [], ratings: [], dates: [], diagnostics: [] } };
}

const words = (text: string) => nameTokens(text).map((t) => text.slice(t.start, t.end));

describe('name parts', () => {
  it('keeps titles apart and drops a possessive from the surname', () => {
    const text = 'Mrs Westcott’s';
    const p = splitName(text);
    assert.deepStrictEqual(p.titles.map((t) => t.key), ['mrs']);
    assert.deepStrictEqual(p.given, []);
    assert.strictEqual(text.slice(p.surname!.start, p.surname!.end), 'Westcott');
  });

  it('reads given names, hyphens, apostrophes and capitals as words', () => {
    assert.deepStrictEqual(words('Councillor Sheila Scott'), ['Councillor', 'Sheila', 'Scott']);
    assert.deepStrictEqual(words('Wendi Ogle-Welbourn'), ['Wendi', 'Ogle-Welbourn']);
    assert.deepStrictEqual(words("Cllr Mary O'Brien's"), ['Cllr', 'Mary', "O'Brien"]);
    assert.deepStrictEqual(splitName('MALCOLM Newsam').given.map((t) => t.key), ['malcolm']);
    assert.deepStrictEqual(splitName('Dr. John A. Smith').titles.map((t) => t.key), ['dr']);
  });

  it('tells full mentions from title-and-surname ones', () => {
    assert.ok(isFullMention('Sue Westcott'));
    assert.ok(isFullMention('Councillor Sheila Scott'));
    assert.ok(!isFullMention('Mrs Westcott'));
    assert.ok(!isFullMention('Scott'));
    assert.ok(!isFullMention('Cllr Scott'));
  });
});

describe('person index', () => {
  it('joins a surname-and-title person to the one full name with that surname elsewhere', () => {
    const sue = person('Sue Westcott', 'Sue Westcott', 'Mrs Westcott');
    const mrs = person('Mrs Westcott');
    const other = person('Malcolm Newsam');
    const index = new PersonIndex([article('a', sue, other), article('b', mrs)]);
    assert.deepStrictEqual(index.sameAs(mrs).map((r) => r.person.name), ['Sue Westcott', 'Mrs Westcott']);
    assert.deepStrictEqual(index.sameAs(other).map((r) => r.uri), ['a']);
  });

  it('matches full names by first given name and surname, ignoring middle initials and case', () => {
    const a = person('John Richards');
    const b = person('John A. Richards');
    const c = person('JOHN RICHARDS');
    const jane = person('Jane Richards');
    const index = new PersonIndex([article('a', a), article('b', b), article('c', c), article('d', jane)]);
    assert.deepStrictEqual(index.sameAs(a).map((r) => r.uri), ['a', 'b', 'c']);
    assert.deepStrictEqual(index.sameAs(jane).map((r) => r.uri), ['d']);
  });

  it('leaves a surname alone when two full names share it, unless one is in its own article', () => {
    const john = person('John Smith', 'John Smith', 'Mr Smith');
    const jane = person('Jane Smith');
    const lone = person('Smith');
    const index = new PersonIndex([article('a', john), article('b', jane), article('c', lone)]);
    assert.deepStrictEqual(index.sameAs(lone).map((r) => r.uri), ['c']);
    const local = person('Cllr Smith');
    const index2 = new PersonIndex([article('a', john), article('b', jane, local)]);
    assert.deepStrictEqual(index2.sameAs(local).map((r) => r.person.name), ['Jane Smith', 'Cllr Smith']);
  });

  it('does not join a Mr to a full name only ever called Mrs', () => {
    const sue = person('Sue Westcott', 'Sue Westcott', 'Mrs Westcott');
    const mr = person('Mr Westcott');
    const mrElsewhere = person('Mr Westcott');
    const index = new PersonIndex([article('a', sue), article('b', mr), article('c', mrElsewhere)]);
    assert.deepStrictEqual(index.sameAs(mr).map((r) => r.uri), ['b', 'c']);
    assert.deepStrictEqual(index.sameAs(sue).map((r) => r.uri), ['a']);
  });
});

describe('renaming one mention', () => {
  const apply = (text: string, oldName: string, newName: { given: string; surname: string }) => {
    let out = text;
    for (const e of renameMention(text, oldName, newName).reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    return out;
  };
  const smith = { given: 'Sue', surname: 'Smith' };

  it('changes only the surname where the given name stays', () => {
    assert.deepStrictEqual(renameMention('Sue Westcott', 'Sue Westcott', smith), [{ start: 4, end: 12, newText: 'Smith' }]);
    assert.strictEqual(apply('Mrs Westcott', 'Sue Westcott', smith), 'Mrs Smith');
    assert.strictEqual(apply('Westcott', 'Sue Westcott', smith), 'Smith');
    assert.strictEqual(apply('Mrs Westcott’s', 'Sue Westcott', smith), 'Mrs Smith’s');
  });

  it('changes given names and keeps titles and capitals', () => {
    const next = { given: 'Ann Marie', surname: 'Jones' };
    assert.strictEqual(apply('Councillor Sheila Scott', 'Sheila Scott', next), 'Councillor Ann Marie Jones');
    assert.strictEqual(apply('MALCOLM Newsam', 'Malcolm Newsam', { given: 'Peter', surname: 'Newsam' }), 'PETER Newsam');
    assert.strictEqual(apply('Sheila', 'Sheila Scott', next), 'Ann');
    assert.strictEqual(apply('Sue Westcott', 'Sue Westcott', { given: '', surname: 'Smith' }), 'Smith');
  });

  it('makes no edit where nothing changes', () => {
    assert.deepStrictEqual(renameMention('Mrs Westcott', 'Sue Westcott', { given: 'Susan', surname: 'Westcott' }), []);
  });
});
