// The packaged extension as a user gets it: unpack inspection-lens.vsix into a folder with no
// node_modules anywhere above it, check what it carries, and run the server from it over stdio
// for a hover and a spelling diagnostic (which needs the dictionary shipped in the bundle).
// Run by `npm run test:package` (which packages first); VSIX=path overrides the file.
const assert = require('node:assert');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const ROOT = path.resolve(__dirname, '..', '..');
const VSIX = path.resolve(process.env.VSIX || path.join(ROOT, 'inspection-lens.vsix'));
const MAX_BYTES = 5 * 1024 * 1024;

function unzip(file, dest) {
  const r = spawnSync('unzip', ['-q', file, '-d', dest], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`unzip failed (apt-get install unzip): ${r.error ?? r.stderr}`);
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]);
}

describe('the packaged .vsix', function () {
  this.timeout(60000);
  let dir, ext, files, server, connection, stderr = '';
  const notifications = [];
  let notify = () => {};

  before(() => {
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run npm run package`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-lens-vsix-'));
    unzip(VSIX, dir);
    ext = path.join(dir, 'extension');
    files = listFiles(ext);
  });

  after(async () => {
    try {
      await Promise.race([connection?.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000).unref())]);
      connection?.sendNotification('exit');
    } catch { /* already gone */ }
    connection?.dispose();
    server?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`is small (under ${MAX_BYTES / 1024 / 1024} MB) and carries no node_modules or sources`, () => {
    assert.ok(fs.statSync(VSIX).size < MAX_BYTES, `${fs.statSync(VSIX).size} bytes`);
    const stray = files.filter((f) => /(^|\/)node_modules\/|\.ts$|\.map$|^(out|server|client|test|seeds|bench|eval)\//.test(f));
    assert.deepStrictEqual(stray, []);
  });

  it('carries everything the manifest points at', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8'));
    const needed = [manifest.main, manifest.icon, ...manifest.contributes.grammars.map((g) => g.path), 'dist/server.js',
      'dist/dictionaries/en-GB/index.aff', 'dist/dictionaries/en-GB/index.dic'];
    for (const f of needed) assert.ok(fs.existsSync(path.join(ext, f)), `${f} is not in the .vsix`);
    for (const f of ['readme.md', 'changelog.md', 'LICENSE.txt']) assert.ok(files.includes(f), `${f}: ${files.join(', ')}`);
    JSON.parse(fs.readFileSync(path.join(ext, manifest.contributes.grammars[0].path), 'utf8'));
  });

  it('carries every image the README shows (it renders offline in the Extensions view)', () => {
    const readme = fs.readFileSync(path.join(ext, 'readme.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\((?!https?:)([^)\s]+)|<img[^>]+src="(?!https?:)([^"]+)"/g)].map((m) => m[1] || m[2]);
    const missing = images.filter((f) => !fs.existsSync(path.join(ext, f.replace(/^\.\//, ''))));
    assert.deepStrictEqual(missing, [], 'add them under images/ (the .vscodeignore allow-list ships images/*.png)');
  });

  it('runs its server over stdio: hover on a person and a spelling diagnostic', async () => {
    // cwd and the script live under the temp folder: nothing can resolve the repository's node_modules.
    server = spawn(process.execPath, [path.join(ext, 'dist', 'server.js'), '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr.on('data', (d) => (stderr += d));
    connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification((method, params) => { notifications.push({ method, params }); notify(); });
    connection.onRequest(() => null);
    connection.listen();
    const init = await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} } },
    });
    assert.ok(init.capabilities.hoverProvider, 'hover capability');
    connection.sendNotification('initialized', {});
    const file = path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith('000_')));
    const text = fs.readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).toString();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });

    const typo = text.indexOf('Januray');
    const lineOf = (off) => text.slice(0, off).split('\n').length - 1;
    const charOf = (off) => off - (text.lastIndexOf('\n', off - 1) + 1);
    const hasTypo = (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri &&
      n.params.diagnostics.some((d) => d.range.start.line === lineOf(typo) && d.range.start.character === charOf(typo));
    const deadline = Date.now() + 30000;
    while (!notifications.some(hasTypo)) {
      if (Date.now() > deadline) {
        const last = notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').pop();
        throw new Error(`no diagnostic on "Januray" (dictionary not shipped?); last: ${JSON.stringify(last?.params.diagnostics.map((d) => d.message))}\n${stderr}`);
      }
      await new Promise((resolve) => { notify = resolve; setTimeout(resolve, deadline - Date.now()).unref(); });
    }
    const logs = notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message).join('\n');
    assert.doesNotMatch(logs, /Dictionary failed to load/);

    const at = text.indexOf('Mrs Westcott') + 6;
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: lineOf(at), character: charOf(at) } });
    const value = (hover?.contents?.value ?? '').replace(/[’‘]/g, "'");
    assert.match(value, /Westcott/);
    assert.match(value, /executive director of children's services/i);
  });
});
