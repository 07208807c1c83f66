// Finds, loads and caches the en-GB Hunspell dictionary (once per process).
// dictionary-en-gb 3 is ESM-only, so its .aff/.dic files are read directly. In the bundled
// extension there is no node_modules: esbuild.mjs copies them to dist/dictionaries/en-GB/.
import * as fs from 'fs';
import * as path from 'path';
import nspell = require('nspell');

export type Speller = ReturnType<typeof nspell>;

let speller: Speller | null = null;
let loading: Promise<void> | null = null;

function hasDictionary(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.aff')) && fs.existsSync(path.join(dir, 'index.dic'));
}

/** The folder holding index.aff and index.dic, or throws naming every place looked in. */
export function findDictionaryFolder(): string {
  const tried: string[] = [];
  const candidates: Array<() => string> = [
    () => path.dirname(require.resolve('dictionary-en-gb/package.json')),
    // The package's `exports` may hide package.json from require.resolve; its entry point is not hidden.
    () => path.dirname(require.resolve('dictionary-en-gb')),
  ];
  for (const c of candidates) {
    try {
      const dir = c();
      if (hasDictionary(dir)) return dir;
      tried.push(dir);
    } catch {
      // not resolvable this way; try the next
    }
  }
  const beside = [
    path.join(__dirname, 'dictionaries', 'en-GB'),
    path.join(__dirname, '..', 'dictionaries', 'en-GB'),
    ...(require.resolve.paths('dictionary-en-gb') ?? []).map((p) => path.join(p, 'dictionary-en-gb')),
  ];
  for (const dir of beside) {
    if (hasDictionary(dir)) return dir;
    tried.push(dir);
  }
  throw new Error(`en-GB dictionary not found (looked in ${tried.join(', ')})`);
}

function build(aff: Buffer, dic: Buffer): Speller {
  return nspell(aff, dic);
}

/** The loaded speller; loads synchronously on first use if nobody preloaded it. */
export function getSpeller(): Speller {
  if (!speller) {
    const dir = findDictionaryFolder();
    speller = build(fs.readFileSync(path.join(dir, 'index.aff')), fs.readFileSync(path.join(dir, 'index.dic')));
  }
  return speller;
}

/** Reads the files without blocking, so a server can call this right after start-up. */
export function preloadDictionary(): Promise<void> {
  if (speller) return Promise.resolve();
  if (!loading) {
    loading = (async () => {
      const dir = findDictionaryFolder();
      const [aff, dic] = await Promise.all([
        fs.promises.readFile(path.join(dir, 'index.aff')),
        fs.promises.readFile(path.join(dir, 'index.dic')),
      ]);
      if (!speller) speller = build(aff, dic);
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

export function isDictionaryLoaded(): boolean {
  return speller !== null;
}
