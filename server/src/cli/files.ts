// Collects the .txt articles named on the command line (files, or folders searched recursively) and reads them.
import * as fs from 'fs';
import * as path from 'path';

export type Input = { file: string; text: string } | { file: string; error: string };

export function collectFiles(paths: string[]): { files: string[]; errors: Input[] } {
  const files: string[] = [];
  const errors: Input[] = [];
  const walk = (p: string) => {
    for (const entry of fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(p, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) files.push(full);
    }
  };
  for (const p of paths) {
    try {
      if (fs.statSync(p).isDirectory()) walk(p);
      else files.push(p);
    } catch (e) {
      errors.push({ file: p, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    }
  }
  return { files, errors };
}

/** Reads one article as the editor would see it: UTF-8 without its byte-order mark. Binary files are refused. */
export function readArticle(file: string): Input {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch (e) {
    return { file, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if (bytes.subarray(0, 65536).includes(0)) return { file, error: 'binary file (contains NUL bytes), not analysed' };
  const text = bytes.toString('utf8');
  return { file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
