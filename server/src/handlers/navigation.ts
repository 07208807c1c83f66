// Glue for the navigation features: which capabilities to offer for the client's abilities, and
// three-line handlers that hand the cached analyses of open and indexed articles to features/.
import { ClientCapabilities, Connection, ErrorCodes, ResponseError, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from '../documentCache';
import { definitionAt } from '../features/definition';
import { EXPORT_REQUEST, toBratStandoff } from '../features/export';
import { inlayHints } from '../features/inlayHints';
import { referencesAt } from '../features/references';
import { prepareRenameAt, renameAt } from '../features/rename';
import { LEGEND, semanticTokens } from '../features/semanticTokens';
import { timeline, TIMELINE_REQUEST } from '../features/timeline';
import { workspaceSymbols } from '../features/workspaceSymbols';
import { Settings } from '../settings';
import { ArticleView, WorkspaceState } from '../workspace/workspaceState';

export function navigationCapabilities(caps: ClientCapabilities): Partial<ServerCapabilities> {
  const out: Partial<ServerCapabilities> = {
    definitionProvider: true,
    referencesProvider: true,
    // RenameOptions may only be given to a client that said it supports prepareRename.
    renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
    workspaceSymbolProvider: true,
  };
  const tokens = caps.textDocument?.semanticTokens;
  if (tokens && (tokens.formats ?? []).includes('relative')) {
    out.semanticTokensProvider = { legend: LEGEND, full: !!tokens.requests?.full || !tokens.requests?.range, range: !!tokens.requests?.range };
  }
  if (caps.textDocument?.inlayHint) out.inlayHintProvider = true;
  return out;
}

export interface NavigationContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: DocumentCache;
  workspace: WorkspaceState;
  settings: () => Settings;
}

export function registerNavigation({ connection, documents, cache, workspace, settings }: NavigationContext): void {
  /** Open documents (their current version) and indexed articles, each once. */
  const articles = (): ArticleView[] => {
    const open = documents.all().map((doc) => ({ uri: doc.uri, doc, analysis: cache.facts(doc) }));
    const seen = new Set(open.map((a) => a.uri));
    const indexed = workspace.knownUris().filter((u) => !seen.has(u)).map((uri) => ({ uri, doc: workspace.documentFor(uri)!, analysis: workspace.analysisOf(uri)! }));
    return [...open, ...indexed];
  };
  const at = (uri: string, position: { line: number; character: number }) => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const all = articles();
    return { current: all.find((a) => a.uri === uri)!, all, offset: doc.offsetAt(position) };
  };

  connection.onDefinition(({ textDocument, position }) => {
    const c = at(textDocument.uri, position);
    return c ? definitionAt(c.current, c.all, c.offset) : null;
  });
  connection.onReferences(({ textDocument, position, context }) => {
    const c = at(textDocument.uri, position);
    return c ? referencesAt(c.current, c.all, c.offset, context.includeDeclaration) : [];
  });
  connection.onPrepareRename(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? prepareRenameAt({ uri: doc.uri, doc, analysis: cache.facts(doc) }, doc.offsetAt(position)) : null;
  });
  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const c = at(textDocument.uri, position);
    if (!c) return null;
    let edit;
    try {
      edit = renameAt(c.current, c.all, c.offset, newName);
    } catch (e) {
      throw new ResponseError(ErrorCodes.InvalidParams, e instanceof Error ? e.message : String(e));
    }
    if (!edit) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only a person’s name can be renamed here.');
    return edit;
  });
  connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(articles(), query));
  connection.languages.semanticTokens.on(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? semanticTokens(doc, cache.facts(doc)) : { data: [] };
  });
  connection.languages.semanticTokens.onRange(({ textDocument, range }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? semanticTokens(doc, cache.facts(doc), doc.offsetAt(range.start), doc.offsetAt(range.end)) : { data: [] };
  });
  connection.languages.inlayHint.on(({ textDocument, range }) => {
    const doc = documents.get(textDocument.uri);
    return doc && settings().inlayHints.enabled ? inlayHints(doc, cache.facts(doc), range) : [];
  });
  connection.onRequest(TIMELINE_REQUEST, () => timeline(articles()));
  connection.onRequest(EXPORT_REQUEST, (params: { uri?: string } | undefined) => {
    const chosen = params?.uri ? articles().filter((a) => a.uri === params.uri) : articles().sort((a, b) => (a.uri < b.uri ? -1 : 1));
    return chosen.map((a) => {
      const analysis = { ...a.analysis, file: a.uri, diagnostics: [...a.analysis.diagnostics, ...workspace.conflictsFor(a.uri)] };
      return { uri: a.uri, analysis, ann: toBratStandoff(analysis, a.doc.getText()) };
    });
  });
}
