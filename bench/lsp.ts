// A small LSP client over stdio for the benchmark: spawns the bundled server, answers the requests a
// server may make of its client, and lets the caller wait on diagnostics by (uri, version) and on
// work-done progress. Kept apart from test/protocol/lspClient.ts because the benchmark also needs
// the process id (for /proc memory) and timestamps of every notification.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export interface Progress {
  token: string | number;
  kind: string;
  at: number;
  message?: string;
  percentage?: number;
}

type Waiter = () => boolean;

export class BenchClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly spawnedAt = performance.now();
  /** Latest published version per uri (-1 when published without a version). */
  readonly published = new Map<string, number>();
  readonly progress: Progress[] = [];
  lastNotificationAt = performance.now();
  stderr = '';
  private waiters: Waiter[] = [];

  constructor(serverScript: string, settings: unknown = {}) {
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server (NODE_OPTIONS refuses --cpu-prof).
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    this.child = spawn(process.execPath, [...nodeArgs, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification((method, params: any) => {
      this.lastNotificationAt = performance.now();
      if (method === 'textDocument/publishDiagnostics') this.published.set(params.uri, params.version ?? -1);
      this.waiters = this.waiters.filter((w) => !w());
    });
    // vscode-jsonrpc routes $/progress to progress handlers, never to the catch-all above.
    this.connection.onUnhandledProgress((params: any) => {
      this.lastNotificationAt = performance.now();
      const v = params.value ?? {};
      this.progress.push({ token: params.token, kind: v.kind, at: performance.now(), message: v.message, percentage: v.percentage });
      this.waiters = this.waiters.filter((w) => !w());
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  async initialize(workspaceFolders: { uri: string; name: string }[] | null = null): Promise<number> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceFolders?.[0]?.uri ?? null,
      workspaceFolders,
      capabilities: CAPABILITIES,
    });
    const answeredAt = performance.now();
    await this.connection.sendNotification('initialized', {});
    return answeredAt - this.spawnedAt;
  }

  notify(method: string, params: object): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  request<T = any>(method: string, params: object): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Resolves when `done()` holds after some notification (or at once); false on timeout. */
  until(done: () => boolean, ms: number): Promise<boolean> {
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, ms);
      const waiter: Waiter = () => {
        if (!done()) return false;
        clearTimeout(timer);
        resolve(true);
        return true;
      };
      this.waiters.push(waiter);
    });
  }

  diagnosticsFor(uri: string, version: number, ms: number): Promise<boolean> {
    return this.until(() => (this.published.get(uri) ?? -Infinity) >= version, ms);
  }

  /** Waits until no notification has arrived for `quietMs` (bounded by `maxMs`). */
  async settle(quietMs: number, maxMs: number): Promise<void> {
    const deadline = performance.now() + maxMs;
    while (performance.now() < deadline) {
      const wait = this.lastNotificationAt + quietMs - performance.now();
      if (wait <= 0) return;
      await new Promise((r) => setTimeout(r, Math.min(wait, deadline - performance.now())));
    }
  }

  /** Resident and peak resident memory of the server process, in MB, from /proc. */
  memory(): { rssMB: number; peakMB: number } | null {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
    } catch {
      return null;
    }
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
      // Let it exit by itself (so a --cpu-prof profile gets written), then make sure.
      if (this.child.exitCode === null) await Promise.race([new Promise((r) => this.child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    this.child.kill();
  }
}

const CAPABILITIES = {
  window: { workDoneProgress: true },
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    synchronization: { didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
  },
};
