// The hand-written fast paths of the analysis give the same answers as the plain versions they
// replaced: random strings over small alphabets, where near misses are common.
import * as assert from 'assert';
import fc from 'fast-check';
import { oneEditApart } from '../../server/src/analysis/consistencyUtil';
import { editDistance } from '../../server/src/analysis/nearMiss';
import { NameToken, tokenize } from '../../server/src/analysis/nameTokens';
import { prepareText } from '../../server/src/analysis/text';
import { NUMBER_WORD_SOURCE } from '../../server/src/analysis/consistencyUtil';
import { nextCount, nextNumber } from '../../server/src/analysis/counts';
import { nextCapitalised, nextCapitalisedIn } from '../../server/src/analysis/capitalisedWords';
import { readSeed, seedNames } from '../seeds';
import { referenceNameTokens, referenceSpellTokens } from '../referenceTokenisers';
import { RangeSet, hashRange, spellTokens } from '../../server/src/analysis/spellingTokens';

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

/** A token's fields as a plain object, whatever form the tokeniser gives them in. */
function plain(t: NameToken): NameToken {
  const { text, start, end, lower, capital, allCaps, possessive, gap, initial } = t;
  return { text, start, end, lower, capital, allCaps, possessive, gap, initial };
}

const ODD = ['a', 'Z', 'é', 'É', 'e\u0301', '\u0301', '1', '²', '٣', "'", '’', '‘', '-', '—', ' ', '\u00a0', ',', '.', '“', ':', '(', 's', 'S',
  '𝒜', '😀', '\uD800', '\uDC00', 'İ', 'ß', 'ǅ', 'Ⅻ', '\t', '\n'];

