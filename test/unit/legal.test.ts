// The legal corpus (test/legal/README.md): submissions written as a specialist would write them,
// correct and defective, one legal point each, with the legal answer marked inline. Exact, as the
// fixtures are: a correct document that gets an error, or a defect the checker misses, fails here.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { RULES } from '../../server/src/data/rules';
import { ROOT, TODAY } from '../helpers';
import { badMessage, compare, describeDiff, listFixtures, loadFixture, run } from '../support/expectations';

const CORPUS = path.resolve(__dirname, '../legal');
const documents = listFixtures(CORPUS).map((f) => loadFixture(f, CORPUS));

describe('legal corpus (test/legal/**/*.md)', () => {
  it('has correct and defective documents in all four languages', () => {
    const languages = new Set(documents.map((d) => run(d).sub.declaredLanguage));
    for (const l of ['en', 'fr', 'es', 'ar'] as const) assert.ok(languages.has(l), `no ${l} document`);
    assert.ok(documents.some((d) => d.expectations.length === 0), 'no correct document');
    assert.ok(documents.some((d) => d.expectations.some((e) => RULES.find((r) => r.id === e.code)?.severity === 'error')), 'no defective document');
  });

  it('the built CLI, whose bundle keeps only the holidays and time zones of England and Wales, gives the same answers', function () {
    this.timeout(120_000);
    const files = documents.map((d) => d.file);
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--today', TODAY, '--format', 'json', ...files], { encoding: 'utf8' });
    const report = JSON.parse(cli.stdout) as { file: string; diagnostics: { code: string; start: { line: number } }[] }[];
    for (const doc of documents) {
      const got = report.find((r) => path.resolve(r.file) === doc.file)!.diagnostics.map((d) => `${d.start.line} ${d.code}`).sort();
      const want = run(doc).actual.map((a) => `${a.line} ${a.finding.code}`).sort();
      assert.deepEqual(got, want, doc.name);
    }
  });

  for (const doc of documents) {
    it(doc.name, () => {
      const { actual, sub } = run(doc);
      const { missing, unexpected } = compare(doc.expectations, actual);
      if (missing.length || unexpected.length) assert.fail(describeDiff(doc, missing, unexpected, actual));
      const bad = actual.filter((a) => badMessage(a.finding.message, sub.declaredLanguage));
      assert.deepEqual(bad.map((a) => `${a.line}: ${a.finding.message}`), [], 'messages with a slot left, or English in a non-English document');
    });
  }
});
