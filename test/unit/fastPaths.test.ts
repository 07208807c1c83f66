// The hand-written fast paths of the analysis give the same answers as the plain versions they
// replaced: random strings over small alphabets, where near misses are common.
import * as assert from 'assert';
import fc from 'fast-check';
import { editDistance, oneEditApart } from '../../server/src/analysis/consistencyUtil';

const word = (chars: string[], max: number) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));

describe('fast paths', () => {
  it('oneEditApart agrees with editDistance(a, b, 1) === 1', () => {
    fc.assert(
      fc.property(word(['a', 'b', 'c', '’', 'é'], 9), word(['a', 'b', 'c', '’', 'é'], 9), (a, b) => {
        assert.strictEqual(oneEditApart(a, b), editDistance(a, b, 1) === 1, `${a} / ${b}`);
      }),
      { numRuns: 5000 },
    );
  });

  it('oneEditApart: each kind of single edit, and what is not one', () => {
    assert.ok(oneEditApart('westcott', 'westcot'));
    assert.ok(oneEditApart('westcot', 'westcott'));
    assert.ok(oneEditApart('newsam', 'newsom'));
    assert.ok(oneEditApart('newsam', 'nwesam'));
    assert.ok(!oneEditApart('newsam', 'newsam'));
    assert.ok(!oneEditApart('newsam', 'nwesma'));
    assert.ok(!oneEditApart('abc', 'cba'));
    assert.ok(!oneEditApart('ab', 'abcd'));
  });
});
