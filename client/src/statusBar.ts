// "CCF request — 3 required elements missing": the completeness of the active submission.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusChangedNotification, StatusRequest, type SubmissionStatus } from '../../server/src/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('submission.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item.name = vscode.l10n.t('Submission completeness');
    this.item.command = 'workbench.actions.view.problems';
  }

  start(): void {
    this.disposables.push(
      this.client.onNotification(StatusChangedNotification, (status) => {
        if (status.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.show(status);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
    );
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    try {
      const status = await this.client.sendRequest(StatusRequest, { uri: doc.uri.toString() });
      if (vscode.window.activeTextEditor?.document === doc) this.show(status);
    } catch {
      this.item.hide();
    }
  }

  private show(status: SubmissionStatus): void {
    if (!status.isSubmission) {
      this.item.hide();
      return;
    }
    // The text speaks of the document, so the server writes it in the document's language.
    const label = status.label ?? vscode.l10n.t('Submission');
    const text = status.text ?? (status.errors > 0 ? vscode.l10n.t('{0} — {1} required element(s) missing', label, status.errors) : vscode.l10n.t('{0} — complete', label));
    this.item.text = `${status.errors > 0 ? '$(checklist)' : '$(pass)'} ${text}`;
    this.item.backgroundColor = status.errors > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip =
      status.tooltip ?? vscode.l10n.t('{0} error(s), {1} warning(s), {2} hint(s). Click to open the Problems view.', status.errors, status.warnings, status.hints);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
