// Protocol tests of navigation across a workspace written to a temporary folder: two articles about
// Jane Porter (one names her only as "Mrs Porter"), a third about someone else, and files the index
// must skip (binary, too large, hidden, linked from outside the folder). Answers are checked exactly.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkDoneProgress } from 'vscode-languageserver';
import { TestClient } from './lspClient';
import { FULL_CAPABILITIES, indexed, position, range, uriOf } from './navigation.test';

const A = `Wessex children's services rated inadequate
Thursday, March 6, 2014

Ofsted inspectors have rated Wessex County Council's children's services inadequate.
Jane Porter, director of children's services at Wessex County Council, said the council accepted the findings.
Mrs Porter said: "We will act at once."
The council was served with an improvement notice in May 2012.
`;
const B = `Wessex services improve, says Ofsted
Tuesday, June 14, 2016

Children's services in Wessex have been rated good by Ofsted.
Mrs Porter's team was praised by inspectors, who visited in April.
Porter said: "This is a proud day for everyone."
`;
const C = `Council appoints new chief
Friday, May 1, 2015

Tom Baker, the chief executive of Wessex County Council, said the appointment was good news.
Mr Baker added that Ofsted would return next year.
`;
const D = `Former Wessex director joins charity
Monday, January 9, 2017

Jane Porter, the former director of children's services at Wessex County Council, has joined a charity.
`;

function span(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return { start: at, end: at + needle.length };
}
const loc = (uri: string, text: string, needle: string, nth = 0) => ({ uri, range: range(text, span(text, needle, nth)) });
const word = (uri: string, text: string, needle: string, nth: number, inner: string) => {
  const s = span(text, needle, nth);
  const i = s.start + needle.indexOf(inner);
  return { uri, range: range(text, { start: i, end: i + inner.length }) };
};

