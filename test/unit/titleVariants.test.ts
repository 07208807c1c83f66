import * as assert from 'assert';
import { findTitleVariants } from '../../server/src/analysis/titleVariants';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed } from '../seeds';

const run = (t: string) => findTitleVariants(prepareText(t));

describe('titleVariants', () => {
  it('flags "Clr" beside "Cllr" in seed 000 and suggests "Cllr"', () => {
    const t = readSeed('000');
    const ds = run(t);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].text, 'Clr');
    assert.strictEqual(t.slice(ds[0].start, ds[0].start + 9), 'Clr Scott');
    assert.deepStrictEqual(ds[0].suggestions, ['Cllr']);
    assert.match(ds[0].message, /“Clr”.*“Cllr”/);
  });

  it('suggests the most frequent form', () => {
    const ds = run('Clr Smith spoke. Clr Jones agreed. Cllr Brown did not.');
    assert.deepStrictEqual(ds.map((d) => [d.text, d.suggestions![0]]), [['Cllr', 'Clr']]);
  });

  it('flags Dr/Dr. but not Councillor/Cllr, and not a title without a name', () => {
    assert.deepStrictEqual(run('Dr Jones met Dr. Patel.').map((d) => d.text), ['Dr.']);
    assert.deepStrictEqual(run('Councillor Smith and Cllr Jones met. Mr Smith and Mr Jones.'), []);
    assert.deepStrictEqual(run('Cllr Smith met the clr team.'), []);
  });

  it('finds nothing in seeds without variants', () => {
    for (const s of ['001', '002', '003', '004']) assert.deepStrictEqual(run(readSeed(s)), [], s);
  });
});
