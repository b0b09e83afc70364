// `check --format sarif` against the official SARIF 2.1.0 schema (the copy @microsoft/jest-sarif
// ships; it is draft-04, hence ajv-draft-04), then what code-scanning dashboards read from it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { RULES } from '../../server/src/data/rules';
import { ROOT } from '../helpers';

const SCHEMA = path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function validator() {
  // The published schema's `language` pattern has a stray bracket, which is an error only in
  // Unicode mode; strict off for its draft-04 idioms.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
}

function sarif(cwd: string, ...files: string[]): { status: number | null; log: Log; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'sarif', '--today', '2026-11-22', ...files], { cwd, encoding: 'utf8' });
  return { status: r.status, log: JSON.parse(r.stdout) as Log, stderr: r.stderr };
}

describe('check --format sarif', function () {
  this.timeout(60_000);
  let ws: string;
  before(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-'));
    fs.cpSync(path.join(ROOT, 'examples'), path.join(ws, 'examples'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'dossier Petrov'));
    fs.writeFileSync(path.join(ws, 'dossier Petrov/requête.md'), '---\nsubmission: ccf-request\nlanguage: fr\n---\n\n# Requête\n\nVoir 𝐥a pièce X1.\n');
    fs.writeFileSync(path.join(ws, 'notes.md'), '# Notes\n');
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('is valid SARIF 2.1.0, with problems, clean files, a non-submission and an unreadable file', () => {
    const validate = validator();
    const { status, log } = sarif(ws, 'dossier Petrov/requête.md', 'examples/ccf-deletion-en.md', 'notes.md', 'missing.md');
    assert.equal(status, 2);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
  });

  it('stays valid when the schema is given a broken log (the validator can fail)', () => {
    const validate = validator();
    const { log } = sarif(ws, 'examples/ccf-deletion-en.md');
    assert.ok(validate(log));
    assert.ok(!validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: {}, level: 'fatal' }] }] }));
  });

  it('gives each problem its rule, level, message in the document’s language, file and region', () => {
    const { status, log } = sarif(ws, 'dossier Petrov/requête.md');
    assert.equal(status, 1);
    const [run] = log.runs;
    assert.equal(run.tool.driver.name, 'submission-checker');
    assert.deepEqual(run.tool.driver.rules!.map((r) => r.id), RULES.map((r) => r.id));
    assert.equal(run.columnKind, 'unicodeCodePoints');
    assert.equal(run.language, 'fr-FR');
    assert.equal(run.originalUriBaseIds!.SRCROOT.uri, pathToFileURL(`${ws}${path.sep}`).href);
    const exhibit = run.results!.find((r) => r.ruleId === 'CCF-REC-04' && /X1/.test(r.message.text!))!;
    assert.equal(exhibit.level, 'error');
    assert.match(exhibit.message.text!, /^La pièce X1 est citée/);
    assert.equal(run.tool.driver.rules![exhibit.ruleIndex!].id, 'CCF-REC-04');
    const location = exhibit.locations![0].physicalLocation!;
    assert.deepEqual(location.artifactLocation, { uri: 'dossier%20Petrov/requ%C3%AAte.md', uriBaseId: 'SRCROOT' });
    assert.deepEqual(location.region, { startLine: 8, startColumn: 15, endLine: 8, endColumn: 17 });
    // Columns count characters: the mathematical letter before X1 is two UTF-16 units but one character.
    const json = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', '--today', '2026-11-22', 'dossier Petrov/requête.md'], { cwd: ws, encoding: 'utf8' });
    const diagnostics = JSON.parse(json.stdout)[0].diagnostics as { code: string; severity: string }[];
    const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as Record<string, string>;
    assert.deepEqual(run.results!.map((r) => [r.ruleId, r.level]), diagnostics.map((d) => [d.code, level[d.severity]]));
  });

  it('says in the invocation which files were not checked, and why', () => {
    const { log } = sarif(ws, 'notes.md', 'missing.md', path.join(ws, 'examples/ccf-access-ar.md'));
    const [run] = log.runs;
    const [invocation] = run.invocations!;
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(
      invocation.toolExecutionNotifications!.map((n) => [n.level, n.locations![0].physicalLocation!.artifactLocation!.uri, n.message.text]),
      [
        ['note', 'notes.md', 'not a submission (no “submission:” in the frontmatter); nothing checked'],
        ['error', 'missing.md', 'cannot read: no such file'],
      ],
    );
    assert.deepEqual(run.results, []);
    assert.equal(run.language, 'ar');
  });

  it('marks mixed languages as "mul" and gives files outside the current folder as file: URIs', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-cwd-'));
    const { log } = sarif(elsewhere, path.join(ws, 'dossier Petrov/requête.md'), path.join(ws, 'examples/ccf-deletion-en.md'));
    const [run] = log.runs;
    assert.equal(run.language, 'mul');
    assert.equal(run.results![0].locations![0].physicalLocation!.artifactLocation!.uri, pathToFileURL(path.join(ws, 'dossier Petrov/requête.md')).href);
    fs.rmSync(elsewhere, { recursive: true });
  });
});
