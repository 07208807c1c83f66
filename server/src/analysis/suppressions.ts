// In-text switches, as prose linters have them:
//   inspection-lens-disable-file [code ...]   anywhere in the file: silence those codes (or all) in the file
//   inspection-lens-disable-line [code ...]   silence those codes (or all) on that line
//   inspection-lens-disable-next-line [code ...]
import { Diagnostic } from './schema';

const DIRECTIVE = /inspection-lens-disable-(file|line|next-line)\b([^\r\n]*)/g;

interface Rule {
  kind: 'file' | 'line' | 'next-line';
}

/** Offsets where lines start, once per text, so each diagnostic's line is a binary search, not a scan. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Index into `starts` of the line holding `offset`. */
function lineIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function applySuppressions(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!text.includes('inspection-lens-disable')) return diagnostics;
  const starts = lineStarts(text);
  // Silenced codes per line index ('*' for all); line -1 stands for the whole file.
  const silenced = new Map<number, Set<string>>();
  for (const m of text.matchAll(DIRECTIVE)) {
    const codes = m[2].split(/[\s,]+/).filter((c) => /^[a-z][a-z0-9-]*$/.test(c));
    const kind = m[1] as Rule['kind'];
    // A next-line directive on the last line points past the text and so silences nothing.
    const line = kind === 'file' ? -1 : lineIndex(starts, m.index!) + (kind === 'next-line' ? 1 : 0);
    const set = silenced.get(line) ?? new Set<string>();
    silenced.set(line, set);
    for (const c of codes.length ? codes : ['*']) set.add(c);
  }
  const hits = (set: Set<string> | undefined, code: string) => !!set && (set.has('*') || set.has(code));
  const file = silenced.get(-1);
  return diagnostics.filter((d) => !hits(file, d.code) && !hits(silenced.get(lineIndex(starts, d.start)), d.code));
}
