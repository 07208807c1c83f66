// Quick fixes as plain workspace edits, so they work in any LSP client: replace with a suggestion,
// make every variant match, add a word to the workspace word list, ignore a check in this file.
import { CodeAction, CodeActionKind, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleAnalysis, Diagnostic } from '../analysis/schema';

const VARIANT_CODES = new Set(['name-variant', 'title-variant']);
const WORD_CODES = new Set(['spelling', 'us-spelling']);

export interface WordListTarget {
  uri: string;
  /** Where a new line goes in the existing file, or null when the file must be created. */
  end: { line: number; character: number; needsNewline: boolean } | null;
}

function overlaps(d: Diagnostic, start: number, end: number): boolean {
  return d.start <= end && d.end >= start;
}

function replace(doc: TextDocument, d: { start: number; end: number }, text: string): TextEdit {
  return TextEdit.replace({ start: doc.positionAt(d.start), end: doc.positionAt(d.end) }, text);
}

function fix(title: string, edit: WorkspaceEdit, preferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, edit, isPreferred: preferred || undefined };
}

export function codeActions(doc: TextDocument, analysis: ArticleAnalysis, range: Range, wordList: WordListTarget | null): CodeAction[] {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const d of analysis.diagnostics.filter((x) => overlaps(x, start, end))) {
    (d.suggestions ?? []).slice(0, 3).forEach((s, i) => {
      actions.push(fix(`Replace “${d.text}” with “${s}”`, { changes: { [doc.uri]: [replace(doc, d, s)] } }, i === 0));
    });
    if (VARIANT_CODES.has(d.code) && d.suggestions?.length) {
      const target = d.suggestions[0];
      const all = analysis.diagnostics.filter((x) => x.code === d.code && x.suggestions?.[0] === target);
      if (all.length > 1) {
        actions.push(fix(`Make all ${all.length} variants read “${target}”`, { changes: { [doc.uri]: all.map((x) => replace(doc, x, target)) } }));
      }
    }
    if (WORD_CODES.has(d.code) && wordList) actions.push(addWord(d.text, wordList));
    actions.push(ignoreInFile(doc, d.code));
  }
  return actions;
}

function addWord(word: string, target: WordListTarget): CodeAction {
  if (!target.end) {
    return fix(`Add “${word}” to the workspace word list`, {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: target.uri, version: null }, edits: [TextEdit.insert({ line: 0, character: 0 }, `${word}\n`)] },
      ],
    });
  }
  const at = { line: target.end.line, character: target.end.character };
  const text = `${target.end.needsNewline ? '\n' : ''}${word}\n`;
  return fix(`Add “${word}” to the workspace word list`, { documentChanges: [{ textDocument: { uri: target.uri, version: null }, edits: [TextEdit.insert(at, text)] }] });
}

function ignoreInFile(doc: TextDocument, code: string): CodeAction {
  const text = doc.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const prefix = text.length && !text.endsWith('\n') && !text.endsWith('\r') ? eol : '';
  const at = doc.positionAt(text.length);
  return fix(`Ignore “${code}” in this file`, { changes: { [doc.uri]: [TextEdit.insert(at, `${prefix}inspection-lens-disable-file ${code}${eol}`)] } });
}
