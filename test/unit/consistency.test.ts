import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { checkConsistency } from '../../server/src/analysis/consistency';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames } from '../seeds';
import { facts } from './factsHelpers';

const CODES = ['name-variant', 'title-variant', 'impossible-date', 'weekday-mismatch', 'date-conflict', 'future-past-tense',
  'sequence-reversed', 'figure-conflict', 'role-conflict', 'grade-conflict'];

describe('consistency: all checks together', () => {
  it('on the seeds without extracted facts finds only the Cllr/Clr variant in 000', () => {
    const found = seedNames().flatMap((n) => checkConsistency(prepareText(readSeed(n)), facts()).map((d) => `${n.slice(0, 3)} ${d.code} ${d.text}`));
    assert.deepStrictEqual(found, ['000 title-variant Clr']);
  });

  it('through analyzeArticle, every finding has an exact span, a known code and a message quoting its text', () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      for (const d of analyzeArticle(text, name).diagnostics.filter((x) => CODES.includes(x.code))) {
        assert.strictEqual(text.slice(d.start, d.end), d.text, `${name} ${d.code}`);
        assert.ok(d.message.includes(d.text.replace(/\.$/, '')) || d.code === 'weekday-mismatch', d.message);
        for (const r of d.related ?? []) assert.ok(r.end <= text.length && r.start <= r.end);
      }
    }
  });

  it('stays linear on pathological input', () => {
    const parts = ['Aaaaa '.repeat(100000), ' '.repeat(100000), '“'.repeat(50000), '7 of 9 '.repeat(30000), 'Mr Smith '.repeat(30000)];
    for (const p of parts) {
      const t0 = Date.now();
      checkConsistency(prepareText(p), facts());
      assert.ok(Date.now() - t0 < 3000, `${p.slice(0, 8)}: ${Date.now() - t0} ms`);
    }
  });
});
