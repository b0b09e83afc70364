// "Submission: Build filing bundle": asks the server for the bundle (submission/bundle), shows its
// progress (the exhibit it is on, through an LSP work-done token) in a notification that can be
// cancelled, asks before building a draft, before replacing an earlier bundle and before putting
// placeholder pages for exhibits that cannot be included, then offers Open and Reveal. Everything
// it shows comes from the server: it reads no file and checks nothing itself.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { BundleRequest, type BundleOutcome, type BundleParams } from '../../server/src/protocol';

export const BUNDLE_COMMAND = 'submission.buildBundle';

export function registerBundleCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(BUNDLE_COMMAND, (uri?: unknown) => buildBundle(client, uri instanceof vscode.Uri ? uri : undefined)));
}

let tokens = 0;

async function buildBundle(client: LanguageClient, target?: vscode.Uri): Promise<BundleOutcome | undefined> {
  const doc = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown' || doc.isUntitled) {
    void vscode.window.showErrorMessage('Open a saved submission (a Markdown file with “submission:” in its frontmatter) to build its filing bundle.');
    return undefined;
  }
  const params: BundleParams = { uri: doc.uri.toString() };
  for (;;) {
    const outcome = await request(client, params, path.basename(doc.fileName));
    if (!outcome) return undefined;
    if (outcome.ok) {
      const notes = [...outcome.skipped.map((s) => s.message), ...outcome.warnings];
      const text = `Bundle written: ${path.basename(outcome.path)}${outcome.pages ? ` (${outcome.pages} pages)` : ''}${outcome.draft ? ', marked DRAFT' : ''}.${notes.length ? ` ${notes.join(' ')}` : ''}`;
      const show = notes.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      const choice = await show(text, 'Open', 'Reveal');
      if (choice === 'Open') await vscode.env.openExternal(vscode.Uri.file(outcome.path));
      if (choice === 'Reveal') await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(outcome.path));
      return outcome;
    }
    const retry = await confirm(outcome, params);
    if (!retry) return outcome;
  }
}

/** Asks whether to go on despite a refusal the user may override; sets the matching flag. */
async function confirm(outcome: Extract<BundleOutcome, { ok: false }>, params: BundleParams): Promise<boolean> {
  const ask = async (button: string) => (await vscode.window.showWarningMessage(outcome.message, { modal: true }, button)) === button;
  if (outcome.reason === 'has-errors' && !params.force) return (params.force = await ask('Build anyway (DRAFT)'));
  if (outcome.reason === 'exists' && !params.overwrite) return (params.overwrite = await ask('Replace'));
  if (outcome.reason === 'exhibits' && !params.skipMissing) return (params.skipMissing = await ask('Build with placeholder pages'));
  if (outcome.reason === 'cancelled') void vscode.window.showInformationMessage(outcome.message);
  else void vscode.window.showErrorMessage(outcome.message);
  return false;
}

async function request(client: LanguageClient, params: BundleParams, name: string): Promise<BundleOutcome | undefined> {
  const workDoneToken = `submission-bundle-${process.pid}-${++tokens}`;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Building the filing bundle of ${name}`, cancellable: true },
    async (progress, cancel) => {
      let done = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const v = value as WorkDoneProgressBegin | WorkDoneProgressReport;
        const increment = v.percentage !== undefined ? v.percentage - done : undefined;
        if (v.percentage !== undefined) done = v.percentage;
        progress.report({ message: v.message, increment });
      });
      try {
        return await client.sendRequest(BundleRequest, { ...params, workDoneToken }, cancel);
      } catch (err) {
        if (cancel.isCancellationRequested) return { ok: false, reason: 'cancelled', message: 'The bundle was cancelled; nothing was written.' } as const;
        throw err;
      } finally {
        listener.dispose();
      }
    },
  );
}
