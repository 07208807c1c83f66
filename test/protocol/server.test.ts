// Protocol tests: the built server as a child process over stdio, asked what an editor would ask.
import * as assert from 'assert';
import * as path from 'path';
import { readSeed, SEEDS, spanOf } from '../seeds';
import { TestClient } from './lspClient';

function position(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function hoverText(h: any): string {
  if (!h) return '';
  const c = h.contents;
  return typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n') : c.value;
}

describe('language server over stdio', function () {
  let client: TestClient;
  const seed000 = readSeed('000');
  const seed002 = readSeed('002');
  let uri000: string;
  let uri002: string;

  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(init.capabilities.documentSymbolProvider);
    assert.ok(init.capabilities.codeActionProvider);
    uri000 = await client.open(path.join(SEEDS, '000.txt'), seed000);
    uri002 = await client.open(path.join(SEEDS, '002.txt'), seed002);
  });
  after(() => client.close());

  it('hovers a later mention of a person with the canonical name and role', async () => {
    const at = spanOf(seed000, 'Mrs Westcott').start + 5;
    const text = hoverText(await client.request('textDocument/hover', { textDocument: { uri: uri000 }, position: position(seed000, at) }));
    assert.match(text, /Sue Westcott/);
    assert.match(text, /executive director of children's services/);
  });

  it('hovers a dateline with its resolved date', async () => {
    const at = spanOf(seed002, 'September 7, 2011').start + 3;
    const text = hoverText(await client.request('textDocument/hover', { textDocument: { uri: uri002 }, position: position(seed002, at) }));
    assert.match(text, /2011-09-07/);
  });

  it('hovers a relative date with what it resolves to', async () => {
    const at = spanOf(seed002, 'March this year').start + 2;
    const text = hoverText(await client.request('textDocument/hover', { textDocument: { uri: uri002 }, position: position(seed002, at) }));
    assert.match(text, /2011-03/);
  });

  it('hovers a rating with grade and status', async () => {
    const at = spanOf(seed000, 'adequate').start + 2;
    const text = hoverText(await client.request('textDocument/hover', { textDocument: { uri: uri000 }, position: position(seed000, at) }));
    assert.match(text, /Adequate/);
    assert.match(text, /awarded/);
  });

  it('gives no hover on plain words', async () => {
    const at = spanOf(seed000, 'confident').start + 2;
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri: uri000 }, position: position(seed000, at) }), null);
  });

  it('lists ratings and people in the outline', async () => {
    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri000 } });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Ratings') && names.includes('People'), `groups: ${names}`);
    const people = symbols.find((s) => s.name === 'People').children.map((c: any) => c.name);
    assert.ok(people.includes('Sue Westcott'), `people: ${people}`);
    const grades = symbols.find((s) => s.name === 'Ratings').children.map((c: any) => c.name);
    assert.ok(grades.includes('Adequate'), `ratings: ${grades}`);
  });

  it('publishes a spelling diagnostic on "Januray" with a quick fix to "January"', async () => {
    const d = await client.waitForDiagnostics(uri000, (p) => p.diagnostics.some((x) => x.code === 'spelling'));
    const span = spanOf(seed000, 'Januray');
    const januray = d.diagnostics.find((x) => x.code === 'spelling' && x.range.start.line === position(seed000, span.start).line);
    assert.ok(januray, 'no diagnostic on Januray');
    assert.deepStrictEqual(januray.range.start, position(seed000, span.start));
    assert.deepStrictEqual(januray.range.end, position(seed000, span.end));
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri: uri000 }, range: januray.range, context: { diagnostics: [januray] } });
    const replace = actions.find((a) => a.edit?.changes?.[uri000]?.[0]?.newText === 'January');
    assert.ok(replace, `actions: ${actions.map((a) => a.title)}`);
    assert.deepStrictEqual(replace.edit.changes[uri000][0].range, januray.range);
  });

  it('gives an empty outline and no diagnostics for an empty document', async () => {
    const uri = await client.open(path.join(SEEDS, 'empty.txt'), '');
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    const d = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(d.diagnostics, []);
  });

  it('refuses a binary document with one message and keeps serving others', async () => {
    const uri = await client.open(path.join(SEEDS, 'binary.txt'), 'abc\u0000def');
    const d = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(d.diagnostics.map((x) => x.code), ['binary-file']);
    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri000 } });
    assert.ok(symbols.length > 0);
  });

  it('publishes diagnostics for the latest version only after a burst of edits', async () => {
    const uri = await client.open(path.join(SEEDS, 'burst.txt'), 'Start.');
    let text = 'Start.';
    for (let v = 2; v <= 40; v++) {
      text += ' More.';
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    }
    const d = await client.waitForDiagnostics(uri, (p) => p.version === 40);
    assert.strictEqual(d.version, 40);
  });
});
