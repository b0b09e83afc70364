// The floor under any language server's keystroke: a vscode-languageserver server that keeps each
// document in the same store as ours (server/src/documents.ts) and publishes empty diagnostics for
// every version. `npm run bench` times it beside the real server, in the same run, and reports our
// latency as a multiple of its own.
import { createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { ropeDocuments } from '../server/src/documents';

const connection = createConnection();
const documents = new TextDocuments(ropeDocuments());

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent((e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: [] });
});
documents.listen(connection);
connection.listen();
