// The VS Code side: starts the language server and adds commands, the status bar item and
// export. It parses and checks nothing itself; everything it shows comes from the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerBundleCommand } from './bundle';
import { registerCommands } from './commands';
import { MAX_RESTARTS, RestartPolicy } from './restarts';
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
    errorHandler: restartingErrorHandler(),
  };
  client = new LanguageClient('submission', 'Submission Checker', serverOptions, clientOptions);
  const statusBar = new StatusBar(client);
  context.subscriptions.push(statusBar);
  registerCommands(context, client);
  registerBundleCommand(context, client);
  await client.start();
  statusBar.start();
}

/**
 * A server that dies is restarted (its documents are checked again), at most MAX_RESTARTS times in
 * three minutes; the user is told once that it was restarted, and once if it is given up.
 */
function restartingErrorHandler(): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    // A message that cannot be read or written: carry on, as the library's own handler does at first.
    error: (_error, _message, count) => ({ action: count && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.closed();
      const output = 'the “Submission Checker” output';
      if (decision.tell === 'restarted') {
        void vscode.window.showWarningMessage(`The Submission Checker stopped unexpectedly and was restarted. If it happens again it is restarted up to ${MAX_RESTARTS} times in three minutes; details are in ${output}.`);
      } else if (decision.tell === 'stopped') {
        void vscode.window.showErrorMessage(`The Submission Checker stopped ${MAX_RESTARTS + 1} times in three minutes and is not restarted: submissions are not checked until the window is reloaded. Details are in ${output}.`);
      }
      client?.outputChannel.appendLine(`[${new Date().toISOString()}] the server stopped; ${decision.restart ? 'restarting it' : 'not restarting it'}`);
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
