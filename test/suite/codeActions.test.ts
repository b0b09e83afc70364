import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, DEFECTIVE_EN, DEFECTIVE_FR, describeDiagnostics, open, waitForDiagnostics, workspaceUri } from './helpers';

async function applyFix(name: string, title: string, heading: string, missing: string): Promise<void> {
  const uri = workspaceUri(name);
  const editor = await open(name);
  const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'CCF-REC-01'), 'CCF-REC-01');
  const facts = diagnostics.find((d) => codeOf(d) === 'CCF-REC-01')!;
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, facts.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  const fix = actions.find((a) => a.title === title);
  assert.ok(fix, `no quick fix "${title}"; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
  if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  const lines = editor.document.getText().split(/\r?\n/);
  const at = lines.findIndex((line) => new RegExp(`^#{1,6}\\s+(\\S+\\.\\s*)?${heading}\\s*:?\\s*$`).test(line));
  assert.ok(at >= 0, `a heading "${heading}" was inserted`);
  assert.ok(lines.slice(at + 1, at + 6).some((line) => /\{\{.+\}\}/.test(line)), `a {{...}} placeholder follows the heading:\n${lines.slice(at, at + 6).join('\n')}`);
  const after = await waitForDiagnostics(uri, (d) => !d.some((x) => x.message.startsWith(missing)), `"${missing}" to go away`, 15_000);
  assert.ok(after.every((d) => !d.message.startsWith(missing)), describeDiagnostics(after));
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

export default function register(): void {
  describe('quick fixes (vscode.executeCodeActionProvider)', () => {
    it('inserts the missing “Statement of facts” section', () =>
      applyFix(DEFECTIVE_EN, 'Insert the “Statement of facts” section', 'Statement of facts', 'Missing section: “Statement of facts”.'));

    it('inserts it in the document’s language (French)', () =>
      applyFix(DEFECTIVE_FR, 'Insérer la section « Exposé des faits »', 'Exposé des faits', 'Section manquante : « Exposé des faits ».'));
  });
}
