// Starts the bundled language server over IPC and wires what the VS Code UI needs around it:
// the output channel, the status bar item and the commands. `activate()` returns an API object so
// integration tests (and other extensions) can wait on the real client instead of sleeping.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { fanOutNotifications } from './notifications';
import { AnalysisState, AnalysisStatusBar, ARTICLE_LANGUAGES, ARTICLE_SCHEMES } from './statusBar';
import { registerExportCommand } from './exportCommand';
import { registerTimelineView } from './timelineView';

export interface InspectionLensApi {
  readonly client: LanguageClient;
  /** Fires for every `inspectionLens/analysisState` notification from the server. */
  readonly onDidAnalyse: vscode.Event<AnalysisState>;
  /** The latest state the server reported for a document, if any. */
  stateOf(uri: vscode.Uri): AnalysisState | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<InspectionLensApi> {
  const output = vscode.window.createOutputChannel('Inspection Lens', { log: true });
  const status = new AnalysisStatusBar();
  const analysed = new vscode.EventEmitter<AnalysisState>();
  context.subscriptions.push(output, status, analysed);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ARTICLE_SCHEMES.flatMap((scheme) => ARTICLE_LANGUAGES.map((language) => ({ scheme, language }))),
    // No `synchronize.configurationSection`: the server registers for didChangeConfiguration itself and
    // pulls `workspace/configuration`, so the client only has to forward the change.
    outputChannel: output,
    traceOutputChannel: output,
  };
  // The id matches the settings prefix, so `inspectionLens.trace.server` switches message tracing on.
  const lc = new LanguageClient('inspectionLens', 'Inspection Lens', serverOptions, clientOptions);
  fanOutNotifications(lc); // the status bar and the Timeline view both follow analysisState
  client = lc;

  context.subscriptions.push(
    lc.onDidChangeState((e) => status.setServerRunning(e.newState === State.Running)),
    lc.onNotification('inspectionLens/analysisState', (s: AnalysisState) => {
      status.update(s);
      analysed.fire(s);
    }),
    vscode.commands.registerCommand('inspectionLens.restartServer', async () => {
      output.info("Restarting the server on request.");
      await lc.restart();
    }),
    vscode.commands.registerCommand('inspectionLens.showOutput', () => output.show(true)),
  );
  registerTimelineView(context, lc);
  registerExportCommand(context, lc);

  try {
    await lc.start();
  } catch (e) {
    output.error(`The server failed to start: ${e instanceof Error ? e.stack : String(e)}`);
    void vscode.window.showErrorMessage('Inspection Lens: the language server failed to start. See the "Inspection Lens" output.');
  }
  return { client: lc, onDidAnalyse: analysed.event, stateOf: (uri) => status.stateOf(uri) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
