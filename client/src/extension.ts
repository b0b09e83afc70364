// The VS Code side: starts the language server and adds commands, the status bar item and
// export. It parses and checks nothing itself; everything it shows comes from the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerBundleCommand } from './bundle';
import { registerCommands } from './commands';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'markdown', scheme: 'vscode-remote' },
    ],
    synchronize: {
      configurationSection: 'submission',
      // Exhibit files named in `file:` may appear or vanish.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*'),
    },
    initializationOptions: {
      rulesDocsUrl: vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules.md'))).toString(),
    },
    outputChannelName: 'Submission Checker',
  };
  client = new LanguageClient('submission', 'Submission Checker', serverOptions, clientOptions);
  const statusBar = new StatusBar(client);
  context.subscriptions.push(statusBar);
  registerCommands(context, client);
  registerBundleCommand(context, client);
  await client.start();
  statusBar.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
