// Applies LSP text edits to a string the way an editor does, and reports where they landed, so tests
// can prove that nothing outside the edited ranges changed.
import { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface AppliedEdit {
  /** Offsets of the replaced range in the text before. */
  start: number;
  end: number;
  newText: string;
}

export interface EditResult {
  text: string;
  /** The edits as offsets, in document order. */
  edits: AppliedEdit[];
}

/** Throws on overlapping edits (an editor would refuse them too). */
export function applyTextEdits(before: string, edits: TextEdit[]): EditResult {
  const doc = TextDocument.create('file:///apply-edits.txt', 'plaintext', 1, before);
  const applied = edits
    .map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < applied.length; i++) {
    if (applied[i].start < applied[i - 1].end) throw new Error(`overlapping edits at ${applied[i - 1].start}-${applied[i - 1].end} and ${applied[i].start}-${applied[i].end}`);
  }
  // The library's own application, as an editor would do it; tests compare it with the intended spans.
  return { text: TextDocument.applyEdits(doc, edits), edits: applied };
}

/**
 * Checks that `after` is `before` with exactly these edits: every stretch between edits is unchanged
 * and every edited range now reads its new text. Returns a description of the first difference, or null.
 */
export function differenceOutsideEdits(before: string, after: string, edits: AppliedEdit[]): string | null {
  let b = 0;
  let a = 0;
  for (const e of edits) {
    const keep = before.slice(b, e.start);
    if (after.slice(a, a + keep.length) !== keep) return `text before offset ${e.start} changed`;
    a += keep.length;
    if (after.slice(a, a + e.newText.length) !== e.newText) return `edit at ${e.start} does not read ${JSON.stringify(e.newText)}`;
    a += e.newText.length;
    b = e.end;
  }
  if (after.slice(a) !== before.slice(b)) return `text after offset ${b} changed`;
  return null;
}

/** Whether an offset would split a surrogate pair or a CRLF line break. */
export function splitsUnit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  const pair = prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return pair || (prev === 13 && next === 10);
}
