// Protocol tests of navigation across articles: the built server over stdio, on the seeds folder as
// a workspace and on a small workspace written to a temporary folder, with answers checked exactly.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { WorkDoneProgress } from 'vscode-languageserver';
import { readSeed, SEEDS, spanOf } from '../seeds';
import { DEFAULT_CAPABILITIES, TestClient } from './lspClient';

export function position(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}
export const range = (text: string, s: { start: number; end: number }) => ({ start: position(text, s.start), end: position(text, s.end) });
export const uriOf = (file: string) => pathToFileURL(file).toString();

export const FULL_CAPABILITIES = {
  ...DEFAULT_CAPABILITIES,
  window: { workDoneProgress: true },
  workspace: { ...DEFAULT_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true }, inlayHint: { refreshSupport: true } },
  textDocument: {
    ...DEFAULT_CAPABILITIES.textDocument,
    definition: {},
    references: {},
    rename: { prepareSupport: true },
    semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    inlayHint: {},
  },
};

/** Resolves when the server has sent `inspectionLens/indexed` more than `seen` times. */
export async function indexed(client: TestClient, seen = 0, ms = 15000): Promise<any> {
  const deadline = Date.now() + ms;
  for (;;) {
    const all = client.notifications.filter((n) => n.method === 'inspectionLens/indexed');
    if (all.length > seen) return all[all.length - 1].params;
    if (Date.now() > deadline) throw new Error('the workspace was not indexed in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Decodes relative semantic tokens into absolute ones with their legend names. */
export function decodeTokens(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }) {
  const out: { line: number; character: number; length: number; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers: legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b)) });
  }
  return out;
}

