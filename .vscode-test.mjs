// @vscode/test-cli configurations for `npm run test:vscode` (driven by .ci/vscode/test.js, which runs
// each label in turn and prints one combined "N passed, N failed" line):
//  - "code-server": VS Code's workbench from code-server in headless chromium, launched by
//    .ci/vscode/code-shim.js in place of the VS Code executable (nothing is downloaded);
//  - "desktop": a desktop VS Code, only when VSCODE_EXECUTABLE names one (for a cached download:
//    VSCODE_EXECUTABLE=$(ls -d .vscode-test/vscode-linux-x64-*/code); on Linux it needs a display, e.g. xvfb-run).
// The workspace is a fresh copy of seeds/, because the tests apply quick fixes to it.
import { defineConfig } from '@vscode/test-cli';
import { cpSync, mkdirSync, rmSync } from 'fs';
import { resolve } from 'path';

const workspace = resolve('.vscode-test/workspace');
rmSync(workspace, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });
cpSync(resolve('seeds'), workspace, { recursive: true });

const common = {
  files: 'out/test/vscode/suite/**/*.test.js',
  workspaceFolder: workspace,
  mocha: { ui: 'bdd', timeout: 60000, color: false, reporter: resolve('test/reporter.js') },
};

export default defineConfig([
  { ...common, label: 'code-server', useInstallation: { fromPath: resolve('.ci/vscode/code-shim.js') } },
  ...(process.env.VSCODE_EXECUTABLE
    ? [{ ...common, label: 'desktop', useInstallation: { fromPath: process.env.VSCODE_EXECUTABLE }, launchArgs: ['--disable-extensions'] }]
    : []),
]);
