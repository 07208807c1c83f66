// The workspace word list: a plain file at the root of a workspace folder, one accepted word per line,
// visible and versionable (no hidden store). Lines starting with # are comments.
import * as fs from 'fs';
import * as path from 'path';

export const WORD_LIST_NAME = '.inspection-lens-words';

export function parseWordList(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Reads the word list of a folder; a missing or unreadable file is an empty list. */
export function readWordList(folder: string): { words: string[]; text: string | null } {
  try {
    const text = fs.readFileSync(path.join(folder, WORD_LIST_NAME), 'utf8');
    return { words: parseWordList(text), text };
  } catch {
    return { words: [], text: null };
  }
}

/** Where an appended word goes: after the last line, adding a line break if the file lacks a final one. */
export function endOfText(text: string): { line: number; character: number; needsNewline: boolean } {
  const lines = text.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1];
  return { line: lines.length - 1, character: last.length, needsNewline: last.length > 0 };
}
