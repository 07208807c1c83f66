#!/usr/bin/env node
// `npm run test:vscode`: the extension's integration tests inside a real VS Code workbench.
// Always on code-server (setup.sh installs it, Node 24 and chromium if missing; code-shim.js stands in for
// the VS Code executable), and also on desktop VS Code when VSCODE_EXECUTABLE names one. Each run's totals
// line is labelled; the last line is the combined "N passed, N failed, N skipped". If code-server cannot be
// installed, that run is SKIPPED with the reason, never counted as passed; under CI (CI=true) a skipped
// run makes the exit code non-zero (3), because CI is meant to run this suite.
const { spawn, spawnSync } = require('child_process');
const path = require('path');
const readline = require('readline');

const root = path.resolve(__dirname, '..', '..');
const TOTALS = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;
const total = { passed: 0, failed: 0, skipped: 0 };
const inCI = !!process.env.CI && process.env.CI !== 'false';

function codeServerProblem() {
  // One cache path for both: setup.sh installs where codeServer.js looks.
  const env = { ...process.env, INSPECTION_LENS_VSCODE_CACHE: require('./codeServer').CACHE };
  const setup = spawnSync('bash', [path.join(__dirname, 'setup.sh')], { cwd: root, encoding: 'utf8', env });
  if (setup.status !== 0) return `setup failed: ${(setup.stderr || setup.stdout || `exit ${setup.status}`).trim().split('\n').slice(-3).join(' | ')}`;
  process.stdout.write(setup.stdout);
  const missing = require('./codeServer').missingPieces();
  return missing.length ? `missing ${missing.join(', ')}` : '';
}

function runLabel(label) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(path.join(root, 'node_modules', '.bin', 'vscode-test'), ['--config', path.join(root, '.vscode-test.mjs'), '--label', label],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let totals = null;
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const m = TOTALS.exec(line.trim());
      if (m) {
        totals = { passed: +m[1], failed: +m[2], skipped: +(m[3] || 0) };
        line = `[${label}] ${line.trim()}`;
      }
      console.log(line);
    });
    child.on('close', (code) => {
      if (!totals) totals = { passed: 0, failed: code === 0 ? 0 : 1, skipped: 0 };
      if (code !== 0 && totals.failed === 0) totals.failed = 1; // a run that failed outside mocha
      console.log(`[${label}] finished in ${((Date.now() - started) / 1000).toFixed(1)} s, exit code ${code}`);
      resolve(totals);
    });
  });
}

(async () => {
  const problem = codeServerProblem();
  const labels = problem ? [] : ['code-server'];
  if (problem) {
    console.log(`SKIPPED: the VS Code integration suite did not run on code-server: ${problem}`);
    total.skipped++;
  }
  if (process.env.VSCODE_EXECUTABLE) labels.push('desktop');
  for (const label of labels) {
    const t = await runLabel(label);
    total.passed += t.passed;
    total.failed += t.failed;
    total.skipped += t.skipped;
  }
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(total.failed ? 1 : problem && inCI ? 3 : 0);
})();