describe('navigation across a temporary workspace', function () {
  let dir: string;
  let outside: string;
  let client: TestClient;
  let uriA: string, uriB: string, uriC: string, uriD: string;
  const registrations: string[] = [];
  const at = (uri: string, text: string, needle: string, nth = 0) => ({ textDocument: { uri }, position: position(text, span(text, needle, nth).start + 1) });
  const refs = (uri: string, text: string, needle: string) => client.request('textDocument/references', { ...at(uri, text, needle), context: { includeDeclaration: true } });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-ws-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-outside-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), A);
    fs.writeFileSync(path.join(dir, 'b.txt'), B);
    fs.mkdirSync(path.join(dir, 'later'));
    fs.writeFileSync(path.join(dir, 'later', 'c.txt'), C);
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from('Jane Porter\u0000\u0001'));
    fs.writeFileSync(path.join(dir, 'huge.txt'), `Jane Porter said so. ${'x '.repeat(600_000)}`);
    fs.mkdirSync(path.join(dir, '.hidden'));
    fs.writeFileSync(path.join(dir, '.hidden', 'h.txt'), D);
    fs.writeFileSync(path.join(outside, 'o.txt'), D);
    fs.symlinkSync(path.join(outside, 'o.txt'), path.join(dir, 'linked.txt'));
    fs.symlinkSync(outside, path.join(dir, 'linked-folder'));
    [uriA, uriB, uriC, uriD] = ['a.txt', 'b.txt', 'later/c.txt', 'd.txt'].map((f) => uriOf(path.join(dir, f)));
    client = new TestClient();
    client.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    await client.initialize(FULL_CAPABILITIES, [{ uri: uriOf(dir), name: 'ws' }]);
    assert.deepStrictEqual(await indexed(client), { files: 3, skipped: 2 });
    await client.open(path.join(dir, 'b.txt'), B);
  });
  after(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('asks the client to watch article files', () => {
    assert.ok(registrations.includes('workspace/didChangeWatchedFiles'), registrations.join());
  });

  it('goes from "Mrs Porter" to "Jane Porter" in the article that names her in full', async () => {
    assert.deepStrictEqual(await client.request('textDocument/definition', at(uriB, B, 'Mrs Porter')), loc(uriA, A, 'Jane Porter'));
  });

  it('finds her in both articles, and nowhere the index must not read', async () => {
    assert.deepStrictEqual(await refs(uriB, B, 'Porter said'), [loc(uriB, B, 'Mrs Porter'), loc(uriB, B, 'Porter', 1), loc(uriA, A, 'Jane Porter'), loc(uriA, A, 'Mrs Porter')]);
  });

  it('keeps another person apart', async () => {
    await client.open(path.join(dir, 'later', 'c.txt'), C);
    assert.deepStrictEqual(await refs(uriC, C, 'Mr Baker'), [loc(uriC, C, 'Tom Baker'), loc(uriC, C, 'Mr Baker')]);
    assert.deepStrictEqual(await client.request('textDocument/definition', at(uriC, C, 'Mr Baker')), loc(uriC, C, 'Tom Baker'));
  });

  it('renames her across files as one edit, titles and possessives kept', async () => {
    const edit = await client.request('textDocument/rename', { ...at(uriB, B, 'Mrs Porter'), newName: 'Janet Smith' });
    const to = (l: { range: unknown }, newText: string) => ({ range: l.range, newText });
    assert.deepStrictEqual(edit, {
      changes: {
        [uriB]: [to(word(uriB, B, 'Mrs Porter', 0, 'Porter'), 'Smith'), to(loc(uriB, B, 'Porter', 1), 'Smith')],
        [uriA]: [to(word(uriA, A, 'Jane Porter', 0, 'Jane'), 'Janet'), to(word(uriA, A, 'Jane Porter', 0, 'Porter'), 'Smith'), to(word(uriA, A, 'Mrs Porter', 0, 'Porter'), 'Smith')],
      },
    });
  });

  it('lists people, organisations and ratings across the workspace by query', async () => {
    assert.deepStrictEqual(await client.request('workspace/symbol', { query: 'porter' }), [
      { name: 'Jane Porter', kind: 19, location: loc(uriA, A, 'Jane Porter'), containerName: "director of children's services · a.txt" },
      { name: 'Mrs Porter', kind: 19, location: loc(uriB, B, 'Mrs Porter'), containerName: 'person · b.txt' },
    ]);
    assert.deepStrictEqual(await client.request('workspace/symbol', { query: 'tb' }), [
      { name: 'Tom Baker', kind: 19, location: loc(uriC, C, 'Tom Baker'), containerName: 'chief executive of Wessex county council · c.txt' },
    ]);
    const good = await client.request('workspace/symbol', { query: 'good' });
    assert.deepStrictEqual(good, [{ name: 'Good', kind: 24, location: loc(uriB, B, 'good'), containerName: "Children's services in Wessex · April 2016 · b.txt" }]);
  });

  it('orders the timeline by resolved date', async () => {
    const entries = await client.request('inspectionLens/timeline', {});
    assert.deepStrictEqual(entries, [
      { ...loc(uriA, A, 'May 2012'), label: '2012-05 · The improvement notice', date: '2012-05', kind: 'event', text: 'improvement notice … May 2012', file: 'a.txt' },
      { ...loc(uriA, A, 'inadequate'), label: '2014 · Inadequate', date: '2014', kind: 'rating', text: 'inadequate', file: 'a.txt' },
      { ...loc(uriB, B, 'good'), label: "2016-04 · Good: Children's services in Wessex", date: '2016-04', kind: 'rating', text: 'good', file: 'b.txt' },
    ]);
  });

  it('exports an article as the CLI schema and brat standoff', async () => {
    const [one] = await client.request('inspectionLens/export', { uri: uriB });
    assert.strictEqual(one.uri, uriB);
    assert.deepStrictEqual(one.analysis.people.map((p: any) => p.name), ['Mrs Porter']);
    assert.strictEqual(one.ann.split('\n')[0], `T1\tOrganisation ${span(B, 'Ofsted').start} ${span(B, 'Ofsted').end}\tOfsted`);
    assert.deepStrictEqual((await client.request('inspectionLens/export', {})).map((e: any) => e.uri), [uriA, uriB, uriC]);
  });

  it('indexes a new file and forgets a deleted one', async () => {
    const seen = client.notifications.filter((n) => n.method === 'inspectionLens/indexed').length;
    fs.writeFileSync(path.join(dir, 'd.txt'), D);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriD, type: 1 }] });
    await indexed(client, seen);
    const after = await refs(uriB, B, 'Mrs Porter');
    assert.deepStrictEqual(after.slice(-1), [loc(uriD, D, 'Jane Porter')]);
    fs.rmSync(path.join(dir, 'd.txt'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriD, type: 3 }] });
    await indexed(client, seen + 1);
    assert.strictEqual((await refs(uriB, B, 'Mrs Porter')).length, 4);
  });

  it('stops indexing when the setting is off, keeping open articles', async () => {
    const seen = client.notifications.filter((n) => n.method === 'inspectionLens/indexed').length;
    client.settings = { workspace: { index: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.deepStrictEqual(await indexed(client, seen), { files: 0, skipped: 0 });
    assert.deepStrictEqual(await refs(uriB, B, 'Mrs Porter'), [loc(uriB, B, 'Mrs Porter'), loc(uriB, B, 'Porter', 1)]);
    assert.deepStrictEqual((await client.request('workspace/symbol', { query: 'porter' })).map((s: any) => s.location.uri), [uriB]);
  });
});

