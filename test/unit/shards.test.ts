import * as assert from 'assert';
import { analyzeArticle, ShardMemo } from '../../server/src/analysis/analyze';
import { MAX_SHARD, splitShards } from '../../server/src/analysis/shards';
import { readSeed, seedNames } from '../seeds';

const corpus = (() => {
  const seeds = seedNames().map((n) => readSeed(n));
  let text = '';
  for (let i = 0; text.length < 400_000; i++) text += `${seeds[i % seeds.length]}\n\n`;
  return text;
})();

function texts(text: string) {
  return splitShards(text).map((s) => text.slice(s.start, s.end));
}

describe('shards', () => {
  it('keeps an article-sized text whole', () => {
    assert.deepStrictEqual(splitShards(readSeed('000')), [{ start: 0, end: readSeed('000').length }]);
  });

  it('covers a long text exactly, in bounded shards of whole lines', () => {
    const shards = splitShards(corpus);
    assert.ok(shards.length > 4);
    assert.strictEqual(shards[0].start, 0);
    assert.strictEqual(shards[shards.length - 1].end, corpus.length);
    shards.forEach((s, i) => {
      if (i) assert.strictEqual(s.start, shards[i - 1].end);
      assert.ok(s.end - s.start <= MAX_SHARD + 2000, `shard ${i} is ${s.end - s.start}`);
      if (i < shards.length - 1) assert.match(corpus[s.end - 1], /[\r\n]/);
    });
  });

  it('changes only the shards around an edit', () => {
    const at = Math.floor(corpus.length / 2);
    const edited = `${corpus.slice(0, at)}x${corpus.slice(at)}`;
    const before = new Set(texts(corpus));
    const changed = texts(edited).filter((t) => !before.has(t));
    assert.ok(changed.length <= 2, `${changed.length} shards changed`);
  });

  it('bounds shards of one enormous line', () => {
    const line = 'word '.repeat(60_000);
    for (const s of splitShards(line)) assert.ok(s.end - s.start <= MAX_SHARD);
  });

  it('gives the same analysis with a memo from the previous version as from scratch', () => {
    const memo: ShardMemo = new Map();
    analyzeArticle(corpus, 'a.txt', undefined, memo);
    const at = corpus.indexOf('Mrs Westcott', corpus.length / 2);
    const edited = `${corpus.slice(0, at)}Mrs Westcot${corpus.slice(at + 'Mrs Westcott'.length)}`;
    assert.deepStrictEqual(analyzeArticle(edited, 'a.txt', undefined, memo), analyzeArticle(edited, 'a.txt'));
  });
});
