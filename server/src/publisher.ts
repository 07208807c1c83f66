// Schedules analysis after edits and publishes diagnostics, never for a stale version:
// each document's own findings go out right after a short pause in typing, the slower
// cross-document comparison follows on its own timer and republishes only files whose findings changed.
import { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic } from './analysis/schema';
import { DocumentCache } from './documentCache';
import { toLspDiagnostics } from './features/diagnostics';
import { Settings } from './settings';
import { WorkspaceState } from './workspace/workspaceState';

// (a keystroke comes every 100 ms or so; a paste or a multi-cursor edit sends its changes within a few)
const EDIT_PAUSE_MS = 5;
const WORKSPACE_PAUSE_MS = 250;

export interface PublisherSupport {
  relatedInformation: boolean;
  versionedDiagnostics: boolean;
}

export class DiagnosticPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private workspaceTimer: NodeJS.Timeout | undefined;
  private readonly published = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly cache: DocumentCache,
    private readonly workspace: WorkspaceState,
    private readonly settings: () => Settings,
    private readonly support: PublisherSupport,
  ) {}

  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => this.validate(uri), EDIT_PAUSE_MS));
  }

  revalidateAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.cache.delete(uri);
    this.published.delete(uri);
    this.workspace.remove(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.scheduleWorkspace();
  }

  private validate(uri: string): void {
    this.timers.delete(uri);
    const doc = this.documents.get(uri);
    if (!doc) return;
    const analysis = this.cache.get(doc);
    if (this.documents.get(uri)?.version !== doc.version) return; // superseded while analysing
    this.workspace.update(uri, doc.getText(), analysis);
    this.publish(doc);
    const counts = { people: analysis.people.length, ratings: analysis.ratings.length, dates: analysis.dates.length, diagnostics: analysis.diagnostics.length };
    const skipped = analysis.diagnostics.find((d) => d.code === 'binary-file' || d.code === 'too-large-to-check');
    void this.connection.sendNotification('inspectionLens/analysisState', {
      uri,
      version: doc.version,
      state: skipped ? 'skipped' : 'ready',
      ...counts,
      message: skipped?.message,
    });
    this.scheduleWorkspace();
  }

  private scheduleWorkspace(): void {
    clearTimeout(this.workspaceTimer);
    this.workspaceTimer = setTimeout(() => {
      this.workspace.refreshConflicts();
      for (const doc of this.documents.all()) this.publish(doc);
    }, WORKSPACE_PAUSE_MS);
  }

  private publish(doc: TextDocument): void {
    const analysis = this.cache.peek(doc.uri);
    if (!analysis) return;
    const findings: Diagnostic[] = [...analysis.diagnostics, ...this.workspace.conflictsFor(doc.uri)];
    const diagnostics = toLspDiagnostics(doc, findings, {
      maxPerFile: this.settings().diagnostics.maxPerFile,
      relatedInformation: this.support.relatedInformation,
      resolveFile: (file) => ({ uri: file, doc: this.documents.get(file) ?? this.workspace.documentFor(file) }),
    });
    const key = `${doc.version}:${JSON.stringify(diagnostics)}`;
    if (this.published.get(doc.uri) === key) return;
    this.published.set(doc.uri, key);
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }
}
