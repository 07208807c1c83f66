// Entry point of the language server process: `--stdio` or `--node-ipc`, chosen by the client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
