// The command line as a user drives it: the built dist/cli.js run in a scratch folder, checking
// what it prints on stdout and stderr, its exit code and the files it writes (needs `npm run build`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeExhibits, requestWith } from '../export/bundle-fixtures';
import { pdfText, run } from '../export/helpers';
import { readZipEntry } from '../../server/src/export/zip';
import { ROOT } from '../helpers';

const CLI = path.join(ROOT, 'dist/cli.js');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A usage error: nothing on stdout, exit 2, and stderr names what is wrong. */
function assertUsageError(r: Run, ...named: (string | RegExp)[]): void {
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^error: /);
  for (const n of named) assert.ok(typeof n === 'string' ? r.stderr.includes(n) : n.test(r.stderr), `stderr names ${n}: ${r.stderr}`);
}

const FRENCH_DRAFT = '---\nsubmission: ccf-request\nlanguage: fr\n---\n\n# Requête\n\nVoir la pièce X1.\n';

/** A scratch folder with the examples, a complete English `draft.md` and an incomplete French `brouillon.md`. */
function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
  fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'examples/ccf-deletion-en.md'), path.join(dir, 'draft.md'));
  fs.writeFileSync(path.join(dir, 'brouillon.md'), FRENCH_DRAFT);
  return dir;
}

const isPdf = (file: string) => fs.readFileSync(file).subarray(0, 5).toString() === '%PDF-';
const isDocx = (file: string) => readZipEntry(fs.readFileSync(file), 'word/document.xml') !== undefined;
const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
const entries = (dir: string) => fs.readdirSync(dir).sort();

