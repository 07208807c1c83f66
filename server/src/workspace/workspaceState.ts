// What the server knows beyond one document: workspace folders, the word lists in them,
// and every known article's analysis for cross-document findings.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArticleAnalysis, Diagnostic } from '../analysis/schema';
import { findWorkspaceConflicts } from './crossDocument';
import { endOfText, readWordList, WORD_LIST_NAME } from './wordList';
import { WordListTarget } from '../features/codeActions';

/** An article as navigation features see it: open or indexed, with a document for positions. */
export interface ArticleView {
  uri: string;
  doc: TextDocument;
  analysis: ArticleAnalysis;
}

interface Known {
  text: string;
  analysis: ArticleAnalysis;
  doc?: TextDocument;
}

export class WorkspaceState {
  private folders: string[] = [];
  private wordsByFolder = new Map<string, { words: string[]; text: string | null }>();
  private readonly articles = new Map<string, Known>();
  private conflicts = new Map<string, Diagnostic[]>();

  setFolders(uris: string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:'));
    this.reloadWords();
  }

  reloadWords(): void {
    this.wordsByFolder = new Map(this.folders.map((f) => [f, readWordList(fileURLToPath(f))]));
  }

  words(): string[] {
    return [...this.wordsByFolder.values()].flatMap((w) => w.words);
  }

  /** The word list of the folder holding `uri` (the first folder for files outside any). */
  wordListTarget(uri: string): WordListTarget | null {
    const folder = this.folders.find((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`)) ?? this.folders[0];
    if (!folder) return null;
    const file = pathToFileURL(path.join(fileURLToPath(folder), WORD_LIST_NAME)).toString();
    const known = this.wordsByFolder.get(folder);
    return { uri: file, end: known?.text != null ? endOfText(known.text) : null };
  }

  update(uri: string, text: string, analysis: ArticleAnalysis): void {
    this.articles.set(uri, { text, analysis: { ...analysis, file: uri } });
  }

  remove(uri: string): void {
    this.articles.delete(uri);
  }

  refreshConflicts(): void {
    const list = [...this.articles.entries()].map(([file, k]) => ({ file, text: k.text, analysis: k.analysis }));
    this.conflicts = list.length > 1 ? findWorkspaceConflicts(list) : new Map();
  }

  conflictsFor(uri: string): Diagnostic[] {
    return this.conflicts.get(uri) ?? [];
  }

  knownUris(): string[] {
    return [...this.articles.keys()];
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  analysisOf(uri: string): ArticleAnalysis | undefined {
    return this.articles.get(uri)?.analysis;
  }

  /** The folder URIs the server was given (file: only), for the indexer. */
  folderUris(): string[] {
    return [...this.folders];
  }

  /** A TextDocument for a known article that is not open, so related locations get real positions. */
  documentFor(uri: string): TextDocument | undefined {
    const k = this.articles.get(uri);
    if (!k) return undefined;
    k.doc ??= TextDocument.create(uri, 'plaintext', 0, k.text);
    return k.doc;
  }
}
