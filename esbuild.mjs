// Bundles the extension client (vscode external) and the language server + CLI, and ships the
// en-GB dictionary beside the server bundle so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
// dictionary.ts resolves the dictionary package at run time on purpose (with dist/dictionaries as the fallback).
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', logOverride: { 'require-resolve-not-external': 'silent' } };

await Promise.all([
  esbuild.build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli.ts' }, outdir: 'dist' }),
]);

const dictionary = dirname(require.resolve('dictionary-en-gb'));
const target = join('dist', 'dictionaries', 'en-GB');
mkdirSync(target, { recursive: true });
for (const f of ['index.aff', 'index.dic', 'license']) cpSync(join(dictionary, f), join(target, f));
