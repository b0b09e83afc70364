import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, open, PLAIN, waitFor } from './helpers';

export default function register(): void {
  describe('activation', () => {
    it('is installed and activates when a Markdown file is opened', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not installed`);
      await open(PLAIN);
      await waitFor('the extension to activate', () => extension.isActive, Boolean, 30_000, String);
    });

    it('contributes the Submission commands', async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['submission.newCcfRequest', 'submission.newExtraditionSubmission', 'submission.exportPdf', 'submission.exportDocx']) {
        assert.ok(commands.includes(id), `command ${id} is not registered`);
      }
    });
  });
}
