// "Export Annotations": the current article's or the whole workspace's analysis written as JSON (the
// CLI's schema) and brat standoff (.ann, beside a copy of the text so brat can open it), either next
// to each article or in a place chosen with a dialog. The server does the conversion
// (`inspectionLens/export`); this only asks where and writes the files.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { BRAT_CONF } from '../../server/src/features/bratConf';

interface Exported {
  uri: string;
  analysis: unknown;
  ann: string;
}


const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
const base = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1).replace(/\.txt$/i, '');
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function writeBeside(items: Exported[]): Promise<number> {
  for (const item of items) {
    const article = vscode.Uri.parse(item.uri);
    const folder = vscode.Uri.joinPath(article, '..');
    await write(vscode.Uri.joinPath(folder, `${base(article)}.ann`), item.ann);
    await write(vscode.Uri.joinPath(folder, `${base(article)}.annotations.json`), json([item.analysis]));
  }
  return items.length;
}

async function writeInto(folder: vscode.Uri, items: Exported[], jsonName: string): Promise<number> {
  await write(vscode.Uri.joinPath(folder, jsonName), json(items.map((i) => i.analysis)));
  await write(vscode.Uri.joinPath(folder, 'annotation.conf'), BRAT_CONF);
  for (const item of items) {
    const article = vscode.Uri.parse(item.uri);
    await write(vscode.Uri.joinPath(folder, `${base(article)}.ann`), item.ann);
    const copy = vscode.Uri.joinPath(folder, `${base(article)}.txt`);
    if (copy.toString() !== article.toString()) await vscode.workspace.fs.copy(article, copy, { overwrite: true });
  }
  return items.length;
}

async function exportAnnotations(client: LanguageClient, scope: 'article' | 'workspace'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (scope === 'article' && !editor) {
    void vscode.window.showWarningMessage('Inspection Lens: open an article to export its annotations.');
    return;
  }
  const items = await client.sendRequest<Exported[]>('inspectionLens/export', scope === 'article' ? { uri: editor!.document.uri.toString() } : {});
  if (!items.length) {
    void vscode.window.showInformationMessage('Inspection Lens: no analysed articles to export.');
    return;
  }
  const where = await vscode.window.showQuickPick(['Next to each article (.ann and .annotations.json)', 'Choose where…'], { title: 'Export annotations' });
  if (!where) return;
  let count: number;
  if (where.startsWith('Next')) count = await writeBeside(items);
  else if (scope === 'article') {
    const article = vscode.Uri.parse(items[0].uri);
    const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(article, '..', `${base(article)}.annotations.json`), filters: { JSON: ['json'] } });
    if (!target) return;
    count = await writeInto(vscode.Uri.joinPath(target, '..'), items, target.path.slice(target.path.lastIndexOf('/') + 1));
  } else {
    const [folder] = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here' })) ?? [];
    if (!folder) return;
    count = await writeInto(folder, items, 'annotations.json');
  }
  void vscode.window.showInformationMessage(`Inspection Lens: exported annotations of ${count} article${count === 1 ? '' : 's'} (JSON and brat standoff).`);
}

export function registerExportCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('inspectionLens.exportArticle', () => exportAnnotations(client, 'article')),
    vscode.commands.registerCommand('inspectionLens.exportWorkspace', () => exportAnnotations(client, 'workspace')),
  );
}
