// The server survives anything an editor sends it: a failing analysis, an unhandled rejection,
// a burst of edits, ten thousand documents, files that are not articles, and bad settings.
// All through the real server over stdio, asked what an editor would ask.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { csvText, logText } from '../badInputs';
import { readSeed, ROOT, SEEDS } from '../seeds';
import { DEFAULT_CAPABILITIES, PublishedDiagnostics, TestClient } from './lspClient';
import { endOf, rssMb, sleep, until, Watched } from './watchedClient';

const FAULTY_SERVER = path.join(ROOT, 'out', 'test', 'protocol', 'faultyServer.js');

const seed000 = readSeed('000');
const file = (name: string) => path.join(SEEDS, 'survival', name);
const codes = (d: PublishedDiagnostics) => d.diagnostics.map((x) => x.code);

describe('server survival: a failing analysis and unhandled rejections', function () {
  this.timeout(30000);
  let client: TestClient;
  let w: Watched;
  before(async () => {
    assert.ok(fs.existsSync(FAULTY_SERVER), `build first: ${FAULTY_SERVER}`);
    client = new TestClient(FAULTY_SERVER);
    w = new Watched(client);
    await client.initialize();
  });
  after(() => client.close());

  it('logs an exception in one document, gives it no results, and keeps serving the others', async () => {
    const good = await client.open(file('good.txt'), seed000);
    await client.waitForDiagnostics(good, (d) => codes(d).includes('spelling'));
    const bad = await client.open(file('bad.txt'), `${seed000}\nFAULT:THROW`);
    const published = await client.waitForDiagnostics(bad);
    assert.deepStrictEqual(published.diagnostics, [], 'the failing document gets no results');
    await until('the error in the log', () => w.logs(1).some((m) => m.includes(bad) && m.includes('deliberate failure inside the analysis')));
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: bad } }), []);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri: bad }, position: { line: 0, character: 3 } }), null);
    // The other document still answers, and still follows its edits.
    assert.ok(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument: { uri: good } })));
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: good, version: 2 }, contentChanges: [{ range: { start: endOf(seed000), end: endOf(seed000) }, text: ' Febuary.' }] });
    const after = await client.waitForDiagnostics(good, (d) => d.version === 2);
    assert.ok(after.diagnostics.some((x) => x.code === 'spelling' && x.range.start.line === endOf(seed000).line), 'the new misspelling is found');
    // Once the fault is gone the document is analysed again.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: bad, version: 2 }, contentChanges: [{ text: seed000 }] });
    const recovered = await client.waitForDiagnostics(bad, (d) => d.version === 2);
    assert.ok(codes(recovered).includes('spelling'));
    assert.ok(w.alive());
  });

  it('logs an unhandled rejection and carries on', async () => {
    const uri = await client.open(file('reject.txt'), `${seed000}\nFAULT:REJECT`);
    const d = await client.waitForDiagnostics(uri);
    assert.ok(codes(d).includes('spelling'), 'the document is still analysed');
    await until('the rejection in the log', () => w.logs(1).some((m) => /unhandled rejection/i.test(m) && m.includes('deliberate unhandled rejection')));
    assert.ok(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument: { uri } })));
    assert.ok(w.alive());
    assert.deepStrictEqual(w.applyEdits, []);
  });
});

