// The bad-input matrix: each input an editor may hand the analysis, with the outcome it must have.
// Every case runs in a worker with a memory cap and a deadline (see isolatedAnalysis.ts), so a hang
// or a blow-up fails that case alone; each prints its size and time for the matrix in the report.
import * as assert from 'assert';
import { analyzeArticle } from '../../server/src/analysis/analyze';
import { ArticleAnalysis } from '../../server/src/analysis/schema';
import { csvText, logText, PATHOLOGICAL } from '../badInputs';
import { IsolatedAnalyser, Outcome } from '../isolatedAnalysis';
import { readSeed, seedNames } from '../seeds';

const SEEDS_JOINED = seedNames().map((n) => readSeed(n.slice(0, 3)).replace(/\r\n?/g, '\n')).join('\n\n');
const worker = new IsolatedAnalyser(3072);

function row(name: string, o: Outcome, extra = ''): void {
  const codes = Object.entries(o.codes).map(([c, k]) => `${c}×${k}`).join(' ') || 'none';
  const ms = o.ms.map((t) => t.toFixed(0)).join('/');
  console.log(`      | ${name} | ${o.length.toLocaleString('en-GB')} chars | ${ms} ms | people ${o.people.length}, dates ${o.dates}, ratings ${o.ratings}, diagnostics ${codes}${extra} |`);
}

function sound(o: Outcome, what: string): void {
  assert.strictEqual(o.error, null, `${what}: analysis threw`);
  assert.strictEqual(o.badSpan, null, `${what}: ${o.badSpan}`);
  assert.strictEqual(o.schemaIssues, null, `${what}: ${o.schemaIssues}`);
}

