// Helpers for the suite that runs inside VS Code: open a seed from the workspace copy, get the
// extension's API, and wait on real events (analysis notifications, diagnostics) with a deadline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InspectionLensApi } from '../../../client/src/extension';
import type { AnalysisState } from '../../../client/src/statusBar';

export const EXTENSION_ID = 'inspection-lens.inspection-lens';

export async function extensionApi(): Promise<InspectionLensApi> {
  const ext = vscode.extensions.getExtension<InspectionLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

export function seedUri(prefix: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  const name = fs.readdirSync(folder.uri.fsPath).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}_*.txt in ${folder.uri.fsPath}`);
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

export async function openSeed(prefix: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(seedUri(prefix));
  return vscode.window.showTextDocument(doc);
}

/** Resolves with the first value `check` returns that is not undefined, re-checking whenever `event` fires. */
export function waitFor<T, E>(event: vscode.Event<E>, check: () => T | undefined, what: string, ms = 45000): Promise<T> {
  const now = check();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

/** The server's analysis of exactly this version of the document. */
export function analysed(api: InspectionLensApi, doc: vscode.TextDocument): Promise<AnalysisState> {
  return waitFor(api.onDidAnalyse, () => {
    const s = api.stateOf(doc.uri);
    return s && s.version === doc.version ? s : undefined;
  }, `the analysis of ${path.basename(doc.uri.fsPath)} v${doc.version}`);
}

export function diagnosticsWhere(uri: vscode.Uri, ok: (ds: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<readonly vscode.Diagnostic[]> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => {
    const ds = vscode.languages.getDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  }, what).catch((e: Error) => {
    const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.code}: ${d.message}`).slice(0, 10);
    throw new Error(`${e.message}; diagnostics now: ${JSON.stringify(seen)}`);
  });
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/[’‘]/g, "'");
}

export function positionOf(doc: vscode.TextDocument, needle: string, into = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${doc.uri.fsPath}`);
  return doc.positionAt(at + into);
}
