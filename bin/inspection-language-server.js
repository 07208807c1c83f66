#!/usr/bin/env node
// The language server for any LSP client: `inspection-language-server --stdio`.
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require('../dist/server.js');
