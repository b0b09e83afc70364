// The drafting features as VS Code itself calls them: definition, rename and code lenses through
// the editor's own commands (vscode.execute*Provider), on the examples in the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, waitFor, workspaceUri } from './helpers';

const CCF = 'ccf-deletion-en.md';
const APPEAL = 'extradition-appeal-en.md';

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `${needle} not in ${doc.fileName}`);
  return doc.positionAt(i + delta);
}

export default function register(): void {
  describe('drafting (vscode.execute*Provider)', () => {
    it('goes from “Exhibit A3” to its declaration', async () => {
      const { document: doc } = await open(CCF);
      const position = positionOf(doc, 'Exhibit A3', 9);
      const locations = await waitFor(
        'a definition of A3 from the extension',
        async () => (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, position)) ?? [],
        (found) => found.length > 0,
      );
      const target = locations[0];
      const range = 'targetRange' in target ? target.targetRange : target.range;
      assert.equal(range.start.line, positionOf(doc, '- id: A3').line);
      assert.equal(doc.getText(range), 'A3');
    });

    it('renames A3 to A9 in the declaration and every citation, and refuses a taken name', async () => {
      const { document: doc } = await open(CCF);
      const position = positionOf(doc, 'Exhibit A3', 9);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, position, 'A9');
      const edits = edit.get(workspaceUri(CCF));
      const mentions = doc.getText().match(/(?<![\p{L}\p{N}])A3(?![\p{L}\p{N}])/gu)?.length ?? 0;
      assert.ok(edits.length >= 2 && edits.length <= mentions, `${edits.length} edits for ${mentions} mentions`);
      assert.ok(edits.every((e) => e.newText === 'A9' && doc.getText(e.range) === 'A3'));
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, position, 'A1')),
        /already the id of another exhibit/,
      );
    });

    it('shows the last day to serve the appeal notice as a code lens on the decision’s date', async () => {
      const { document: doc } = await open(APPEAL);
      const line = positionOf(doc, '  date: 2026-11-13').line;
      const lenses = await waitFor(
        'a code lens on the decision’s date',
        async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [],
        (found) => found.some((l) => l.range.start.line === line && !!l.command),
      );
      const lens = lenses.find((l) => l.range.start.line === line)!;
      assert.equal(lens.command!.title, 'Last day to serve the appeal notice: Thursday 19 November 2026 (7 days, EA 2003 s.26(4))');
    });
  });
}
