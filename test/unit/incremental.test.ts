// After any sequence of edits, the re-analysis that reuses unchanged shards equals a fresh one.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeArticle, ShardMemo } from '../../server/src/analysis/analyze';
import { readSeed, seedNames } from '../seeds';

const base = (() => {
  const seeds = seedNames().map((n) => readSeed(n));
  let text = '';
  for (let i = 0; text.length < 150_000; i++) text += `${seeds[i % seeds.length]}\n\n`;
  return text;
})();

const insertion = fc.constantFrom('x', '\n', '\r\n', ' Mrs Westcott ', 'Januray 2013. ', '\n\n', '’', 'rated ‘good’ ', '😀');
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: insertion });

describe('incremental re-analysis', function () {
  this.timeout(120_000);

  it('equals a fresh analysis after random edits (15 sequences of up to 4 edits on 150 KB)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const memo: ShardMemo = new Map();
        let text = base;
        analyzeArticle(text, 'a.txt', undefined, memo);
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          analyzeArticle(text, 'a.txt', undefined, memo);
        }
        assert.deepStrictEqual(analyzeArticle(text, 'a.txt', undefined, memo), analyzeArticle(text, 'a.txt'));
      }),
      { numRuns: 15 },
    );
  });

  it('facts first, then the checks (each shard prepared once, kept only until its checks), equals a fresh analysis', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const memo: ShardMemo = new Map();
        let text = base;
        analyzeArticle(text, 'a.txt', undefined, memo, false);
        analyzeArticle(text, 'a.txt', undefined, memo);
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          const facts = analyzeArticle(text, 'a.txt', undefined, memo, false);
          assert.deepStrictEqual(facts, { ...analyzeArticle(text, 'a.txt'), diagnostics: facts.diagnostics });
        }
        assert.deepStrictEqual(analyzeArticle(text, 'a.txt', undefined, memo), analyzeArticle(text, 'a.txt'));
        // once the checks are in, no shard keeps its prepared text
        for (const byText of memo.values()) for (const r of byText.values()) assert.strictEqual((r as { article?: unknown }).article, undefined);
      }),
      { numRuns: 6 },
    );
  });
});