describe('navigation with a client that supports little', function () {
  let client: TestClient;
  after(() => client.close());

  it('offers only what the client can use and still indexes without progress', async () => {
    client = new TestClient();
    const created: unknown[] = [];
    client.connection.onRequest('window/workDoneProgress/create', (p: unknown) => {
      created.push(p);
      return null;
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-min-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), A);
    const init = await client.initialize({}, [{ uri: uriOf(dir), name: 'min' }]);
    assert.strictEqual(init.capabilities.renameProvider, true);
    assert.strictEqual(init.capabilities.semanticTokensProvider, undefined);
    assert.strictEqual(init.capabilities.inlayHintProvider, undefined);
    assert.deepStrictEqual(await indexed(client), { files: 1, skipped: 0 });
    assert.deepStrictEqual(created, []);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('indexing a large workspace', function () {
  let client: TestClient;
  let dir: string;
  after(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a hover while the index is still being built', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-big-'));
    for (let i = 0; i < 600; i++) fs.writeFileSync(path.join(dir, `article-${i}.txt`), A.repeat(4));
    client = new TestClient();
    const progress: string[] = [];
    client.connection.onRequest('window/workDoneProgress/create', ({ token }: { token: string }) => {
      client.connection.onProgress(WorkDoneProgress.type, token, (v) => {
        progress.push(v.kind);
      });
      return null;
    });
    await client.initialize(FULL_CAPABILITIES, [{ uri: uriOf(dir), name: 'big' }]);
    const uri = await client.open(path.join(dir, 'article-0.txt'), A);
    // Ask only once the pass has begun, so a pass that blocked the server would answer after it.
    while (!progress.includes('report')) await new Promise((r) => setTimeout(r, 5));
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: position(A, span(A, 'Mrs Porter').start + 5) });
    const doneBeforeHover = client.notifications.some((n) => n.method === 'inspectionLens/indexed');
    assert.match(JSON.stringify(hover), /Jane Porter/);
    assert.strictEqual(doneBeforeHover, false, 'the hover waited for the whole index');
    assert.deepStrictEqual(await indexed(client, 0, 60000), { files: 600, skipped: 0 });
  });
});
