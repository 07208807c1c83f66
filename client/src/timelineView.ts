// The Timeline view in the Explorer: the server's `inspectionLens/timeline` answer as a tree, one
// item per dated event or rating, in date order; clicking an item opens its source line. Refreshed
// when the server reports an analysis or an indexing pass, and from the view's title bar.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface TimelineEntry {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  label: string;
  date: string;
  kind: 'event' | 'rating';
  text: string;
  file: string;
}

export const TIMELINE_VIEW = 'inspectionLens.timeline';
const REFRESH_PAUSE_MS = 500;

class TimelineProvider implements vscode.TreeDataProvider<TimelineEntry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {}

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), REFRESH_PAUSE_MS);
  }

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(parent?: TimelineEntry): Promise<TimelineEntry[]> {
    if (parent || !this.client.isRunning()) return [];
    try {
      return await this.client.sendRequest<TimelineEntry[]>('inspectionLens/timeline', {});
    } catch {
      return [];
    }
  }

  getTreeItem(e: TimelineEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(e.label, vscode.TreeItemCollapsibleState.None);
    item.description = `${e.file}:${e.range.start.line + 1}`;
    item.tooltip = new vscode.MarkdownString(`**${e.label}**\n\n“${e.text}”\n\n${e.file}, line ${e.range.start.line + 1}`);
    item.iconPath = new vscode.ThemeIcon(e.kind === 'rating' ? 'star-full' : 'calendar');
    const { start, end } = e.range;
    item.command = {
      command: 'vscode.open',
      title: 'Open source line',
      arguments: [vscode.Uri.parse(e.uri), { selection: new vscode.Range(start.line, start.character, end.line, end.character) }],
    };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}

export function registerTimelineView(context: vscode.ExtensionContext, client: LanguageClient): void {
  const provider = new TimelineProvider(client);
  context.subscriptions.push(
    provider,
    vscode.window.registerTreeDataProvider(TIMELINE_VIEW, provider),
    vscode.commands.registerCommand('inspectionLens.refreshTimeline', () => provider.refresh()),
    client.onNotification('inspectionLens/indexed', () => provider.refreshSoon()),
    client.onNotification('inspectionLens/analysisState', () => provider.refreshSoon()),
  );
}
