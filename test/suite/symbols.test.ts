import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { DEFECTIVE_EN, examples, open, waitFor, workspaceUri } from './helpers';

type AnySymbol = vscode.DocumentSymbol | vscode.SymbolInformation;

/** Heading texts below the title, as the outline shows them (inline markup flattened). */
function sectionHeadings(text: string): string[] {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return [...body.matchAll(/^#{2,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim());
}

function descendants(symbol: vscode.DocumentSymbol): vscode.DocumentSymbol[] {
  return symbol.children.flatMap((child) => [child, ...descendants(child)]);
}

/** Contract names match the start of the symbol's name ("Warrants" also matches "Warrants and decisions"). */
function named(symbols: vscode.DocumentSymbol[], name: string): boolean {
  return symbols.some((s) => s.name === name || s.name.startsWith(`${name} `));
}

export default function register(): void {
  describe('document symbols (vscode.executeDocumentSymbolProvider)', () => {
    it('gives the submission as the root symbol, with its sections, warrants and exhibits under it', async () => {
      const name = examples('ccf-request', 'en')[0] ?? DEFECTIVE_EN;
      const uri = workspaceUri(name);
      await open(name);
      const expected = [...sectionHeadings(fs.readFileSync(uri.fsPath, 'utf8')), 'Warrants', 'Exhibits'];
      // The built-in Markdown extension answers too; ours is the root with a "Warrants" group under it.
      const root = await waitFor(
        `a root symbol of ${name} with ${expected.join(', ')} under it`,
        async () => {
          const symbols = (await vscode.commands.executeCommand<AnySymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
          return symbols.filter((s): s is vscode.DocumentSymbol => 'children' in s).find((s) => named(descendants(s), 'Warrants'));
        },
        (found) => found !== undefined && expected.every((e) => named(descendants(found), e)),
        30_000,
        (found) => (found ? `${found.name} > ${descendants(found).map((c) => c.name).join(', ')}` : 'no root symbol with a "Warrants" group under it'),
      );
      assert.ok(root!.name.length > 0);
    });
  });
}
