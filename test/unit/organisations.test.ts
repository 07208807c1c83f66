import * as assert from 'assert';
import { nameWords } from '../../server/src/analysis/nameWords';
import { extractOrganisations } from '../../server/src/analysis/organisations';
import { extractPeople } from '../../server/src/analysis/people';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed } from '../seeds';

const orgs = (text: string) => {
  const a = prepareText(text);
  return extractOrganisations(a, extractPeople(a));
};
const orgNames = (text: string) => orgs(text).map((o) => o.name).sort();

describe('organisations', () => {
  it('000: council names without the possessive, Ofsted, and no department descriptions', () => {
    const text = readSeed('000');
    const found = orgs(text);
    assert.deepStrictEqual(found.map((o) => o.name).sort(), ['Lincolnshire County Council', 'Ofsted', 'Peterborough City Council']);
    const pcc = found.find((o) => o.name === 'Peterborough City Council')!;
    for (const m of pcc.mentions) {
      assert.strictEqual(m.text, 'Peterborough City Council');
      assert.strictEqual(text.slice(m.start, m.end), m.text);
    }
  });

  it('002: the Care Quality Commission; 003: the Government capitalised', () => {
    assert.deepStrictEqual(orgNames(readSeed('002')), ['Care Quality Commission', 'Ofsted']);
    assert.deepStrictEqual(orgNames(readSeed('003')), ['Government', 'Ofsted', 'Peterborough City Council']);
  });

  it('004: "the Committee", "Local Authority" and "Heads of Service" are not organisations', () => {
    assert.deepStrictEqual(orgNames(readSeed('004')), ['Ofsted']);
  });

  it('maps short forms to one canonical name, and reads of/for complements', () => {
    const found = orgs('The Department for Education and the DfE agreed. The CQC and the Care Quality Commission met the NSPCC.');
    const dfe = found.find((o) => o.name === 'Department for Education')!;
    assert.deepStrictEqual(dfe.mentions.map((m) => m.text), ['Department for Education', 'DfE']);
    assert.strictEqual(found.find((o) => o.name === 'Care Quality Commission')!.mentions.length, 2);
    assert.ok(found.some((o) => o.name === 'NSPCC'));
  });

  it('finds other councils and companies by their endings, not generic descriptions', () => {
    const text = 'Surrey County Council and Mackman Group worked with the Local Government Association. The City Council and the local authority and Children’s Services did not.';
    assert.deepStrictEqual(orgNames(text), ['Local Government Association', 'Mackman Group', 'Surrey County Council']);
  });

  it('a person is never an organisation', () => {
    assert.deepStrictEqual(orgNames('Sir Alan Wood said so.'), []);
  });

  it('nameWords lists the words of names, with hyphen parts', () => {
    const a = prepareText(readSeed('001'));
    const people = extractPeople(a);
    const words = nameWords(people, extractOrganisations(a, people));
    for (const w of ['wendi', 'ogle-welbourn', 'ogle', 'welbourn', 'peterborough', 'council', 'ofsted']) assert.ok(words.has(w), w);
    assert.ok(!words.has('improvement'));
  });
});
