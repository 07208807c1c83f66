// Test helpers for reading the sample articles from the repository's seeds/ folder.
import * as fs from 'fs';
import * as path from 'path';

/** Repository root, from out/test/ (compiled) or test/ (sources). */
export const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../..' : '..');
export const SEEDS = path.join(ROOT, 'seeds');

export function seedNames(): string[] {
  return fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
}

/** Reads a seed by its numeric prefix ("002") or full file name. */
export function readSeed(prefix: string): string {
  const name = seedNames().find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

/** The exact offsets of the nth occurrence of `needle` in `text`; throws if absent, so tests fail loudly. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not in text`);
  }
  return { start: at, end: at + needle.length };
}