describe('fast paths: name tokens', () => {
  it('the hand-written tokeniser gives what the regular expression gave', () => {
    fc.assert(
      fc.property(word(ODD, 30), fc.integer({ min: 0, max: 1000 }), (text, offset) => {
        assert.deepStrictEqual(tokenize(text, offset).map(plain), referenceNameTokens(text, offset), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('gives the same tokens on every seed sentence, and the same read in place from the article text', () => {
    for (const name of seedNames()) {
      const article = prepareText(readSeed(name.slice(0, 3)));
      for (const s of article.sentences) {
        const want = referenceNameTokens(s.text, s.start);
        assert.deepStrictEqual(tokenize(s.text, s.start).map(plain), want);
        assert.deepStrictEqual(tokenize(article.text, 0, s.start, s.end).map(plain), want);
      }
    }
  });

  it('a range of a text gives what the slice gives, reading nothing outside it (split surrogates, words running on)', () => {
    fc.assert(
      fc.property(word(ODD, 30), fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        assert.deepStrictEqual(tokenize(text, 0, from, to).map(plain), tokenize(text.slice(from, to), from).map(plain), JSON.stringify([text, from, to]));
      }),
      { numRuns: 20000 },
    );
  });
});

/** Every match of a global pattern, as [index, text] pairs. */
function globalMatches(re: RegExp, text: string): Array<[number, string]> {
  re.lastIndex = 0;
  const out: Array<[number, string]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function scannedMatches(next: (s: string, from: number) => RegExpExecArray | null, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let m = next(text, 0); m; m = next(text, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

function scannedSpans(next: (s: string, from: number) => { start: number; end: number } | null, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let m = next(text, 0); m; m = next(text, m.end)) out.push([m.start, text.slice(m.start, m.end)]);
  return out;
}

const NUMBER_GLOBAL = new RegExp(`(?<![\\d.,£$€\\p{L}-])(\\d{1,3}(?:,\\d{3})+|\\d{1,7}|${NUMBER_WORD_SOURCE})(?![\\d\\p{L}%]|[.,]\\d)`, 'giu');
const CAPITALISED_GLOBAL = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;
const PIECES = ['Ab-Cd', '-', 'A-b', 'Ab-', 'Ab-C', 'Ab-é', 'Abé', 'Éa', 'one', 'Two', 'SEVEN', 'seventeen', 'twenty', 'five', 'ſix', 'eight', 'y', 'teen', 'ten', 'on', 'e', 'x', '1', '12345678', '2011',
  '.', ',', '%', '£', '-', ' ', '\u00a0', 'é', 'É', 'Mc', 'Donald', 'A', 'b', 'Ü', '𝐀', '𝐚', '😀', '\uD835', '\uDC00', 'İ', 'ǅ', "'"];

describe('fast paths: scanners that replace global patterns', () => {
  it('nextNumber finds what the global number pattern found', () => {
    fc.assert(
      fc.property(word(PIECES, 25), (text) => {
        assert.deepStrictEqual(scannedMatches(nextNumber, text), globalMatches(NUMBER_GLOBAL, text), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('nextCount finds on the name tokens what the global number pattern found', () => {
    // As countsIn calls it: the sentence's own tokens, the article's text, a cursor moved past each count.
    const counted = (text: string): Array<[number, string]> => {
      const out: Array<[number, string]> = [];
      const s = { start: 3, end: 3 + text.length, text, line: 0 };
      const toks = tokenize(text, 3);
      const at = { from: 0, i: 0 };
      for (let m = nextCount(s, toks, `\n\n ${text}`, at); m; m = nextCount(s, toks, `\n\n ${text}`, at)) {
        out.push([m.index, m[0]]);
        at.from = m.index + m[0].length;
      }
      return out;
    };
    fc.assert(
      fc.property(word([...PIECES, '’', '\u0301', '²', 'x'], 25), (text) => {
        assert.deepStrictEqual(counted(text), globalMatches(NUMBER_GLOBAL, text), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
    for (const name of seedNames()) {
      const article = prepareText(readSeed(name.slice(0, 3)));
      for (const s of article.sentences) assert.deepStrictEqual(counted(s.text), globalMatches(NUMBER_GLOBAL, s.text));
    }
  });

  it('nextCapitalisedIn finds on the name tokens what the global capitalised-word pattern found', () => {
    // As scanNearMisses calls it: the sentence's own tokens, the article's text, a cursor moved past each word.
    const found = (text: string): Array<[number, string]> => {
      const out: Array<[number, string]> = [];
      const s = { start: 3, end: 3 + text.length, text, line: 0 };
      const toks = tokenize(text, 3);
      const at = { from: 0, i: 0 };
      for (let m = nextCapitalisedIn(s, toks, `\n\n ${text}`, at); m; m = nextCapitalisedIn(s, toks, `\n\n ${text}`, at)) {
        out.push([m.start, text.slice(m.start, m.end)]);
        at.from = m.end;
      }
      return out;
    };
    fc.assert(
      fc.property(word([...PIECES, 'Mc', 'iP', 'AB', 'x', '’s', 'Smith', '5'], 25), (text) => {
        assert.deepStrictEqual(found(text), globalMatches(CAPITALISED_GLOBAL, text), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
    for (const name of seedNames()) {
      const article = prepareText(readSeed(name.slice(0, 3)));
      for (const s of article.sentences) assert.deepStrictEqual(found(s.text), globalMatches(CAPITALISED_GLOBAL, s.text));
    }
  });

  it('nextCapitalised finds what the global capitalised-word pattern found', () => {
    fc.assert(
      fc.property(word(PIECES, 25), (text) => {
        assert.deepStrictEqual(scannedSpans(nextCapitalised, text), globalMatches(CAPITALISED_GLOBAL, text), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('both agree with the patterns on every seed sentence', () => {
    for (const name of seedNames()) {
      const article = prepareText(readSeed(name.slice(0, 3)));
      for (const s of article.sentences) {
        // As the checks call them: characters read from the article's text at the sentence's offset.
        const numbers = (t: string, from: number) => nextNumber(t, from, article.text, s.start);
        const capitalised = (t: string, from: number) => nextCapitalised(t, from, article.text, s.start);
        assert.deepStrictEqual(scannedMatches(numbers, s.text), globalMatches(NUMBER_GLOBAL, s.text));
        assert.deepStrictEqual(scannedSpans(capitalised, s.text), globalMatches(CAPITALISED_GLOBAL, s.text));
      }
    }
  });
});

const SPELL_PIECES = ['a', 'Z', 'é', 'e\u0301', '1', '٣', "'", '’', '‘', '-', '\u2010', '\u2011', '--', ' ', '\u00a0', '\u2009', '\t', '\n', ',', '.',
  ':', '“', '"', '@', 'www.', 'x.com', '://', 's', 'co', 'op', '𝒜', '\uD800', 'İ'];

describe('fast paths: spelling tokens', () => {
  it('the buffer tokeniser gives what the first tokeniser gave', () => {
    fc.assert(
      fc.property(word(SPELL_PIECES, 30), fc.integer({ min: 0, max: 1000 }), (text, offset) => {
        assert.deepStrictEqual(spellTokens(text, offset), referenceSpellTokens(text, offset), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('gives the same tokens on every seed sentence', () => {
    for (const name of seedNames()) {
      for (const s of prepareText(readSeed(name.slice(0, 3))).sentences) assert.deepStrictEqual(spellTokens(s.text, s.start), referenceSpellTokens(s.text, s.start));
    }
  });

  it('RangeSet answers for a range of a text as a Set of strings would, through growth and its limit', () => {
    const set = new RangeSet(5000);
    const plain = new Set<string>();
    const text = 'the council’s children services were rated good';
    for (let i = 0; i < 12000; i++) {
      const w = `w${i % 7000}`;
      if (plain.size >= 5000) plain.clear();
      plain.add(w);
      set.add(w, hashRange(w, 0, w.length));
    }
    for (let i = 0; i < 7000; i++) {
      const w = `w${i}`;
      const padded = `x${w}y`;
      assert.strictEqual(set.has(padded, 1, padded.length - 1, hashRange(w, 0, w.length)), plain.has(w), w);
    }
    set.add('council’s', hashRange('council’s', 0, 9));
    assert.ok(set.has(text, 4, 13, hashRange(text, 4, 13)));
    assert.ok(!set.has(text, 4, 11, hashRange(text, 4, 11)));
  });
});
