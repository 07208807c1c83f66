#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-cli / @vscode/test-electron launch: reads the same
// arguments (--extensionDevelopmentPath=, --extensionTestsPath=, a folder), runs the tests in code-server's
// workbench inside headless chromium, forwards the extension host's output and exits with the code VS Code
// reports through window.codeAutomationExit.
const path = require('path');
const util = require('util');
const { startCodeServer, launchBrowser, workbenchUrl } = require('./codeServer');

const NOISE = /socket|connection token|grace-time|Service Worker|AgentHost|AccountPolicy|ECONNREFUSED|builtin extensions|\[object Object\]$/;

async function main(argv) {
  let dev, tests, folder;
  for (const a of argv) {
    if (a.startsWith('--extensionDevelopmentPath=')) dev = a.slice(a.indexOf('=') + 1);
    else if (a.startsWith('--extensionTestsPath=')) tests = a.slice(a.indexOf('=') + 1);
    else if (!a.startsWith('-')) folder = a;
  }
  if (!dev || !tests) {
    console.error('code-shim: need --extensionDevelopmentPath= and --extensionTestsPath=');
    return 2;
  }
  dev = path.resolve(dev);
  tests = path.resolve(tests);
  folder = path.resolve(folder || dev);
  const server = await startCodeServer();
  let browser;
  let sawTotals = false;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    const exit = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = util.format(...args);
      if (NOISE.test(line)) return;
      if (/^\d+ passed, \d+ failed/m.test(line)) sawTotals = true;
      console.log(line);
    });
    await page.goto(workbenchUrl(server.base, folder, [['extensionDevelopmentPath', dev], ['extensionTestsPath', tests]]));
    const ms = Number(process.env.EXT_TEST_TIMEOUT_MS || 300000);
    let timer;
    const code = await Promise.race([exit, new Promise((r) => (timer = setTimeout(() => r('timeout'), ms)))]);
    clearTimeout(timer);
    console.log(`extension host exit code: ${code}`);
    if (code !== 0) console.log(`--- code-server log (tail):\n${server.logTail()}`);
    if (!sawTotals) console.log(code === 0 ? '0 passed, 0 failed' : '0 passed, 1 failed');
    return code === 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error('code-shim:', e && e.stack ? e.stack : e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
