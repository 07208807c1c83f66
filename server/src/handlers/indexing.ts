// Glue for the background index: progress through `window/workDoneProgress` (the library sends
// nothing to clients that did not announce support), watchers for .txt files where the client can
// register them, and a notification `inspectionLens/indexed` when a pass or a change is done.
import { Connection, DidChangeWatchedFilesNotification, TextDocuments, WatchKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../analysis/analyze';
import { AnalysisOptions } from '../analysis/options';
import { WorkspaceIndexer } from '../workspace/indexer';
import { WorkspaceState } from '../workspace/workspaceState';

export const INDEXED_NOTIFICATION = 'inspectionLens/indexed';

export interface IndexingContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: WorkspaceState;
  /** Options for indexed articles: spelling off, as only facts are needed from unopened files. */
  options: () => AnalysisOptions;
  /** Cross-article findings changed: republish open documents. */
  changed: () => void;
}

export function createIndexer({ connection, documents, workspace, options, changed }: IndexingContext): WorkspaceIndexer {
  return new WorkspaceIndexer({
    folders: () => workspace.folderUris(),
    isOpen: (uri) => !!documents.get(uri),
    analyse: (uri, text) => analyzeArticle(text, uri, options()),
    store: (uri, text, analysis) => workspace.update(uri, text, analysis),
    remove: (uri) => workspace.remove(uri),
    progress: async (total) => {
      try {
        const reporter = await connection.window.createWorkDoneProgress();
        reporter.begin('Inspection Lens: indexing articles', 0, `0/${total}`, false);
        return {
          report: (done, all) => reporter.report(Math.floor((done / Math.max(1, all)) * 100), `${done}/${all}`),
          done: () => reporter.done(),
        };
      } catch {
        return { report: () => undefined, done: () => undefined };
      }
    },
    indexed: (summary) => {
      changed();
      void connection.sendNotification(INDEXED_NOTIFICATION, summary);
    },
  });
}

/** Asks the client to watch articles and the word list, where it supports registering watchers. */
export function watchArticles(connection: Connection): void {
  void connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [
      { globPattern: '**/*.txt', kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
      { globPattern: '**/.inspection-lens-words' },
    ],
  });
}
