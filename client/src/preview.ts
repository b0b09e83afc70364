// "Submission: Show PDF preview": a webview beside the editor showing the PDF the export would
// make, rendered by the server in memory (nothing is written next to the source), refreshed on
// save with the scroll position kept. A click on a paragraph number shows that paragraph.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest } from '../../server/src/protocol';

export class PdfPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private source: vscode.TextDocument | undefined;
  private paragraphs = new Map<number, number>();
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (doc === this.source) void this.refresh();
      }),
    );
  }

  async show(target?: vscode.Uri): Promise<void> {
    const doc = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Open a submission (a Markdown file with “submission:” in its frontmatter) to preview it.'));
      return;
    }
    this.source = doc;
    const title = vscode.l10n.t('PDF preview — {0}', path.basename(doc.fileName));
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      if (this.ready) await this.refresh();
      return;
    }
    const assets = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'preview');
    this.panel = vscode.window.createWebviewPanel('submission.preview', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [assets],
    });
    this.panel.webview.html = this.html(this.panel.webview, assets);
    this.panel.webview.onDidReceiveMessage((m: { type: string; paragraph?: number; message?: string }) => {
      if (m.type === 'ready') {
        this.ready = true;
        void this.refresh();
      } else if (m.type === 'reveal' && m.paragraph !== undefined) {
        void this.reveal(m.paragraph);
      } else if (m.type === 'error') {
        void vscode.window.showErrorMessage(vscode.l10n.t('The preview could not be made: {0}', m.message ?? ''));
      }
    });
    this.panel.onDidDispose(() => {
      this.panel = undefined;
      this.ready = false;
    });
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const doc = this.source;
    if (!panel || !doc) return;
    const result = await this.client.sendRequest(PreviewRequest, { uri: doc.uri.toString() });
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The preview could not be made: {0}', result.message));
      return;
    }
    this.paragraphs = new Map(result.paragraphs.map((p) => [p.number, p.line]));
    await panel.webview.postMessage({ type: 'pdf', pdf: result.pdf });
  }

  private async reveal(paragraph: number): Promise<void> {
    const line = this.paragraphs.get(paragraph);
    if (line === undefined || !this.source) return;
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === this.source);
    const editor = await vscode.window.showTextDocument(this.source, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }

  private html(webview: vscode.Webview, assets: vscode.Uri): string {
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(assets, 'preview.js'));
    const worker = webview.asWebviewUri(vscode.Uri.joinPath(assets, 'pdf.worker.min.mjs'));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data: blob:`,
      `style-src 'nonce-${nonce}'`,
      `font-src ${webview.cspSource} data: blob:`,
      `script-src 'nonce-${nonce}'`,
      `connect-src ${webview.cspSource}`,
      'worker-src blob:',
    ].join('; ');
    return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">
  body { margin: 0; padding: 12px; background: var(--vscode-editorWidget-background, #e5e5e5); }
  #pages { display: flex; flex-direction: column; align-items: center; gap: 12px; }
  .page { position: relative; box-shadow: 0 1px 4px rgba(0, 0, 0, .35); background: white; }
  .page canvas { width: 100%; height: 100%; display: block; }
  a.paragraph { position: absolute; cursor: pointer; }
  a.paragraph:hover { background: rgba(0, 120, 212, .18); outline: 1px solid rgba(0, 120, 212, .6); }
</style></head>
<body data-worker="${worker}"><div id="pages"></div><script type="module" nonce="${nonce}" src="${script}"></script></body></html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
