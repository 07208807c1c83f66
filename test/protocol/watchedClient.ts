// A test client wrapper that records what the server did on its own initiative (pop-ups, log lines,
// configuration requests, applyEdit), plus small waiting and measuring helpers for protocol tests.
import { ChildProcess } from 'child_process';
import * as fs from 'fs';
import { PublishedDiagnostics, TestClient } from './lspClient';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Everything the server did on its own initiative that a test may want to count. */
export class Watched {
  readonly applyEdits: unknown[] = [];
  readonly messageRequests: { type: number; message: string }[] = [];
  configurationRequests = 0;

  constructor(readonly client: TestClient) {
    client.connection.onRequest('workspace/applyEdit', (p: unknown) => {
      this.applyEdits.push(p);
      return { applied: false };
    });
    client.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messageRequests.push(p);
      return null;
    });
    client.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
      this.configurationRequests++;
      return p.items.map(() => client.settings);
    });
  }

  /** Warnings shown to the user, whether sent as window/showMessage or window/showMessageRequest. */
  warnings(): string[] {
    const notes = this.client.notifications.filter((n) => n.method === 'window/showMessage').map((n) => n.params as { type: number; message: string });
    return [...notes, ...this.messageRequests].filter((m) => m.type === 2).map((m) => m.message);
  }

  logs(type: number): string[] {
    return this.client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params as { type: number; message: string }).filter((m) => m.type === type).map((m) => m.message);
  }

  publishes(uri: string): PublishedDiagnostics[] {
    return this.client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishedDiagnostics).uri === uri).map((n) => n.params as PublishedDiagnostics);
  }

  alive(): boolean {
    return (this.client as unknown as { child: ChildProcess }).child.exitCode === null;
  }

  pid(): number {
    return (this.client as unknown as { child: ChildProcess }).child.pid!;
  }
}

export async function until(what: string, ok: () => boolean, ms = 15000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export function endOf(text: string): { line: number; character: number } {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
