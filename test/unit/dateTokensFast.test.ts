// The hand-written date tokeniser gives what the plain one it replaced gave (test/referenceDateTokens.ts),
// over random strings of near misses (ordinals, separators, apostrophes, surrogates, odd spaces),
// windowed as the date matcher reads them, and bounded by `limit` as if the text had been sliced.
import * as assert from 'assert';
import fc from 'fast-check';
import { tokenize } from '../../server/src/analysis/dateTokens';
import { prepareText } from '../../server/src/analysis/text';
import { readSeed, seedNames } from '../seeds';
import { referenceDateTokens } from '../referenceDateTokens';

const PIECES = ['a', 'Z', 'é', 'É', 'ß', 'İ', 'K', '\u212a', 'ǅ', '²', '٣', '1', '7', '2011', '5', 'st', 'ST', 'nd', 'Rd', 'th', 'tH', 'x', 's', 'T',
  ',', '.', '/', ':', '-', '–', "'", '’', '‘', ' ', '  ', '\u00a0', '\u2009', '\t', '\n', '\r\n', '%', '£', '𝒜', '😀', '\uD800', '\uDC00', 'May', 'Sept'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('fast paths: date tokens', () => {
  it('the character-code scanner gives what the plain scanner gave, over the whole text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 1000 }), (t, offset) => {
        assert.deepStrictEqual(tokenize(t, offset), referenceDateTokens(t, offset), JSON.stringify(t));
      }),
      { numRuns: 20000 },
    );
  });

  it('and over any window, where a token may run past its end', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        assert.deepStrictEqual(tokenize(t, 7, from, to), referenceDateTokens(t, 7, from, to), JSON.stringify([t, from, to]));
      }),
      { numRuns: 20000 },
    );
  });

  it('a limit reads the text as if sliced there, with offsets into the whole', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        assert.deepStrictEqual(tokenize(t, 0, from, to, to), referenceDateTokens(t.slice(from, to), from), JSON.stringify([t, from, to]));
      }),
      { numRuns: 20000 },
    );
  });

  it('a window read in place within a limit gives what the window gives in the text sliced at the limit', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (t, a, b, f, g) => {
        const start = a % (t.length + 1);
        const end = start + (b % (t.length - start + 1));
        const from = f % (end - start + 1);
        const to = from + (g % (end - start - from + 1));
        assert.deepStrictEqual(tokenize(t, 0, start + from, start + to, end), tokenize(t.slice(start, end), start, from, to), JSON.stringify([t, start, end, from, to]));
      }),
      { numRuns: 20000 },
    );
  });

  it('long runs stop a window a bounded way past its end, as before', () => {
    for (const t of ['1'.repeat(500), 'a'.repeat(500), `${'1'.repeat(70)}th`, `x ${'9'.repeat(63)}st`, `${'ab’'.repeat(100)}`]) {
      for (const [from, to] of [[0, 10], [2, 60], [0, t.length]]) {
        assert.deepStrictEqual(tokenize(t, 3, from, to), referenceDateTokens(t, 3, from, to));
      }
    }
  });

  it('gives the same tokens on every seed sentence', () => {
    let count = 0;
    for (const name of seedNames()) {
      const article = prepareText(readSeed(name.slice(0, 3)));
      for (const s of article.sentences) {
        const toks = tokenize(s.text, s.start);
        assert.deepStrictEqual(toks, referenceDateTokens(s.text, s.start));
        assert.deepStrictEqual(tokenize(article.text, 0, s.start, s.end, s.end), toks);
        count += toks.length;
      }
    }
    assert.ok(count > 1000);
  });
});