describe('navigation over the seeds as a workspace', function () {
  let client: TestClient;
  let init: any;
  const seed000 = readSeed('000');
  const seed004 = readSeed('004');
  const file = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);
  const uri000 = uriOf(file('000'));
  const uri004 = uriOf(file('004'));
  const at000 = (needle: string, nth = 0, into = 2) => ({ textDocument: { uri: uri000 }, position: position(seed000, spanOf(seed000, needle, nth).start + into) });

  const progress: string[] = [];

  before(async () => {
    client = new TestClient();
    // `$/progress` is routed by token, so listen on the token the server creates.
    client.connection.onRequest('window/workDoneProgress/create', ({ token }: { token: string }) => {
      client.connection.onProgress(WorkDoneProgress.type, token, (v) => {
        progress.push(v.kind);
      });
      return null;
    });
    init = await client.initialize(FULL_CAPABILITIES, [{ uri: uriOf(SEEDS), name: 'seeds' }]);
    await client.open(file('000'), seed000);
    assert.deepStrictEqual(await indexed(client), { files: 5, skipped: 0 });
  });
  after(() => client.close());

  it('offers every navigation capability to a client that supports them, and reports indexing progress', () => {
    const c = init.capabilities;
    assert.strictEqual(c.definitionProvider, true);
    assert.strictEqual(c.referencesProvider, true);
    assert.deepStrictEqual(c.renameProvider, { prepareProvider: true });
    assert.strictEqual(c.workspaceSymbolProvider, true);
    assert.strictEqual(c.inlayHintProvider, true);
    assert.deepStrictEqual(c.semanticTokensProvider.legend, { tokenTypes: ['variable', 'namespace', 'property', 'number', 'enumMember'], tokenModifiers: ['declaration'] });
    assert.strictEqual(progress[0], 'begin');
    assert.strictEqual(progress[progress.length - 1], 'end');
  });

  it('goes from "Mrs Westcott" to the first full mention, "Sue Westcott"', async () => {
    const loc = await client.request('textDocument/definition', at000('Mrs Westcott', 1, 6));
    assert.deepStrictEqual(loc, { uri: uri000, range: range(seed000, spanOf(seed000, 'Sue Westcott')) });
  });

  it('finds every mention of Sue Westcott in this article and in the unopened council minutes', async () => {
    const refs = await client.request('textDocument/references', { ...at000('Mrs Westcott'), context: { includeDeclaration: true } });
    const expected = [
      ...[['Sue Westcott', 0], ['Mrs Westcott', 0], ['Mrs Westcott', 1], ['Mrs Westcott', 2], ['Sue Westcott', 1], ['Sue Westcott', 2]].map(([n, k]) => ({ uri: uri000, range: range(seed000, spanOf(seed000, n as string, k as number)) })),
      ...[0, 1, 2].map((k) => ({ uri: uri004, range: range(seed004, spanOf(seed004, 'Sue Westcott', k)) })),
    ];
    assert.deepStrictEqual(refs, expected);
    const withoutDecl = await client.request('textDocument/references', { ...at000('Mrs Westcott'), context: { includeDeclaration: false } });
    assert.deepStrictEqual(withoutDecl, expected.slice(1));
  });

  it('renames Sue Westcott to Sue Smith in both articles, titles kept', async () => {
    const edit = await client.request('textDocument/rename', { ...at000('Mrs Westcott', 2), newName: 'Sue Smith' });
    const surname = (text: string, needle: string, k: number) => {
      const s = spanOf(text, needle, k);
      return { range: range(text, { start: s.end - 'Westcott'.length, end: s.end }), newText: 'Smith' };
    };
    assert.deepStrictEqual(edit, {
      changes: {
        [uri000]: [['Sue Westcott', 0], ['Mrs Westcott', 0], ['Mrs Westcott', 1], ['Mrs Westcott', 2], ['Sue Westcott', 1], ['Sue Westcott', 2]].map(([n, k]) => surname(seed000, n as string, k as number)),
        [uri004]: [0, 1, 2].map((k) => surname(seed004, 'Sue Westcott', k)),
      },
    });
  });

  it('prepares a rename on a person only', async () => {
    assert.deepStrictEqual(await client.request('textDocument/prepareRename', at000('Mrs Westcott')), {
      range: range(seed000, spanOf(seed000, 'Mrs Westcott')),
      placeholder: 'Sue Westcott',
    });
    assert.strictEqual(await client.request('textDocument/prepareRename', at000('Ofsted')), null);
    assert.strictEqual(await client.request('textDocument/prepareRename', at000('confident')), null);
    await assert.rejects(client.request('textDocument/rename', { ...at000('confident'), newName: 'x' }), /Only a person/);
  });

  it('lists Sue Westcott in each article for the query "westcott"', async () => {
    const symbols = await client.request('workspace/symbol', { query: 'westcott' });
    assert.deepStrictEqual(symbols, [
      { name: 'Sue Westcott', kind: 19, location: { uri: uri000, range: range(seed000, spanOf(seed000, 'Sue Westcott')) }, containerName: `executive director of children's services · ${path.basename(file('000'))}` },
      { name: 'Sue Westcott', kind: 19, location: { uri: uri004, range: range(seed004, spanOf(seed004, 'Sue Westcott')) }, containerName: `executive director of children's services · ${path.basename(file('004'))}` },
    ]);
  });

  it('colours people, roles, organisations, dates and grades', async () => {
    const tokens = decodeTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri: uri000 } })).data, init.capabilities.semanticTokensProvider.legend);
    const tokenAt = (needle: string, nth = 0) => {
      const p = position(seed000, spanOf(seed000, needle, nth).start);
      return tokens.find((t) => t.line === p.line && t.character === p.character);
    };
    assert.deepStrictEqual(tokenAt('Sue Westcott'), { ...position(seed000, spanOf(seed000, 'Sue Westcott').start), length: 12, type: 'variable', modifiers: ['declaration'] });
    assert.deepStrictEqual(tokenAt('Mrs Westcott')?.modifiers, []);
    assert.strictEqual(tokenAt('executive director of children’s services')?.type, 'property');
    assert.strictEqual(tokenAt('Ofsted')?.type, 'namespace');
    assert.strictEqual(tokenAt('June 2010')?.type, 'number');
    assert.strictEqual(tokenAt('adequate')?.type, 'enumMember');
    assert.strictEqual(tokenAt('confident'), undefined);
    const line = position(seed000, spanOf(seed000, 'Sue Westcott', 1).start).line;
    const ranged = decodeTokens((await client.request('textDocument/semanticTokens/range', { textDocument: { uri: uri000 }, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } })).data, init.capabilities.semanticTokensProvider.legend);
    assert.deepStrictEqual(ranged, tokens.filter((t) => t.line === line));
  });

  it('shows what "in January" resolves to, and nothing after dates written in full', async () => {
    const hints: any[] = await client.request('textDocument/inlayHint', { textDocument: { uri: uri000 }, range: { start: { line: 0, character: 0 }, end: position(seed000, seed000.length) } });
    const january = hints.find((h) => h.label === '→ 2013-01');
    assert.deepStrictEqual(january?.position, position(seed000, spanOf(seed000, 'in January').end));
    for (const full of ['June 2010', 'March 2010', 'February 2011']) {
      assert.ok(!hints.some((h) => h.position.line === position(seed000, spanOf(seed000, full).end).line && h.position.character === position(seed000, spanOf(seed000, full).end).character), full);
    }
  });

  it('reads the timeline from the 2010 improvement notice through the 2011 inadequate judgement to the 2018 good rating', async () => {
    const entries: any[] = await client.request('inspectionLens/timeline', {});
    const dates = entries.map((e) => e.date);
    assert.deepStrictEqual(dates, [...dates].sort());
    assert.match(entries[0].label, /^2010-05 · The improvement notice$/);
    const inadequate = entries.findIndex((e) => e.kind === 'rating' && /^2011.* · Inadequate/.test(e.label));
    const good = entries.findIndex((e) => e.kind === 'rating' && /^2018.* · Good/.test(e.label));
    assert.ok(inadequate > 0 && good > inadequate, entries.map((e) => e.label).join('\n'));
    assert.strictEqual(good, entries.length - 1);
    assert.strictEqual(entries[good].file, path.basename(file('001')));
  });
});
