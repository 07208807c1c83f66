// In-text switches, as prose linters have them:
//   inspection-lens-disable-file [code ...]   anywhere in the file: silence those codes (or all) in the file
//   inspection-lens-disable-line [code ...]   silence those codes (or all) on that line
//   inspection-lens-disable-next-line [code ...]
import { Diagnostic } from './schema';

const DIRECTIVE = /inspection-lens-disable-(file|line|next-line)\b([^\r\n]*)/g;

interface Rule {
  kind: 'file' | 'line' | 'next-line';
  codes: string[] | null;
  lineStart: number;
}

function lineBounds(text: string, offset: number): [number, number] {
  const s = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  let e = offset;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return [s, e];
}

function nextLineStart(text: string, offset: number): number {
  const [, e] = lineBounds(text, offset);
  return text.startsWith('\r\n', e) ? e + 2 : e + 1;
}

export function applySuppressions(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!text.includes('inspection-lens-disable')) return diagnostics;
  const rules: Rule[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const codes = m[2].split(/[\s,]+/).filter((c) => /^[a-z][a-z0-9-]*$/.test(c));
    const kind = m[1] as Rule['kind'];
    const lineStart = kind === 'next-line' ? nextLineStart(text, m.index!) : lineBounds(text, m.index!)[0];
    rules.push({ kind, codes: codes.length ? codes : null, lineStart });
  }
  return diagnostics.filter((d) => {
    const [lineStart] = lineBounds(text, d.start);
    return !rules.some(
      (r) => (r.codes === null || r.codes.includes(d.code)) && (r.kind === 'file' || r.lineStart === lineStart),
    );
  });
}
