// "CCF request — 3 required elements missing": the completeness of the active submission.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusChangedNotification, StatusRequest, type SubmissionStatus } from '../../server/src/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('submission.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Submission completeness';
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
    const label = status.label ?? 'Submission';
    if (status.errors > 0) {
      this.item.text = `$(checklist) ${label} — ${status.errors} required element${status.errors === 1 ? '' : 's'} missing`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      this.item.text = `$(pass) ${label} — complete`;
      this.item.backgroundColor = undefined;
    }
    this.item.tooltip = `${status.errors} error(s), ${status.warnings} warning(s), ${status.hints} hint(s). Click to open the Problems view.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