describe('bad-input matrix', function () {
  this.timeout(60000);
  before(() => worker.run({ parts: [[SEEDS_JOINED, 1]] }, 20000)); // loads the dictionary once
  after(() => worker.close());

  it('empty file: nothing found, nothing reported', async () => {
    const o = await worker.run({ parts: [] }, 5000);
    row('empty', o);
    sound(o, 'empty');
    assert.deepStrictEqual([o.people, o.organisations, o.ratings, o.dates, o.codes], [[], 0, 0, 0, {}]);
  });

  it('whitespace only (spaces, tabs, NBSP, CR, LF, CRLF, U+2028): nothing found, nothing reported', async () => {
    const o = await worker.run({ parts: [[' \t\u00a0\r\n\r\n\u2028\n  ', 300]] }, 5000);
    row('whitespace only', o);
    sound(o, 'whitespace');
    assert.deepStrictEqual([o.people, o.organisations, o.ratings, o.dates, o.codes], [[], 0, 0, 0, {}]);
  });

  it('50 MB of articles: heavy checks skipped with one too-large-to-check finding; people and dates still found', async () => {
    const small = await worker.run({ parts: [[SEEDS_JOINED, 1]] }, 10000);
    const copies = Math.ceil(50_000_000 / SEEDS_JOINED.length);
    const o = await worker.run({ parts: [[SEEDS_JOINED + '\n\n', copies]] }, 50000);
    row('50 MB (seeds repeated)', o);
    sound(o, '50 MB');
    assert.deepStrictEqual(o.codes, { 'too-large-to-check': 1 }, 'only the one note, no spelling or consistency findings');
    for (const name of small.people) assert.ok(o.people.includes(name), `${name} is found in one copy but not in 50 MB`);
    if (small.dates > 0) assert.ok(o.dates >= small.dates * copies * 0.9, `dates: ${o.dates} in 50 MB, ${small.dates} per copy`);
    if (small.ratings > 0) assert.ok(o.ratings >= small.ratings * copies * 0.9, `ratings: ${o.ratings} in 50 MB, ${small.ratings} per copy`);
  });

  it('a 1 MB single line of article text: analysed in full (a footer phrase inside it drops nothing), spans right', async () => {
    const line = SEEDS_JOINED.replace(/\n+/g, ' ');
    // the baseline is one copy on one line: bylines and signatures are known by their lines, which a single line has not
    const small = await worker.run({ parts: [[line, 1]] }, 10000);
    const o = await worker.run({ parts: [[line + ' ', Math.ceil(1_000_000 / (line.length + 1))]] }, 30000);
    row('1 MB single line', o);
    sound(o, '1 MB line');
    assert.ok(!o.codes['too-large-to-check'], 'a megabyte is under the default limit');
    for (const name of small.people) assert.ok(o.people.includes(name), `${name} is found in one copy of the line but not in 1 MB of it`);
    assert.ok(o.dates >= small.dates, `dates: ${o.dates} in 1 MB, ${small.dates} in one copy`);
    assert.ok((o.codes.spelling ?? 0) >= (small.codes.spelling ?? 0), `spelling: ${o.codes.spelling} in 1 MB, ${small.codes.spelling} in one copy`);
  });

  it('a paragraph that mentions a privacy policy or ends in "magazine" is article text, not site furniture', () => {
    const para = 'Mr John Smith, the director of children’s services, said on 3 March 2024 that the council had changed its privacy policy and its terms and conditions after the report in the local magazine';
    const a = analyzeArticle(`Headline about the council\n${para}\nCouncillor Jane Brown said she was pleased.`);
    assert.ok(a.dates.some((d) => d.text.includes('March 2024')) || a.people.some((p) => p.name === 'John Smith'), JSON.stringify({ people: a.people.map((p) => p.name), dates: a.dates.map((d) => d.text) }));
  });

  it('binary files (NUL bytes, a PNG header): one binary-file finding and nothing else', async () => {
    for (const [name, text] of [['NUL in text', 'abc\u0000def ' + SEEDS_JOINED], ['PNG header', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000']]) {
      const o = await worker.run({ parts: [[text, 1]] }, 5000);
      row(`binary: ${name}`, o);
      sound(o, name);
      assert.deepStrictEqual([o.people, o.organisations, o.ratings, o.dates, o.codes], [[], 0, 0, 0, { 'binary-file': 1 }], name);
    }
  });

  describe('line endings and a byte-order mark keep positions right', () => {
    type Mapper = (offset: number, lf: string) => number;
    const FORMS: [string, (lf: string) => string, Mapper][] = [
      ['CRLF', (lf) => lf.replace(/\n/g, '\r\n'), (o, lf) => o + (lf.slice(0, o).match(/\n/g)?.length ?? 0)],
      ['lone CR', (lf) => lf.replace(/\n/g, '\r'), (o) => o],
      ['BOM', (lf) => '\uFEFF' + lf, (o) => o + 1],
      ['BOM + CRLF', (lf) => '\uFEFF' + lf.replace(/\n/g, '\r\n'), (o, lf) => 1 + o + (lf.slice(0, o).match(/\n/g)?.length ?? 0)],
    ];

    function keys(a: ArticleAnalysis, map: (o: number) => number): string[] {
      const k = (kind: string, s: { start: number; end: number }) => `${kind} ${map(s.start)}-${map(s.end)}`;
      return [
        ...a.people.flatMap((p) => p.mentions.map((m) => k(`person ${p.name}`, m))),
        ...a.organisations.flatMap((o) => o.mentions.map((m) => k(`organisation ${o.name}`, m))),
        ...a.ratings.map((r) => k(`rating ${r.grade} ${r.status} ${r.date}`, r)),
        ...a.dates.map((d) => k(`date ${d.resolved}`, d)),
        ...a.diagnostics.map((d) => k(`diagnostic ${d.code}`, d)),
      ].sort();
    }

    for (const [form, convert, mapOffset] of FORMS) {
      it(`${form}: the same facts as LF at the same places, on every seed`, () => {
        for (const name of seedNames()) {
          const lf = readSeed(name.slice(0, 3)).replace(/\r\n?/g, '\n');
          const text = convert(lf);
          const t0 = performance.now();
          const got = analyzeArticle(text);
          const ms = performance.now() - t0;
          for (const m of got.people.flatMap((p) => p.mentions).concat(got.dates, got.ratings, got.diagnostics)) {
            assert.strictEqual(text.slice(m.start, m.end), m.text, `${form} ${name}: span ${m.start}-${m.end}`);
          }
          assert.deepStrictEqual(keys(got, (o) => o), keys(analyzeArticle(lf), (o) => mapOffset(o, lf)), `${form} ${name}`);
          if (name.startsWith('000')) console.log(`      | ${form} seed 000 | ${text.length} chars | ${ms.toFixed(0)} ms | same facts as LF |`);
        }
      });
    }
  });

  it('a CSV and a log file saved as .txt: analysed, spans right; the count is what the server caps (see survival tests)', async () => {
    for (const [name, text] of [['CSV, 1,000 rows', csvText(1000)], ['log, 1,000 lines', logText(1000)]]) {
      const o = await worker.run({ parts: [[text, 1]] }, 30000);
      const total = Object.values(o.codes).reduce((a, b) => a + b, 0);
      row(name, o, `, ${total} findings before the server's cap of 500`);
      sound(o, name);
    }
  });

  describe('pathological input for the regular expressions: finishes, and 4n costs at most ~12x n', () => {
    for (const p of PATHOLOGICAL) {
      it(p.name, async () => {
        const small = await worker.run({ parts: [[p.make(p.n), 1]], runs: 3 }, 20000);
        const large = await worker.run({ parts: [[p.make(4 * p.n), 1]], runs: 3 }, 30000);
        sound(small, `${p.name} at n`);
        sound(large, `${p.name} at 4n`);
        const tn = Math.min(...small.ms);
        const t4n = Math.min(...large.ms);
        row(p.name, large, `; n: ${tn.toFixed(1)} ms, 4n: ${t4n.toFixed(1)} ms, ratio ${(t4n / tn).toFixed(1)}`);
        // Below a few milliseconds the timer and the garbage collector dominate, so small times count as 5 ms.
        assert.ok(t4n <= 12 * Math.max(tn, 5), `${p.name}: ${tn.toFixed(1)} ms at n=${p.n}, ${t4n.toFixed(1)} ms at 4n: not linear`);
      });
    }
  });
});
