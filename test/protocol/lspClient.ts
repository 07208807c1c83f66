// A minimal LSP client for protocol tests: spawns the built server over stdio and speaks JSON-RPC to it.
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from '../seeds';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; message: string; severity?: number; data?: unknown; relatedInformation?: { location: { uri: string } }[] }[];
}

export class TestClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  readonly diagnostics = new Map<string, PublishedDiagnostics>();
  readonly notifications: { method: string; params: unknown }[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];

  /** `nodeArgs`: flags for the server's Node ("--expose-gc" lets it collect after many articles close). */
  constructor(serverScript = path.join(ROOT, 'dist', 'server.js'), nodeArgs: string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as PublishedDiagnostics;
        this.diagnostics.set(p.uri, p);
      }
      this.waiters.splice(0).forEach((w) => w());
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  settings: unknown = {};

  async initialize(capabilities: object = DEFAULT_CAPABILITIES, workspaceFolders: { uri: string; name: string }[] | null = null): Promise<any> {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(file: string, text: string, languageId = 'plaintext'): Promise<string> {
    const uri = pathToFileURL(file).toString();
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  request<T = any>(method: string, params: object): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Resolves when diagnostics for `uri` satisfy `ok`; rejects after `ms` with what was last seen. */
  async waitForDiagnostics(uri: string, ok: (d: PublishedDiagnostics) => boolean = () => true, ms = 10000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + ms;
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && ok(d)) return d;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(d)?.slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* the server may already be gone */
    }
    this.connection.dispose();
    this.child.kill();
  }
}

export const DEFAULT_CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
  },
};
