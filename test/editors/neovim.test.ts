// The Neovim configuration in docs/editors.md works: real `nvim --headless`, an empty environment,
// the init.lua taken verbatim from the doc's ```lua title=init.lua block, a defective submission.
// Needs Debian's neovim (`apt-get install -y neovim`; CI installs it) and dist/server.js (npm test builds it).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DOC = path.join(ROOT, 'docs', 'editors.md');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXAMPLE = path.join(ROOT, 'examples', 'ccf-deletion-en.md');

interface NvimDiagnostic {
  lnum: number;
  col: number;
  severity: number;
  code: string;
  source: string;
  message: string;
  user_data?: { lsp?: { codeDescription?: { href?: string } } };
}

interface HarnessResult {
  error?: string;
  published: boolean;
  filetype: string;
  diagnostics: NvimDiagnostic[];
  clients: { name: string; root_dir: string }[];
  exported?: boolean;
}

/** The one ```lua title=init.lua block of docs/editors.md: what the reader copies is what is tested. */
function initLuaFromDoc(): string {
  const doc = fs.readFileSync(DOC, 'utf8');
  const blocks = [...doc.matchAll(/^```lua title=init\.lua[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm)];
  assert.equal(blocks.length, 1, 'docs/editors.md must contain exactly one ```lua title=init.lua block');
  return blocks[0][1];
}

/** Written by the test, not part of the doc: waits for diagnostics and dumps what Neovim holds. */
const HARNESS = String.raw`
local out = vim.env.SUBMISSION_TEST_OUT
local buf = vim.api.nvim_get_current_buf()
local result = { published = false, filetype = vim.bo[buf].filetype, diagnostics = {}, clients = {} }
local ok, err = pcall(function()
  result.published = vim.wait(8000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  -- A second publication may follow the settings exchange; let it land.
  vim.wait(300)
  result.diagnostics = vim.diagnostic.get(buf)
  local list = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  for _, c in pairs(list) do
    table.insert(result.clients, { name = c.name, root_dir = c.config.root_dir })
  end
  local export = vim.env.SUBMISSION_TEST_EXPORT
  if export and export ~= '' then
    vim.cmd('SubmissionExport! docx')
    result.exported = vim.wait(8000, function() return (vim.loop or vim.uv).fs_stat(export) ~= nil end, 50)
  end
end)
if not ok then result.error = tostring(err) end
local f = assert(io.open(out, 'w'))
f:write(vim.json.encode(result))
f:close()
vim.cmd('qa!')
`;

/** A copy of the English example with its statement of facts removed and an undeclared exhibit cited. */
function defectiveSubmission(): string {
  const example = fs.readFileSync(EXAMPLE, 'utf8');
  const withoutFacts = example.replace(/^## Statement of facts\r?\n[\s\S]*?(?=^## )/m, '');
  assert.notEqual(withoutFacts, example, 'the example has a “Statement of facts” section to remove');
  const text = withoutFacts.replace('(Exhibit A5)', '(Exhibit A9)');
  assert.notEqual(text, withoutFacts, 'the example cites Exhibit A5');
  return text;
}

function nvimAvailable(): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return r.stdout.split('\n')[0];
}

interface Run {
  result: HarnessResult;
  file: string;
  caseDir: string;
  text: string;
}

function runNeovim(initLua: string, options: { exportDocx?: boolean } = {}): Run {
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'submission-nvim-')));
  const dir = (...p: string[]) => {
    const d = path.join(tmp, ...p);
    fs.mkdirSync(d, { recursive: true, mode: 0o700 });
    return d;
  };
  const caseDir = dir('case');
  dir('case', '.git'); // the root marker the configuration looks for
  const file = path.join(dir('case', 'drafts'), 'request.md');
  const text = defectiveSubmission();
  fs.writeFileSync(file, text);
  const init = path.join(dir('config'), 'init.lua');
  fs.writeFileSync(init, initLua);
  const harness = path.join(tmp, 'harness.lua');
  fs.writeFileSync(harness, HARNESS);
  const out = path.join(tmp, 'result.json');

  const env: NodeJS.ProcessEnv = {
    // The same node that runs the tests, first on PATH: the configuration starts `node`.
    PATH: [path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter),
    HOME: dir('home'),
    XDG_CONFIG_HOME: dir('xdg', 'config'),
    XDG_DATA_HOME: dir('xdg', 'data'),
    XDG_STATE_HOME: dir('xdg', 'state'),
    XDG_CACHE_HOME: dir('xdg', 'cache'),
    XDG_RUNTIME_DIR: dir('xdg', 'run'),
    SUBMISSION_SERVER: SERVER,
    SUBMISSION_TEST_OUT: out,
    SUBMISSION_TEST_EXPORT: options.exportDocx ? path.join(path.dirname(file), 'request.docx') : '',
  };
  const r = spawnSync('nvim', ['--headless', '-u', init, '-i', 'NONE', '-n', file, '-c', `luafile ${harness}`], {
    cwd: caseDir,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 14000,
  });
  const logs = ['state', 'cache'].map((d) => path.join(tmp, 'xdg', d, 'nvim', 'lsp.log')).filter((p) => fs.existsSync(p));
  const context = () =>
    [
      `nvim exit ${r.status} ${r.signal ?? ''} ${r.error?.message ?? ''}`,
      `stdout: ${r.stdout}`,
      `stderr: ${r.stderr}`,
      ...logs.map((l) => `${l}:\n${fs.readFileSync(l, 'utf8').slice(-3000)}`),
    ].join('\n');
  assert.ok(fs.existsSync(out), `Neovim wrote no result.\n${context()}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as HarnessResult;
  assert.equal(result.error, undefined, `the harness failed: ${result.error}\n${context()}`);
  assert.ok(result.published, `no diagnostics were published within 8 s.\n${context()}`);
  // Neovim must have quit by itself: a prompt waiting for input (e.g. an unanswered message request) ends in the timeout.
  assert.ok(r.signal === null && r.status === 0, `Neovim did not exit cleanly.\n${context()}`);
  return { result, file, caseDir, text };
}

const lineOf = (text: string, needle: string) => {
  const lines = text.split(/\r?\n/);
  const n = lines.findIndex((l) => l.includes(needle));
  assert.ok(n >= 0, `“${needle}” is in the submission`);
  return { lnum: n, col: lines[n].indexOf(needle) };
};

describe('Neovim configuration of docs/editors.md', function () {
  this.timeout(40000);
  let initLua: string;

  before(function () {
    const version = nvimAvailable();
    assert.ok(
      version,
      'nvim is not installed, so the Neovim configuration in docs/editors.md cannot be tested. ' +
        'Install it with `apt-get install -y neovim` (CI installs it in .ci/run).',
    );
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first (npm test does).`);
    initLua = initLuaFromDoc();
  });

  it('publishes the checks on a defective submission, on the right lines, with links to the rules', function () {
    const { result, file, caseDir, text } = runNeovim(initLua, { exportDocx: true });
    assert.equal(result.filetype, 'markdown');

    // One client, named as in the doc, rooted at the folder holding .git (not the file's folder).
    assert.deepEqual(
      result.clients.map((c) => [c.name, c.root_dir.replace(/\/$/, '')]),
      [['submission', caseDir]],
    );

    const diags = result.diagnostics;
    const codes = new Set(diags.map((d) => d.code));
    for (const code of ['CCF-REC-01', 'CCF-REC-04']) assert.ok(codes.has(code), `${code} among ${[...codes].join(', ')}`);

    // The missing statement of facts is reported on the document title, as an error.
    const title = lineOf(text, "# Request to the Commission for the Control of INTERPOL's Files");
    const facts = diags.find((d) => d.code === 'CCF-REC-01');
    assert.ok(facts);
    assert.deepEqual([facts.lnum, facts.col, facts.severity], [title.lnum, 0, 1]);
    assert.match(facts.message, /Statement of facts/);

    // The undeclared exhibit is reported on its id, as an error.
    const a9 = lineOf(text, 'A9)');
    const undeclared = diags.find((d) => d.code === 'CCF-REC-04' && d.message.includes('A9'));
    assert.ok(undeclared, 'a diagnostic names exhibit A9');
    assert.deepEqual([undeclared.lnum, undeclared.col, undeclared.severity], [a9.lnum, a9.col, 1]);

    for (const d of diags) {
      assert.equal(d.source, 'submission');
      assert.match(d.user_data?.lsp?.codeDescription?.href ?? '', new RegExp(`docs/rules\\.md#${d.code.toLowerCase()}$`));
    }

    // Exactly what the command line reports for the same file: same codes, same lines, same severities.
    const cli = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json'], { encoding: 'utf8' });
    const [report] = JSON.parse(cli.stdout) as { diagnostics: { code: string; severity: string; start: { line: number } }[] }[];
    const severity: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
    const key = (code: string, line: number, sev: number) => `${code}@${line}:${sev}`;
    assert.deepEqual(
      diags.map((d) => key(d.code, d.lnum + 1, d.severity)).sort(),
      report.diagnostics.map((d) => key(d.code, d.start.line, severity[d.severity])).sort(),
    );

    // :SubmissionExport! docx (workspace/executeCommand) writes the draft next to the file.
    assert.ok(result.exported, ':SubmissionExport! docx wrote request.docx');
    assert.equal(fs.readFileSync(path.join(path.dirname(file), 'request.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('passes the severityOverrides setting to the server', function () {
    const line = 'severityOverrides = {},';
    assert.equal(initLua.split(line).length, 2, `the doc's init.lua has one “${line}” line to edit`);
    const edited = initLua.replace(line, "severityOverrides = { ['CCF-REC-01'] = 'warning', ['CCF-REC-04'] = 'off' },");
    const { result } = runNeovim(edited);
    const codes = result.diagnostics.map((d) => `${d.code}:${d.severity}`);
    assert.ok(codes.includes('CCF-REC-01:2'), `CCF-REC-01 lowered to a warning: ${codes.join(', ')}`);
    assert.ok(!codes.some((c) => c.startsWith('CCF-REC-04:')), `CCF-REC-04 switched off: ${codes.join(', ')}`);
  });
});