describe('cli', function () {
  this.timeout(120_000);
  let ws: string;
  beforeEach(() => {
    ws = workspace();
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  describe('help and version', () => {
    it('--help and -h print the commands on stdout and exit 0', () => {
      for (const flag of ['--help', '-h']) {
        const r = cli(ws, flag);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, /^Usage: submission-checker \[options\] \[command\]/);
        assert.match(r.stdout, /^ {2}check \[options\] <FILE\.\.\.>/m);
        assert.match(r.stdout, /^ {2}export \[options\] <FILE\.\.\.>/m);
      }
    });

    it('each command has its own help, with its options and examples, on stdout with exit 0', () => {
      for (const args of [['check', '--help'], ['help', 'check']]) {
        const r = cli(ws, ...args);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, /^Usage: submission-checker check \[options\] <FILE\.\.\.>/);
        for (const option of ['--format <format>', '"sarif"', '--today <YYYY-MM-DD>', '--severity <CODE=LEVEL>', 'Examples:']) assert.ok(r.stdout.includes(option), option);
      }
      const r = cli(ws, 'export', '--help');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Usage: submission-checker export \[options\] <FILE\.\.\.>/);
      for (const option of ['-o, --output <path>', '--force', '--overwrite', '--paper <size>', '--reference-docx <file>', 'Examples:']) assert.ok(r.stdout.includes(option), option);
    });

    it('--version and -v print the version on stdout and exit 0', () => {
      for (const flag of ['--version', '-v']) {
        const r = cli(ws, flag);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, `submission-checker ${version}\n`);
      }
    });

    it('with no command, prints the help on stderr and exits 2', () => {
      const r = cli(ws);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /Usage: submission-checker/);
    });
  });

  describe('usage errors name what is wrong and exit 2', () => {
    it('an unknown command, with a suggestion', () => {
      assertUsageError(cli(ws, 'frobnicate'), "unknown command 'frobnicate'");
      assertUsageError(cli(ws, 'chek', 'draft.md'), "unknown command 'chek'", "Did you mean check?");
    });

    it('an unknown option, before or after the file', () => {
      assertUsageError(cli(ws, 'check', 'draft.md', '--frob'), "unknown option '--frob'", 'submission-checker check --help');
      assertUsageError(cli(ws, 'export', '--pape', 'letter', 'draft.md'), "unknown option '--pape'", '--paper');
    });

    it('a value that is not one of the choices', () => {
      assertUsageError(cli(ws, 'export', 'draft.md', '--format', 'pdf', '--paper', 'legal'), "'legal' is invalid", 'a4, letter');
      assertUsageError(cli(ws, 'check', 'draft.md', '--format', 'xml'), "'xml' is invalid", 'text, json, sarif');
      assertUsageError(cli(ws, 'export', 'draft.md', '--format', 'odt'), "'odt' is invalid", 'pdf, docx');
      assert.deepEqual(entries(ws), ['brouillon.md', 'draft.md', 'examples']);
    });

    it('a date that does not exist, in --today', () => {
      assertUsageError(cli(ws, 'check', 'draft.md', '--today', '2099-99-99'), "'2099-99-99' is invalid", 'YYYY-MM-DD');
      assertUsageError(cli(ws, 'check', 'draft.md', '--today', '2026-02-30'), "'2026-02-30' is invalid");
      assertUsageError(cli(ws, 'check', 'draft.md', '--today', 'yesterday'), "'yesterday' is invalid");
    });

    it('a --severity that is not CODE=LEVEL with a known code and level', () => {
      assertUsageError(cli(ws, 'check', 'draft.md', '--severity', 'SK-07=loud'), "'SK-07=loud' is invalid", 'error, warning, information, hint, off');
      assertUsageError(cli(ws, 'check', 'draft.md', '--severity', 'XX-99=off'), 'XX-99 is not a code');
      assertUsageError(cli(ws, 'check', 'draft.md', '--severity', 'SK-07'), 'CODE=LEVEL');
    });

    it('a missing file argument or option value', () => {
      assertUsageError(cli(ws, 'check'), "missing required argument 'FILE'");
      assertUsageError(cli(ws, 'export', 'draft.md', '-o'), "'-o, --output <path>' argument missing");
      assertUsageError(cli(ws, 'export', 'draft.md', '-o', ''), '-o needs a file or folder name');
    });

    it('export without a format it can know', () => {
      assertUsageError(cli(ws, 'export', 'draft.md'), '--format is required');
      assertUsageError(cli(ws, 'export', 'draft.md', '-o', 'out/'), '--format is required');
    });

    it('a format that -o contradicts, or one -o file for several submissions', () => {
      assertUsageError(cli(ws, 'export', 'draft.md', '--format', 'docx', '-o', 'final.pdf'), '-o final.pdf ends in .pdf, but --format is docx');
      assertUsageError(cli(ws, 'export', 'draft.md', 'examples/ccf-effacement-fr.md', '-o', 'final.pdf'), '-o final.pdf names one file, but 2 submissions');
      assert.deepEqual(entries(ws), ['brouillon.md', 'draft.md', 'examples']);
    });

    it('two submissions that would be exported to the same file', () => {
      fs.mkdirSync(path.join(ws, 'other'));
      fs.copyFileSync(path.join(ws, 'draft.md'), path.join(ws, 'other/draft.md'));
      assertUsageError(cli(ws, 'export', 'draft.md', 'other/draft.md', '--format', 'pdf', '-o', 'out'), 'draft.md and other/draft.md would both be exported to out/draft.pdf');
      assert.ok(!fs.existsSync(path.join(ws, 'out')));
    });
  });

  describe('check', () => {
    it('exits 0 on the examples and says each is complete, in its own language', () => {
      const r = cli(ws, 'check', ...entries(path.join(ws, 'examples')).map((f) => `examples/${f}`));
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^examples\/ccf-deletion-en\.md: CCF request — complete, no problems found$/m);
      assert.match(r.stdout, /^examples\/ccf-effacement-fr\.md : Requête à la CCF — complet, aucun problème trouvé$/m);
      assert.match(r.stdout, /^examples\/ccf-revision-es\.md: Solicitud a la CCF — completo, no se ha encontrado ningún problema$/m);
      assert.match(r.stdout, /^examples\/ccf-access-ar\.md: .* — مكتمل، لم يُعثر على أي مشكلة$/m);
    });

    it('prints file:line:col severity code message in the document’s language and exits 1 on errors', () => {
      const r = cli(ws, 'check', 'brouillon.md', '--today', '2026-11-22');
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /^brouillon\.md:8:15 error CCF-REC-04 La pièce X1 est citée/m);
      assert.match(r.stdout, /^brouillon\.md:2:1 error CCF-REQ-06 L’en-tête ne contient pas « signed »/m);
    });

    it('--severity changes or silences a code, as the editor setting does', () => {
      const file = path.join(ws, 'skeleton.md');
      fs.writeFileSync(file, '---\nsubmission: extradition-defence\nlanguage: en\n---\n\n# Skeleton\n\nSee Exhibit X1.\n');
      const r = cli(ws, 'check', 'skeleton.md', '--severity', 'SK-07=hint', '--severity=SK-01=off', '--severity', 'sk-09=off', '--severity', 'SK-03=off', '--severity', 'SK-08=Off');
      assert.equal(r.status, 0, r.stdout);
      assert.match(r.stdout, /^skeleton\.md:8:13 hint SK-07 Exhibit X1 is cited/m);
      assert.doesNotMatch(r.stdout, /SK-01/);
    });

    it('says a Markdown file without “submission:” is not a submission, and exits 0', () => {
      fs.writeFileSync(path.join(ws, 'notes.md'), '# Meeting notes\n\nNothing to check.\n');
      const r = cli(ws, 'check', 'notes.md');
      assert.equal(r.status, 0);
      assert.equal(r.stdout, 'notes.md: not a submission (no “submission:” in the frontmatter); nothing checked\n');
    });

    it('--format json gives the diagnostics as data', () => {
      const r = cli(ws, 'check', 'draft.md', 'brouillon.md', '--format', 'JSON');
      assert.equal(r.status, 1);
      const [draft, brouillon] = JSON.parse(r.stdout);
      assert.deepEqual({ ...draft, diagnostics: draft.diagnostics.length }, { file: 'draft.md', isSubmission: true, kind: 'ccf-request', language: 'en', diagnostics: 0 });
      assert.equal(brouillon.language, 'fr');
      const signed = brouillon.diagnostics.find((d: { code: string }) => d.code === 'CCF-REQ-06');
      assert.deepEqual(signed.start, { line: 2, column: 1 });
      assert.equal(signed.severity, 'error');
    });

    it('reports a file it cannot read on stderr, checks the others, and exits 2', () => {
      const r = cli(ws, 'check', 'no/such/file.md', 'draft.md', 'examples');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^no\/such\/file\.md: cannot read: no such file$/m);
      assert.match(r.stderr, /^examples: cannot read: is a folder, not a file$/m);
      assert.match(r.stdout, /^draft\.md: CCF request — complete/m);
    });

    it('stops quietly when the reader closes the pipe early (… | head -1)', () => {
      // About 3 kB of problems per copy, written file by file: far more than a pipe holds.
      const files = Array.from({ length: 200 }, () => 'brouillon.md').join(' ');
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check ${files} | head -1`], { cwd: ws, encoding: 'utf8', timeout: 60_000 });
      assert.match(r.stdout, /^brouillon\.md:2:1 error /);
      assert.equal(r.stderr, '');
    });

    it('prints paths inside the current folder relative to it, and others absolute, never ../', () => {
      const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-cwd-'));
      const r = cli(elsewhere, 'check', path.join(ws, 'draft.md'), path.relative(elsewhere, path.join(ws, 'brouillon.md')));
      assert.match(r.stdout, new RegExp(`^${escape(path.join(ws, 'draft.md'))}: CCF request — complete`, 'm'));
      assert.match(r.stdout, new RegExp(`^${escape(path.join(ws, 'brouillon.md'))}:2:1 error`, 'm'));
      assert.doesNotMatch(r.stdout, /\.\.\//);
      fs.rmSync(elsewhere, { recursive: true });
    });
  });

  describe('export: where -o puts the file', () => {
    it('-o FILE.pdf writes that file (not a folder), relative to the current folder', () => {
      fs.mkdirSync(path.join(ws, 'sub'));
      fs.copyFileSync(path.join(ws, 'draft.md'), path.join(ws, 'sub/draft.md'));
      const r = cli(ws, 'export', 'sub/draft.md', '--format', 'pdf', '-o', 'final.pdf');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, 'sub/draft.md: exported to final.pdf\n');
      assert.ok(isFile(path.join(ws, 'final.pdf')) && isPdf(path.join(ws, 'final.pdf')));
      assert.ok(!fs.existsSync(path.join(ws, 'sub/final.pdf')));
    });

    it('takes the format from -o when --format is left out (--format may be in any case)', () => {
      assert.equal(cli(ws, 'export', 'draft.md', '-o', 'final.docx').status, 0);
      assert.ok(isDocx(path.join(ws, 'final.docx')));
      assert.equal(cli(ws, 'export', 'draft.md', '--output=Final.PDF').status, 0);
      assert.ok(isPdf(path.join(ws, 'Final.PDF')));
      assert.equal(cli(ws, 'export', 'draft.md', '--format', 'PDF', '-o', 'upper.pdf').status, 0);
      assert.ok(isPdf(path.join(ws, 'upper.pdf')));
    });

    it('with one submission, -o names the file even without the extension, as pandoc does', () => {
      const r = cli(ws, 'export', 'draft.md', '--format', 'pdf', '-o', 'final');
      assert.equal(r.status, 0, r.stderr);
      assert.ok(isFile(path.join(ws, 'final')) && isPdf(path.join(ws, 'final')));
    });

    it('-o FOLDER/ (or an existing folder) writes FILE.pdf into it, creating it if needed', () => {
      let r = cli(ws, 'export', 'draft.md', '--format', 'pdf', '-o', 'out/nested/');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `draft.md: exported to ${path.join('out', 'nested', 'draft.pdf')}\n`);
      assert.ok(isPdf(path.join(ws, 'out/nested/draft.pdf')));
      r = cli(ws, 'export', 'draft.md', '--format', 'docx', '-o', 'out');
      assert.equal(r.status, 0, r.stderr);
      assert.ok(isDocx(path.join(ws, 'out/draft.docx')));
    });

    it('several submissions go into the -o folder, created if needed', () => {
      const r = cli(ws, 'export', 'examples/ccf-deletion-en.md', 'examples/ccf-effacement-fr.md', '--format', 'docx', '-o', 'bundle');
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(entries(path.join(ws, 'bundle')), ['ccf-deletion-en.docx', 'ccf-effacement-fr.docx']);
      assert.match(r.stdout, /^examples\/ccf-effacement-fr\.md : exporté vers bundle\/ccf-effacement-fr\.docx$/m);
    });

    it('without -o, each export goes next to its submission', () => {
      const r = cli(ws, 'export', 'examples/ccf-revision-es.md', 'draft.md', '--format', 'pdf');
      assert.equal(r.status, 0, r.stderr);
      assert.ok(isPdf(path.join(ws, 'examples/ccf-revision-es.pdf')));
      assert.ok(isPdf(path.join(ws, 'draft.pdf')));
      assert.match(r.stdout, /^examples\/ccf-revision-es\.md: exportado a examples\/ccf-revision-es\.pdf$/m);
    });

    it('prints the written path absolute when it is outside the current folder', () => {
      const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-cwd-'));
      const r = cli(elsewhere, 'export', path.join(ws, 'draft.md'), '--format', 'pdf');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `${path.join(ws, 'draft.md')}: exported to ${path.join(ws, 'draft.pdf')}\n`);
      fs.rmSync(elsewhere, { recursive: true });
    });

    it('--paper letter gives Letter pages', () => {
      assert.equal(cli(ws, 'export', 'draft.md', '-o', 'letter.pdf', '--paper', 'letter').status, 0);
      assert.match(fs.readFileSync(path.join(ws, 'letter.pdf'), 'latin1'), /\/MediaBox \[0 0 612 792\]/);
    });
  });

  describe('export: refusals, in the document’s language', () => {
    it('refuses a French draft with errors, in French, and exits 1 without writing anything', () => {
      const r = cli(ws, 'export', 'brouillon.md', '-o', 'b.pdf');
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^brouillon\.md : Le document comporte encore \d+ erreurs : un élément obligatoire manque/);
      assert.match(r.stderr, /Affichez-les avec « submission-checker check brouillon\.md », ou ajoutez --force/);
      assert.ok(!fs.existsSync(path.join(ws, 'b.pdf')));
    });

    it('--force exports a draft and says so; a second export is refused as existing, naming the folder; --overwrite replaces it', () => {
      let r = cli(ws, 'export', 'brouillon.md', '-o', 'b.pdf', '--force');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, 'brouillon.md : exporté vers b.pdf (marqué « PROJET — incomplet »)\n');
      const first = fs.statSync(path.join(ws, 'b.pdf')).mtimeMs;
      r = cli(ws, 'export', 'brouillon.md', '-o', 'b.pdf', '--force');
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `brouillon.md : « b.pdf » existe déjà dans ${ws}. Ajoutez --overwrite pour le remplacer.\n`);
      assert.equal(fs.statSync(path.join(ws, 'b.pdf')).mtimeMs, first);
      r = cli(ws, 'export', 'brouillon.md', '-o', 'b.pdf', '--force', '--overwrite');
      assert.equal(r.status, 0, r.stderr);
    });

    it('says “already exists” in English for an English submission', () => {
      assert.equal(cli(ws, 'export', 'draft.md', '--format', 'docx').status, 0);
      const r = cli(ws, 'export', 'draft.md', '--format', 'docx');
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `draft.md: draft.docx already exists in ${ws}. Add --overwrite to replace it.\n`);
    });

    it('refuses to write over the submission itself', () => {
      fs.copyFileSync(path.join(ws, 'draft.md'), path.join(ws, 'draft.pdf'));
      const r = cli(ws, 'export', 'draft.pdf', '--format', 'pdf', '--overwrite');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^draft\.pdf: The export would replace the submission itself \(draft\.pdf\)/);
    });

    it('refuses a file that is not a submission, and reports one it cannot read', () => {
      fs.writeFileSync(path.join(ws, 'notes.md'), '# Notes\n');
      let r = cli(ws, 'export', 'notes.md', '--format', 'pdf');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^notes\.md: This file is not a submission/);
      r = cli(ws, 'export', 'missing.md', '--format', 'pdf');
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'missing.md: cannot read: no such file\n');
    });
  });

  describe('limits', () => {
    it('check applies the editor’s size limit; --max-size changes it', () => {
      const example = path.join(ROOT, 'examples/ccf-deletion-en.md');
      const small = cli(ws, 'check', example, '--max-size', '1k', '--format', 'json');
      assert.deepEqual(JSON.parse(small.stdout)[0].diagnostics.map((d: { code: string }) => d.code), ['FMT-SIZE']);
      const raised = cli(ws, 'check', example, '--max-size', '10m');
      assert.equal(raised.status, 0, raised.stdout);
      const bad = cli(ws, 'check', example, '--max-size', 'huge');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--max-size/);
    });
  });

  describe('bundle', () => {
    it('merges PDF and image exhibits with the built export engine (what the package ships)', async () => {
      // The engine bundle leaves out parts of pdf-lib it never runs (scripts/build.mjs): this runs
      // the built one, where the tests of test/export run the sources.
      const { dir } = await makeExhibits();
      try {
        const request = requestWith([
          { id: 'A1', title: 'Passport', file: 'exhibits/passport.pdf' },
          { id: 'A2', title: 'Judgment', file: 'exhibits/judgment.pdf' },
          { id: 'A3', title: 'Scan', file: 'exhibits/scan.jpg' },
          { id: 'A4', title: 'Restricted copy', file: 'exhibits/restricted.pdf' },
        ]);
        fs.writeFileSync(path.join(dir, 'request.md'), request);
        const r = cli(dir, 'bundle', 'request.md', '-o', 'out.pdf');
        assert.equal(r.status, 0, r.stdout + r.stderr);
        const info = run('pdfinfo', [path.join(dir, 'out.pdf')]);
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        // Index, the submission, a divider before each exhibit and the exhibits' 1 + 6 + 1 + 1 pages.
        assert.ok(pages >= 1 + 1 + 4 + 9, `${pages} pages`);
        const text = pdfText(path.join(dir, 'out.pdf'));
        for (const marker of ['PASSPORT page 1', 'JUDGMENT page 6']) assert.ok(text.includes(marker), marker);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('export --reference-docx', () => {
    it('takes the styles of the firm template, given relative to the current folder', () => {
      assert.equal(cli(ws, 'export', 'examples/ccf-access-ar.md', '-o', 'templates/firm.docx').status, 0);
      assert.equal(cli(ws, 'export', 'draft.md', '-o', 'plain.docx').status, 0);
      const r = cli(ws, 'export', 'draft.md', '-o', 'styled.docx', '--reference-docx', 'templates/firm.docx');
      assert.equal(r.status, 0, r.stderr);
      // The Arabic template declares Amiri as its complex-script font; an English export alone does not.
      const styles = (file: string) => readZipEntry(fs.readFileSync(path.join(ws, file)), 'word/styles.xml')!.toString('utf8');
      assert.doesNotMatch(styles('plain.docx'), /w:cs="Amiri"/);
      assert.match(styles('styled.docx'), /w:cs="Amiri"/);
    });

    it('names a template that is missing or not a DOCX, and refuses it for a PDF', () => {
      assertUsageError(cli(ws, 'export', 'draft.md', '-o', 'x.docx', '--reference-docx', 'firm.docx'), '--reference-docx firm.docx: no such file');
      fs.writeFileSync(path.join(ws, 'text.docx'), 'not a zip');
      const r = cli(ws, 'export', 'draft.md', '-o', 'x.docx', '--reference-docx', 'text.docx');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /text\.docx is not a valid \.docx/);
      assertUsageError(cli(ws, 'export', 'draft.md', '-o', 'x.pdf', '--reference-docx', 'text.docx'), '--reference-docx applies to DOCX exports');
      assert.ok(!fs.existsSync(path.join(ws, 'x.docx')) && !fs.existsSync(path.join(ws, 'x.pdf')));
    });
  });

  describe('the README’s examples', () => {
    // Every `npx submission-checker …` line of the README's "Command line" section, run as written
    // (with the built bundle for npx) in a folder holding the examples, a complete draft.md and a
    // firm template; each exits 0 and writes the files its comment names.
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('## Command line');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const lines = [...section.matchAll(/^npx submission-checker (.+?)(?:\s+#\s*(.*))?$/gm)];
    beforeEach(() => assert.equal(cli(ws, 'export', 'examples/ccf-effacement-fr.md', '-o', 'firm.docx').status, 0));

    it('has examples to run', () => assert.ok(lines.length >= 6, section));

    for (const [line, args, comment] of lines) {
      it(line, () => {
        const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${args}`], { cwd: ws, encoding: 'utf8', timeout: 60_000 });
        assert.equal(r.status, 0, r.stdout + r.stderr);
        for (const written of (comment ?? '').matchAll(/([\w/.-]+\.(?:pdf|docx|sarif))\b/g)) assert.ok(isFile(path.join(ws, written[1])), `${written[1]} written`);
      });
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
