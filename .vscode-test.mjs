// @vscode/test-cli configuration for `npm run test:vscode` (run through .ci/vscode/test.js).
// Desktop VS Code when VSCODE_EXECUTABLE names one; otherwise code-server's workbench in headless chromium,
// launched by .ci/vscode/code-shim.js in place of the VS Code executable (nothing is downloaded).
// The workspace is a fresh copy of seeds/, because the tests apply quick fixes to it.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdirSync, rmSync } from 'fs';
import { resolve } from 'path';

const workspace = resolve('.vscode-test/workspace');
rmSync(workspace, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });
cpSync(resolve('seeds'), workspace, { recursive: true });

const desktop = process.env.VSCODE_EXECUTABLE;

export default defineConfig({
  label: desktop ? 'desktop VS Code' : 'code-server',
  files: 'out/test/vscode/suite/**/*.test.js',
  workspaceFolder: workspace,
  useInstallation: { fromPath: desktop || resolve('.ci/vscode/code-shim.js') },
  launchArgs: desktop ? ['--disable-extensions'] : [],
  mocha: { ui: 'bdd', timeout: 60000, color: false, reporter: resolve('test/reporter.js') },
});
