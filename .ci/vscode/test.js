#!/usr/bin/env node
// `npm run test:vscode`: the extension's integration tests inside a real VS Code workbench.
// With VSCODE_EXECUTABLE set, desktop VS Code runs them; otherwise setup.sh makes sure code-server,
// Node 24 and chromium are there and code-shim.js stands in for VS Code. If that cannot be installed the
// suite says SKIPPED with the reason and prints "0 passed, 0 failed, 1 skipped": never "passed". Under CI
// (CI=true) a skip exits non-zero, because CI is meant to run this suite.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const started = Date.now();

function skip(reason) {
  console.log(`SKIPPED: the VS Code integration suite did not run: ${reason}`);
  console.log('0 passed, 0 failed, 1 skipped');
  process.exit(process.env.CI && process.env.CI !== 'false' ? 3 : 0);
}

if (!process.env.VSCODE_EXECUTABLE) {
  const setup = spawnSync('bash', [path.join(__dirname, 'setup.sh')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (setup.status !== 0) skip(`setup failed (${(setup.stderr || setup.stdout || '').trim().split('\n').slice(-3).join(' | ') || `exit ${setup.status}`})`);
  process.stdout.write(setup.stdout);
  const missing = require('./codeServer').missingPieces();
  if (missing.length) skip(`missing ${missing.join(', ')}`);
}

const run = spawnSync(path.join(root, 'node_modules', '.bin', 'vscode-test'), ['--config', path.join(root, '.vscode-test.mjs')], { cwd: root, stdio: 'inherit' });
console.error(`VS Code integration suite finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(run.status ?? 1);
