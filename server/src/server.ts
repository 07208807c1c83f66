// The only module that knows the connection: capabilities, document sync, settings, scheduling.
// Features read the cached analysis; nothing here analyses text itself.
import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from './documentCache';
import { codeActions } from './features/codeActions';
import { hoverAt } from './features/hover';
import { documentSymbols, flatSymbols } from './features/symbols';
import { collectAfterClosing } from './memory';
import { DiagnosticPublisher } from './publisher';
import { DEFAULT_SETTINGS, parseSettings, Settings, toAnalysisOptions } from './settings';
import { WorkspaceState } from './workspace/workspaceState';
import { preloadDictionary } from './analysis/dictionary';
import { WORD_LIST_NAME } from './workspace/wordList';
import { createIndexer, watchArticles } from './handlers/indexing';
import { navigationCapabilities, registerNavigation } from './handlers/navigation';

export interface ClientSupport {
  configuration: boolean;
  relatedInformation: boolean;
  hierarchicalSymbols: boolean;
  versionedDiagnostics: boolean;
  watchFiles: boolean;
  inlayHintRefresh: boolean;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.log(`[${new Date().toISOString()}] ${message}`);
  const cache = new DocumentCache(toAnalysisOptions(DEFAULT_SETTINGS), (uri, error) =>
    connection.console.error(`Analysis of ${uri} failed and was skipped: ${error instanceof Error ? error.stack : String(error)}`),
  );
  const workspace = new WorkspaceState();
  let settings: Settings = DEFAULT_SETTINGS;
  let reportedProblems = '';
  const support: ClientSupport = { configuration: false, relatedInformation: false, hierarchicalSymbols: false, versionedDiagnostics: false, watchFiles: false, inlayHintRefresh: false };
  const publisher = new DiagnosticPublisher(connection, documents, cache, workspace, () => settings, support);

  const indexer = createIndexer({
    connection,
    documents,
    workspace,
    options: () => ({ ...toAnalysisOptions(settings, workspace.words()), spelling: false }),
    changed: () => publisher.revalidateAll(),
  });
  registerNavigation({ connection, documents, cache, workspace, settings: () => settings });

  process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection (ignored): ${String(reason)}`));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    support.configuration = !!caps.workspace?.configuration;
    support.relatedInformation = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
    support.hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    support.versionedDiagnostics = !!caps.textDocument?.publishDiagnostics?.versionSupport;
    support.watchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    support.inlayHintRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    workspace.setFolders((params.workspaceFolders ?? []).map((f) => f.uri).concat(params.rootUri && !params.workspaceFolders ? [params.rootUri] : []));
    if (params.initializationOptions?.settings !== undefined) applySettings(params.initializationOptions.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: { label: 'Inspection Lens' },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        ...navigationCapabilities(caps),
      },
      serverInfo: { name: 'inspection-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (support.configuration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'inspectionLens' });
      void pullSettings();
    }
    if (support.watchFiles) watchArticles(connection);
    setImmediate(() => void indexer.indexAll().catch((e) => connection.console.error(`Indexing failed: ${String(e)}`)));
    // The dictionary loads after the handshake, so the server answers `initialize` at once.
    setImmediate(() => {
      preloadDictionary()
        .then(() => publisher.revalidateAll())
        .catch((e) => connection.console.error(`Dictionary failed to load: ${String(e)}`));
    });
    log('Inspection Lens server ready.');
  });

  function applySettings(raw: unknown): void {
    const parsed = parseSettings(raw);
    const hintsBefore = settings.inlayHints.enabled;
    settings = parsed.settings;
    indexer.setEnabled(settings.workspace.index);
    if (hintsBefore !== settings.inlayHints.enabled && support.inlayHintRefresh) void connection.languages.inlayHint.refresh();
    const problems = parsed.problems.join('\n');
    if (problems && problems !== reportedProblems) {
      // A notification, not a request: a client that never answers must not leave a promise pending.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Inspection Lens: invalid settings, defaults used instead.\n${problems}` });
      connection.console.warn(problems);
    }
    reportedProblems = problems;
    cache.setOptions(toAnalysisOptions(settings, workspace.words()));
  }

  async function pullSettings(): Promise<void> {
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'inspectionLens' }]);
      applySettings(raw ?? {});
      publisher.revalidateAll();
    } catch (e) {
      connection.console.error(`Could not read settings: ${String(e)}`);
    }
  }

  connection.onDidChangeConfiguration((change) => {
    if (support.configuration) void pullSettings();
    else {
      applySettings(change.settings?.inspectionLens ?? {});
      publisher.revalidateAll();
    }
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    indexer.filesChanged(changes);
    // Only a word list change alters every analysis; an article's change is the indexer's alone.
    if (!changes.some((c) => c.uri.endsWith(WORD_LIST_SUFFIX))) return;
    workspace.reloadWords();
    cache.setOptions(toAnalysisOptions(settings, workspace.words()));
    publisher.revalidateAll();
  });

  documents.onDidChangeContent((e) => publisher.schedule(e.document.uri));
  documents.onDidClose((e) => {
    publisher.forget(e.document.uri);
    indexer.closed(e.document.uri);
    collectAfterClosing(documents.all().length);
  });
  documents.onDidSave((e) => {
    if (e.document.uri.endsWith(WORD_LIST_SUFFIX)) {
      workspace.reloadWords();
      cache.setOptions(toAnalysisOptions(settings, workspace.words()));
      publisher.revalidateAll();
    }
  });

  connection.onHover(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? hoverAt(doc, cache.facts(doc), doc.offsetAt(position)) : null;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const symbols = documentSymbols(doc, cache.facts(doc));
    return support.hierarchicalSymbols ? symbols : flatSymbols(doc.uri, symbols);
  });

  connection.onCodeAction(({ textDocument, range }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? codeActions(doc, cache.get(doc), range, workspace.wordListTarget(doc.uri)) : [];
  });

  documents.listen(connection);
  connection.listen();
}

const WORD_LIST_SUFFIX = `/${WORD_LIST_NAME}`;
