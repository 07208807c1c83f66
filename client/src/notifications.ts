// vscode-languageclient keeps ONE handler per notification method: a second `onNotification` for the
// same method silently replaces the first. Several parts of the client listen to the same server
// notifications (the status bar and the Timeline view both follow `inspectionLens/analysisState`),
// so every registration goes through one fan-out handler per method.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

type Handler = (...params: unknown[]) => unknown;

export function fanOutNotifications(client: LanguageClient): void {
  const handlers = new Map<string, Set<Handler>>();
  const register = client.onNotification.bind(client) as (method: string, handler: Handler) => vscode.Disposable;
  const onNotification = (type: string | { method: string }, handler: Handler): vscode.Disposable => {
    const method = typeof type === 'string' ? type : type.method;
    let set = handlers.get(method);
    if (!set) {
      const all = new Set<Handler>();
      set = all;
      handlers.set(method, all);
      register(method, (...params) => {
        for (const h of [...all]) h(...params);
      });
    }
    set.add(handler);
    return new vscode.Disposable(() => set!.delete(handler));
  };
  (client as unknown as { onNotification: typeof onNotification }).onNotification = onNotification;
}
