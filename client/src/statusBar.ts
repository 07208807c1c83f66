// The status bar item: what the server found in the article in the active editor, from the
// `inspectionLens/analysisState` notification it sends after each analysis. Hidden for other editors.
import * as vscode from 'vscode';

export interface AnalysisState {
  uri: string;
  version: number;
  state: 'ready' | 'skipped' | 'error';
  people: number;
  ratings: number;
  dates: number;
  diagnostics: number;
  message?: string;
}

export const ARTICLE_LANGUAGES = ['plaintext', 'inspection-article'];
export const ARTICLE_SCHEMES = ['file', 'untitled', 'vscode-vfs'];

export function isArticle(doc: vscode.TextDocument): boolean {
  return ARTICLE_LANGUAGES.includes(doc.languageId) && ARTICLE_SCHEMES.includes(doc.uri.scheme);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export class AnalysisStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('inspectionLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly states = new Map<string, AnalysisState>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private serverRunning = false;

  constructor() {
    this.item.name = 'Inspection Lens';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.states.delete(d.uri.toString())),
    );
  }

  /** Records a state from the server; the item shows it only if it is the active article's. */
  update(state: AnalysisState): void {
    this.states.set(state.uri, state);
    this.render();
  }

  setServerRunning(running: boolean): void {
    this.serverRunning = running;
    if (!running) this.states.clear();
    this.render();
  }

  stateOf(uri: vscode.Uri): AnalysisState | undefined {
    return this.states.get(uri.toString());
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isArticle(doc)) return this.item.hide();
    const item = this.item;
    item.backgroundColor = undefined;
    if (!this.serverRunning) {
      item.text = '$(error) Inspection Lens';
      item.tooltip = 'The Inspection Lens server is not running. Click to restart it.';
      item.command = 'inspectionLens.restartServer';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      return item.show();
    }
    item.command = 'inspectionLens.showOutput';
    const s = this.states.get(doc.uri.toString());
    if (!s) {
      item.text = '$(sync~spin) Inspection Lens';
      item.tooltip = 'Analysing this article…';
    } else if (s.state === 'ready') {
      item.text = `$(book) ${plural(s.people, 'person', 'people')} · ${plural(s.ratings, 'rating')} · ${plural(s.diagnostics, 'finding')}`;
      item.tooltip = new vscode.MarkdownString(
        `**Inspection Lens**${s.version === doc.version ? '' : ' (updating…)'}\n\n` +
          `${plural(s.people, 'person', 'people')}, ${plural(s.ratings, 'rating')}, ${plural(s.dates, 'date')}, ` +
          `${plural(s.diagnostics, 'finding')}.\n\nClick for the server log.`,
      );
    } else {
      item.text = s.state === 'skipped' ? '$(circle-slash) Inspection Lens: skipped' : '$(error) Inspection Lens: failed';
      item.tooltip = s.message ?? (s.state === 'skipped' ? 'Checks were skipped for this file.' : 'The analysis failed; see the log.');
      if (s.state === 'error') item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
