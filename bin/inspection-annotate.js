#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build`).
process.exitCode = require('../dist/cli.js').main(process.argv.slice(2));
