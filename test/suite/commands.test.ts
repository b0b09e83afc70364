import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { examples, open, waitFor, workspaceUri } from './helpers';

export default function register(): void {
  describe('commands', () => {
    for (const [command, extension, magic] of [
      ['submission.exportPdf', 'pdf', '%PDF'],
      ['submission.exportDocx', 'docx', 'PK'],
    ] as const) {
      it(`${command} writes the ${extension.toUpperCase()} next to the source`, async function () {
        const name = examples('ccf-request', 'en')[0] ?? examples()[0];
        if (!name) this.skip();
        const target = workspaceUri(name.replace(/\.md$/, `.${extension}`)).fsPath;
        fs.rmSync(target, { force: true });
        await open(name);
        // Not awaited: the command ends with a notification that waits for the user.
        void vscode.commands.executeCommand(command);
        await waitFor(`${target} to be written`, () => fs.existsSync(target) && fs.statSync(target).size > 0, Boolean, 30_000, () => 'not written');
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(fs.readFileSync(target).subarray(0, magic.length).toString('latin1'), magic);
      });
    }
  });
}
