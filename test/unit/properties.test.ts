// Property tests of the whole analysis on random text: article sentences from the seeds mixed with
// the characters editors really contain (surrogate pairs, lone surrogates, combining marks,
// right-to-left text, zero-width characters, every kind of quote, CR/LF/CRLF, very long tokens).
import * as assert from 'assert';
import fc from 'fast-check';
import { describeText, IsolatedAnalyser, Job, Outcome } from '../isolatedAnalysis';
import { readSeed, seedNames } from '../seeds';

const RUNS = 200;

const SENTENCES = seedNames()
  .flatMap((n) => readSeed(n.slice(0, 3)).split(/\r\n|\r|\n/))
  .map((l) => l.trim())
  .filter((l) => l.length > 0);

const ODD = [
  '😀', '𝒜𝒷𝒸', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\uD800', '\uDC00', 'e\u0301', 'Zoe\u0308', 'A\u030A\u0327',
  'مدير الخدمات', 'שלום', '\u202Eevil\u202C', '\u200F', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00A0', '\u2028', '\u2029',
  '’', "'", '“', '”', '‘', '"', '„', '«', '»', '‹', '›', '–', '—', '-', '\r\n', '\r', '\n', '\t', ' ', '  ',
  'Mr', 'Mrs.', 'Dr', 'Cllr', 'MALCOLM', 'SIGNIFICANT', 'Ofsted', '‘good’', '“inadequate”', 'January', '2011', '31', ',', '.', '!', '?',
];

/** Long words as pasted URLs, hashes and runs produce; the very long ones have a property of their own. */
const longWord = fc.oneof(
  fc.integer({ min: 20, max: 40 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 3, max: 15 }).map((n) => 'Capital'.repeat(n)),
  fc.integer({ min: 20, max: 80 }).map((n) => '’'.repeat(n)),
  fc.integer({ min: 20, max: 80 }).map((n) => '😀'.repeat(n)),
);

const longToken = fc.oneof(
  fc.integer({ min: 200, max: 20000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 200, max: 5000 }).map((n) => 'Capital'.repeat(n)),
  fc.integer({ min: 100, max: 5000 }).map((n) => '’'.repeat(n)),
  fc.integer({ min: 100, max: 3000 }).map((n) => '😀'.repeat(n)),
);

const sentence = fc.constantFrom(...SENTENCES);
const odd = fc.constantFrom(...ODD);

/** A seed sentence with odd characters put inside it, so they land within words and names. */
const salted = fc
  .tuple(sentence, fc.array(fc.tuple(fc.nat(), odd), { maxLength: 4 }))
  .map(([s, inserts]) => inserts.reduce((t, [at, c]) => t.slice(0, at % (t.length + 1)) + c + t.slice(at % (t.length + 1)), s));

const chunk = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 4, arbitrary: salted },
  { weight: 3, arbitrary: odd },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/\u0000/g, '')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: longWord },
);

const separator = fc.constantFrom(' ', '\n', '\r\n', '\r', '\n\n', ' \u00A0', '\u2028', '');

const articleLike = fc
  .array(fc.tuple(chunk, separator), { maxLength: 30 })
  .map((parts) => parts.map(([c, s]) => c + s).join(''));

const withLongToken = fc.tuple(sentence, longToken, sentence).map(([a, t, b]) => `${a} ${t} ${b}`);

async function checkProperty(name: string, job: (text: string) => Job, verdict: (o: Outcome) => string | null, texts = articleLike, runs = RUNS): Promise<void> {
  const started = Date.now();
  let spans = 0;
  const result = await fc.check(
    fc.asyncProperty(texts, async (text) => {
      const o = await worker.run(job(text), CASE_MS);
      if (o.error) return fail(`analyzeArticle threw: ${o.error}`);
      spans += Object.values(o.codes).reduce((x, y) => x + y, 0) + o.dates + o.ratings;
      const why = verdict(o);
      return why ? fail(why) : true;
    }),
    { numRuns: runs, endOnFailure: true },
  );
  console.log(`      ${name}: ${result.numRuns} texts in ${Date.now() - started} ms`);
  if (result.failed) {
    const [text] = result.counterexample ?? [''];
    assert.fail(`failed after ${result.numRuns} texts (fast-check seed ${result.seed}) on ${describeText(text)}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

const worker = new IsolatedAnalyser();
/** Generous: a small random text takes milliseconds; only a runaway check comes near this. */
const CASE_MS = 5000;

describe('analysis properties on random article-like text', function () {
  this.timeout(60000);
  const other = readSeed('000');
  after(() => worker.close());

  it(`never throws; every span lies in the text and reads what the text says there; the zod schema accepts the result (${RUNS} cases)`, () =>
    checkProperty('spans and schema', (text) => ({ parts: [[text, 1]] }), (o) => o.badSpan ?? o.schemaIssues));

  it(`gives the same result for the same text, whatever was analysed in between (${RUNS} cases)`, () =>
    checkProperty('determinism', (text) => ({ parts: [[text, 1]], interleave: `${other}\nMr John Smith, the director of children’s services, said on 3 March 2024 it was ‘good’.` }), (o) =>
      o.deterministic ? null : `the second analysis of the same text differs from the first: ${o.difference}`));

  it('finishes on sentences around one very long token (200 to 20,000 characters), with right spans (40 cases)', () =>
    checkProperty('long tokens', (text) => ({ parts: [[text, 1]] }), (o) => o.badSpan ?? o.schemaIssues, withLongToken, 40));

  it('holds the span and schema properties on every seed written with LF, CRLF, lone CR and a BOM', async () => {
    for (const name of seedNames()) {
      const lf = readSeed(name.slice(0, 3)).replace(/\r\n?/g, '\n');
      for (const [form, text] of [['LF', lf], ['CRLF', lf.replace(/\n/g, '\r\n')], ['CR', lf.replace(/\n/g, '\r')], ['BOM', '\uFEFF' + lf]]) {
        const o = await worker.run({ parts: [[text, 1]] }, CASE_MS);
        assert.strictEqual(o.error, null, `${name} ${form}`);
        assert.strictEqual(o.badSpan, null, `${name} ${form}`);
        assert.strictEqual(o.schemaIssues, null, `${name} ${form}`);
      }
    }
  });
});
