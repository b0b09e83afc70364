import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf, DEFECTIVE_EN, DEFECTIVE_FR, describeDiagnostics, examples, open, openAndSettle, PLAIN, submissionDiagnostics,
  waitForDiagnostics, workspaceUri,
} from './helpers';

export default function register(): void {
  describe('diagnostics (vscode.languages.getDiagnostics)', () => {
    it('reports the missing sections of an English CCF request as errors with catalogue codes', async () => {
      const uri = workspaceUri(DEFECTIVE_EN);
      await open(DEFECTIVE_EN);
      const diagnostics = await waitForDiagnostics(
        uri,
        (d) => ['CCF-REC-01', 'CCF-REQ-11', 'CCF-REQ-08'].every((code) => d.some((x) => codeOf(x) === code)),
        'CCF-REC-01, CCF-REQ-11 and CCF-REQ-08',
      );
      for (const code of ['CCF-REC-01', 'CCF-REQ-11']) {
        const diagnostic = diagnostics.find((d) => codeOf(d) === code)!;
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, `${code} is an error${describeDiagnostics([diagnostic])}`);
      }
      // "Relief sought" is recommended only: `request:` already states what the request seeks.
      const relief = diagnostics.find((d) => codeOf(d) === 'CCF-REQ-08')!;
      assert.equal(relief.severity, vscode.DiagnosticSeverity.Hint, `CCF-REQ-08 is a hint${describeDiagnostics([relief])}`);
      const facts = diagnostics.find((d) => codeOf(d) === 'CCF-REC-01')!;
      assert.ok(facts.message.startsWith('Missing section: “Statement of facts”.'), `CCF-REC-01 message: ${facts.message}`);
    });

    it('writes its messages in the document’s language (French)', async () => {
      const uri = workspaceUri(DEFECTIVE_FR);
      await open(DEFECTIVE_FR);
      const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'CCF-REC-01'), 'CCF-REC-01');
      const facts = diagnostics.find((d) => codeOf(d) === 'CCF-REC-01')!;
      assert.ok(facts.message.startsWith('Section manquante : « Exposé des faits ».'), `CCF-REC-01 message: ${facts.message}`);
    });

    it('finds no error in the examples', async function () {
      const names = examples();
      if (!names.length) this.skip();
      await openAndSettle(names);
      const report = names
        .map((name) => ({ name, errors: submissionDiagnostics(workspaceUri(name)).filter((d) => d.severity === vscode.DiagnosticSeverity.Error) }))
        .filter((entry) => entry.errors.length > 0)
        .map((entry) => `${entry.name}:${describeDiagnostics(entry.errors)}`);
      assert.deepEqual(report, [], `errors in the examples:\n${report.join('\n')}`);
    });

    it('says nothing about a Markdown file that is not a submission', async () => {
      await openAndSettle([PLAIN]);
      const diagnostics = submissionDiagnostics(workspaceUri(PLAIN));
      assert.equal(diagnostics.length, 0, `diagnostics on ${PLAIN}:${describeDiagnostics(diagnostics)}`);
    });
  });
}