describe('server survival: bursts, many documents, files that are not articles, settings', function () {
  this.timeout(60000);
  let client: TestClient;
  let w: Watched;
  before(async () => {
    client = new TestClient(undefined, ['--expose-gc']);
    w = new Watched(client);
    client.settings = { diagnostics: { maxPerFile: 'lots' } };
    await client.initialize();
  });
  after(() => client.close());

  it('reports an invalid setting once, naming it, and uses its default (maxPerFile 500 caps a CSV and a log saved as .txt)', async () => {
    await until('the settings to be read', () => w.configurationRequests > 0);
    await until('a warning', () => w.warnings().length > 0);
    assert.strictEqual(w.warnings().length, 1, w.warnings().join('\n---\n'));
    assert.match(w.warnings()[0], /inspectionLens\.diagnostics\.maxPerFile/);
    console.log(`      warning (${w.messageRequests.length ? 'window/showMessageRequest' : 'window/showMessage'}): ${JSON.stringify(w.warnings()[0])}`);
    for (const [name, text] of [['export.csv.txt', csvText(1000)], ['server.log.txt', logText(1000)]]) {
      const t0 = Date.now();
      const uri = await client.open(file(name), text);
      const d = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 30000);
      const note = d.diagnostics.filter((x) => x.code === 'diagnostics-capped');
      console.log(`      | ${name} through the server | ${text.length} chars | ${Date.now() - t0} ms | ${d.diagnostics.length} diagnostics published, cap note: ${note[0]?.message} |`);
      assert.strictEqual(d.diagnostics.length, 501, `${name}: 500 findings and the note`);
      assert.strictEqual(note.length, 1);
      assert.match(note[0].message, /first 500 of \d+ findings/);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    // The same bad setting read again is not reported again.
    const asked = w.configurationRequests;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await until('the settings to be read again', () => w.configurationRequests > asked);
    await sleep(200);
    assert.strictEqual(w.warnings().length, 1);
  });

  it('reads settings through workspace/configuration when they change', async () => {
    const uri = await client.open(file('settings.txt'), seed000);
    await client.waitForDiagnostics(uri, (d) => codes(d).includes('spelling'));
    client.settings = { diagnostics: { disabled: ['spelling'], maxPerFile: 50 } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, (d) => !codes(d).includes('spelling'));
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, (d) => codes(d).includes('spelling'));
    assert.strictEqual(w.warnings().length, 1, 'valid settings bring no new warning');
  });

  it('tells once, in one finding and no pop-up, that a document above maxCheckedLength is only partly checked, edit after edit', async () => {
    client.settings = { maxCheckedLength: 1000 };
    const asked = w.configurationRequests;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await until('the settings to be read', () => w.configurationRequests > asked);
    await sleep(50);
    let text = seed000;
    const uri = await client.open(file('large.txt'), text);
    for (let v = 2; v <= 6; v++) {
      const at = endOf(text);
      text += ' Another sentence.';
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: at, end: at }, text: ' Another sentence.' }] });
      await client.waitForDiagnostics(uri, (d) => d.version === v);
    }
    for (const p of w.publishes(uri)) assert.deepStrictEqual(codes(p), ['too-large-to-check'], `version ${p.version}`);
    assert.strictEqual(w.warnings().length, 1, 'no pop-up for a large document');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('ends a burst of 1,000 incremental didChange notifications with diagnostics for the last version only', async () => {
    let text = 'The council said it had improved.';
    const uri = await client.open(file('burst.txt'), text);
    const t0 = Date.now();
    for (let v = 2; v <= 1001; v++) {
      const add = v === 1001 ? ' It was Januray.' : ' More.';
      const at = endOf(text);
      text += add;
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: at, end: at }, text: add }] });
    }
    const last = await client.waitForDiagnostics(uri, (d) => d.version === 1001, 20000);
    await sleep(400); // past the workspace timer, to catch any late publish of an older version
    const versions = w.publishes(uri).map((p) => p.version ?? 0);
    console.log(`      | 1,000 didChange | ${text.length} chars | ${Date.now() - t0} ms | ${versions.length} publishes, versions ${[...new Set(versions)].join(', ')} |`);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}`);
    assert.strictEqual(versions[versions.length - 1], 1001);
    const januray = last.diagnostics.find((x) => x.code === 'spelling');
    assert.ok(januray, 'the word added by the last edit is checked');
    assert.deepStrictEqual(januray.range.start, { line: 0, character: text.length - 'Januray.'.length });
  });

  it('opens and closes 10,000 small documents, clears their diagnostics, and returns to the memory it started with', async () => {
    const body = (i: number) => `Mr John Smith${i}, the director of children’s services at Anytown Council, said on 3 March 2024 that Ofsted rated it ‘good’. Document ${i}.`;
    const batch = async (from: number, size: number): Promise<string[]> => {
      const uris: string[] = [];
      for (let i = from; i < from + size; i++) uris.push(await client.open(file(`many/${i}.txt`), body(i)));
      await until(`diagnostics for documents ${from}..`, () => uris.every((u) => client.diagnostics.get(u)?.version === 1), 30000);
      for (const uri of uris) void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await until(`diagnostics cleared for documents ${from}..`, () => uris.every((u) => client.diagnostics.get(u)?.diagnostics.length === 0 && client.diagnostics.get(u)?.version === undefined), 30000);
      return uris;
    };
    await batch(-500, 500); // warm-up: dictionary, caches, JIT
    await sleep(500);
    const before = rssMb(w.pid());
    const t0 = Date.now();
    const all: string[] = [];
    for (let from = 0; from < 10_000; from += 500) all.push(...(await batch(from, 500)));
    await sleep(1000);
    const after = rssMb(w.pid());
    console.log(`      | 10,000 documents opened and closed | ${body(0).length} chars each | ${Date.now() - t0} ms | VmRSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after |`);
    assert.ok(all.every((u) => client.diagnostics.get(u)?.diagnostics.length === 0), 'every closed document has its diagnostics cleared');
    assert.ok(after - before < 50, `VmRSS grew from ${before.toFixed(0)} MB to ${after.toFixed(0)} MB`);
    assert.ok(w.alive());
  });

  it('never sends workspace/applyEdit on its own, not even after quick-fix requests', async () => {
    const uri = await client.open(file('fixes.txt'), seed000);
    const d = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    for (const diagnostic of d.diagnostics) await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    await sleep(300);
    assert.deepStrictEqual(w.applyEdits, []);
  });
});

describe('settings for a client without workspace/configuration', function () {
  this.timeout(30000);
  let client: TestClient;
  let w: Watched;
  before(async () => {
    client = new TestClient();
    w = new Watched(client);
    const { configuration: _ignored, ...workspace } = DEFAULT_CAPABILITIES.workspace;
    await client.initialize({ ...DEFAULT_CAPABILITIES, workspace });
  });
  after(() => client.close());

  it('takes settings from didChangeConfiguration, and reports an invalid one once, naming it', async () => {
    const uri = await client.open(file('push.txt'), seed000);
    await client.waitForDiagnostics(uri, (d) => codes(d).includes('spelling'));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { inspectionLens: { diagnostics: { disabled: ['spelling'] } } } });
    await client.waitForDiagnostics(uri, (d) => !codes(d).includes('spelling'));
    const bad = { settings: { inspectionLens: { maxCheckedLength: 'huge' } } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', bad);
    await client.waitForDiagnostics(uri, (d) => codes(d).includes('spelling')); // the disabled list went back to its default
    await client.connection.sendNotification('workspace/didChangeConfiguration', bad);
    await sleep(300);
    assert.strictEqual(w.warnings().length, 1, w.warnings().join('\n---\n'));
    assert.match(w.warnings()[0], /inspectionLens\.maxCheckedLength/);
    assert.strictEqual(w.configurationRequests, 0, 'the server does not ask a client that cannot answer');
    assert.deepStrictEqual(w.applyEdits, []);
  });
});
