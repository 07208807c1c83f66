import * as assert from 'assert';
import { findAgeReferences } from '../../server/src/analysis/ageReferences';
import { prepareText } from '../../server/src/analysis/text';

const flagged = (t: string) => findAgeReferences(prepareText(t)).map((d) => [d.code, d.text]);

describe('ageReferences', () => {
  it('flags one child given another age when referred back to ("a 14-year-old boy" ... "the 15-year-old had")', () => {
    const t = 'Staff waited nine hours before reporting a 14-year-old boy missing. Inspectors found that the 15-year-old had been placed there a fortnight before.';
    assert.deepStrictEqual(flagged(t), [['figure-conflict', '15-year-old']]);
    assert.match(findAgeReferences(prepareText(t))[0].message, /“15-year-old”.*“14-year-old boy”/);
  });

  it('accepts the same age, two children, an age told another way, an age that moved on, and plural ages', () => {
    assert.deepStrictEqual(flagged('A 14-year-old boy went missing. The 14-year-old was found.'), []);
    assert.deepStrictEqual(flagged('A 14-year-old boy went missing. The 15-year-old girl who shared his room was moved.'), []);
    assert.deepStrictEqual(flagged('A 14-year-old boy and his sister, 15, went missing. The 15-year-old was found first.'), []);
    assert.deepStrictEqual(flagged('A 14-year-old boy went missing last year. He has since turned 15. The 15-year-old now lives in foster care.'), []);
    assert.deepStrictEqual(flagged('The home takes 16 and 17-year-olds. A 16-year-old boy said so. The 17-year-old agreed.'), []);
    assert.deepStrictEqual(flagged('The 15-year-old was found. A 14-year-old boy was not.'), []);
  });
});
