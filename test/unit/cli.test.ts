// The CLI as a user runs it: the bundled dist/cli.js through bin/inspection-annotate.js.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisOutput } from '../../server/src/analysis/schema';
import { ROOT, SEEDS } from '../seeds';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'inspection-annotate.js'), ...args], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('inspection-annotate', () => {
  it('prints schema-valid JSON for the seeds folder, with every span matching its text', () => {
    const r = run(['--json', SEEDS]);
    assert.strictEqual(r.status, 0, r.stderr);
    const out = AnalysisOutput.parse(JSON.parse(r.stdout));
    assert.strictEqual(out.length, fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length);
    for (const a of out) {
      const text = fs.readFileSync(a.file, 'utf8');
      const spans = [...a.people.flatMap((p) => p.mentions), ...a.organisations.flatMap((o) => o.mentions), ...a.ratings, ...a.dates, ...a.diagnostics];
      for (const s of spans) assert.strictEqual(text.slice(s.start, s.end), s.text, `${a.file} ${s.start}-${s.end}`);
    }
  });

  it('reports a binary file on stderr with status 2 and still reports the others', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ia-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.from([0x41, 0x00, 0x42]));
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Ofsted rated the council good in May 2018.');
    const r = run(['--json', dir]);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /a\.txt: binary file/);
    assert.strictEqual(r.stderr.trim().split('\n').length, 1);
    assert.deepStrictEqual(JSON.parse(r.stdout).map((x: any) => path.basename(x.file)), ['b.txt']);
  });

  it('does not count a byte-order mark in offsets, as editors do not', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ia-'));
    const file = path.join(dir, 'bom.txt');
    fs.writeFileSync(file, '\ufeffOfsted rated the council good in May 2018. Teh end.');
    const [a] = JSON.parse(run(['--json', file]).stdout);
    const text = fs.readFileSync(file, 'utf8').slice(1);
    for (const s of [...a.dates, ...a.ratings, ...a.diagnostics]) assert.strictEqual(text.slice(s.start, s.end), s.text);
  });

  it('reads standard input with "-"', () => {
    const r = run(['--json', '-'], 'Sue Westcott took over in January 2013.');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(JSON.parse(r.stdout)[0].file, '-');
  });

  it('rejects an unknown option and a missing path with usage and status 2', () => {
    assert.strictEqual(run(['--bogus', SEEDS]).status, 2);
    const r = run([]);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /Usage/);
  });

  it('writes SARIF 2.1.0', () => {
    const r = run(['--format', 'sarif', SEEDS]);
    const sarif = JSON.parse(r.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0].tool.driver.name, 'inspection-annotate');
  });
});
