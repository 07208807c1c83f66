// The ratings stage skips a sentence before tokenising it when mayHoldGrade says no grade can be there;
// that must never skip a sentence in which gradeAt would find one.
import * as assert from 'assert';
import fc from 'fast-check';
import { tokenize } from '../../server/src/analysis/dateTokens';
import { gradeAt } from '../../server/src/analysis/gradeContext';
import { mayHoldGrade } from '../../server/src/analysis/ratings';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames } from '../seeds';

const PIECES = ['good', 'Good', 'GOOD', 'goods', 'outstanding', 'adequate', 'in', 'inadequate', 'improvement', 'improvements', 'requires', 'Required',
  'requiring', 'require', ' ', '\u00a0', '\n', '-', "'", '’', 'x', 'é', 'ſ', '.', ',', '1'];
const hasGrade = (st: string) => {
  const toks = tokenize(st, 0);
  return toks.some((t, i) => t.k === 'w' && gradeAt(toks, i) !== null);
};

describe('ratings: the grade gate', () => {
  it('lets through every string in which a grade token is found', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')), (st) => {
        if (hasGrade(st)) assert.ok(mayHoldGrade(st), JSON.stringify(st));
      }),
      { numRuns: 30000 },
    );
  });

  it('skips words that only contain a grade, and lets the seeds’ grade sentences through', () => {
    for (const st of ['The goods were delivered.', 'Goodwill matters.', 'Several improvements were made.', 'It needs improvement.']) assert.ok(!mayHoldGrade(st), st);
    for (const st of ['It was rated good.', 'Rated “Inadequate” in May.', 'It requires\u00a0improvement.', 'OUTSTANDING']) assert.ok(mayHoldGrade(st), st);
    let graded = 0;
    for (const name of seedNames()) {
      for (const s of prepareText(readSeed(name.slice(0, 3))).sentences) {
        if (hasGrade(s.text)) {
          graded++;
          assert.ok(mayHoldGrade(s.text), s.text);
        }
      }
    }
    assert.ok(graded > 10);
  });
});
