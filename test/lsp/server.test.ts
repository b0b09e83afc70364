// Black-box tests of the language server: spawn dist/server.js --stdio and speak LSP to it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EXPORT_COMMAND, StatusRequest, TemplateRequest } from '../../server/src/protocol';
import { LspClient } from './client';

const ROOT = path.resolve(__dirname, '../..');
const example = (name: string) => fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
const uriOf = (name: string) => pathToFileURL(path.join(ROOT, 'test', 'lsp', 'virtual', name)).href;

const DEFECTIVE = `---
submission: ccf-request
language: en
date: 2026-11-01
request: [deletion]
applicant:
  name: Jane Doe
  date_of_birth: 1980-01-01
  nationality: France
  identity_document: A1
data:
  - type: red-notice
warrants:
  - id: W1
    reference: 12/2024
exhibits:
  - id: A1
    title: Passport
signed:
  by: Jane Doe
  date: 2026-11-01
  place: Paris
---

# Request to the CCF

## Arrest warrant and judicial decisions

Warrant W1 of 2024.

## Rules violated

The notice breaches Article 3 of INTERPOL's Constitution.

## Relief sought

Delete the notice.
`;

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    const init = await client.initialize();
    assert.equal((init.capabilities.textDocumentSync as number) ?? 0, 2, 'incremental sync');
    assert.ok(init.capabilities.documentSymbolProvider);
    assert.ok(init.capabilities.codeActionProvider);
  });

  after(async () => client.stop());

  it('publishes diagnostics with code, source, link and exact range', async () => {
    const uri = uriOf('defective.md');
    client.open(uri, DEFECTIVE);
    const p = await client.diagnostics(uri);
    const facts = p.diagnostics.find((d) => d.code === 'CCF-REC-01');
    assert.ok(facts, JSON.stringify(p.diagnostics.map((d) => d.code)));
    assert.equal(facts.source, 'submission');
    assert.equal(facts.severity, 1);
    assert.match(facts.message, /^Missing section: “Statement of facts”\./);
    assert.match(facts.codeDescription!.href, /rules\.md#ccf-rec-01$/);
    // Anchored on the document title.
    assert.deepEqual(facts.range.start, { line: 24, character: 0 });
  });

  it('looks up exhibit files only in the submission’s folder when no workspace is open', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exhibit-files-'));
    fs.mkdirSync(path.join(dir, 'case', 'exhibits'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'case', 'exhibits', 'passport.pdf'), '%PDF-1.4\n');
    fs.writeFileSync(path.join(dir, 'outside.pdf'), '%PDF-1.4\n');
    const text = DEFECTIVE.replace(
      '  - id: A1\n    title: Passport\n',
      '  - id: A1\n    title: Passport\n    file: exhibits/passport.pdf\n  - id: A2\n    title: Elsewhere\n    file: ../outside.pdf\n  - id: A3\n    title: Missing\n    file: exhibits/missing.pdf\n',
    );
    const uri = pathToFileURL(path.join(dir, 'case', 'request.md')).href;
    client.open(uri, text);
    const p = await client.diagnostics(uri);
    const about = (id: string) => p.diagnostics.filter((d) => d.message.includes(`exhibit ${id}`) && /file|fichier/i.test(d.message));
    assert.deepEqual(about('A1'), [], 'a file that is there');
    assert.deepEqual(about('A2').map((d) => d.severity), [3], 'a file outside the folder is not looked up (information)');
    assert.match(about('A2')[0].message, /is not looked for/);
    assert.deepEqual(about('A3').map((d) => d.severity), [2], 'a missing file in the folder (warning)');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('updates on incremental changes without saving: typing the section clears the error', async () => {
    const uri = uriOf('typing.md');
    client.open(uri, DEFECTIVE, 1);
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'CCF-REC-01'));
    const doc = TextDocument.create(uri, 'markdown', 1, DEFECTIVE);
    const at = doc.positionAt(DEFECTIVE.indexOf('## Arrest warrant'));
    const insert = '## Statement of facts\n\nMr Doe was placed on a Red Notice in 2024.\n\n';
    // Type it in pieces, as an editor would send them.
    let version = 1;
    let pos = at;
    for (const piece of insert.match(/[\s\S]{1,7}/g)!) {
      client.change(uri, ++version, [{ range: { start: pos, end: pos }, text: piece }]);
      const lines = piece.split('\n');
      pos = lines.length > 1 ? { line: pos.line + lines.length - 1, character: lines[lines.length - 1].length } : { line: pos.line, character: pos.character + piece.length };
    }
    const final = await client.diagnostics(uri, (p) => p.version === version);
    assert.ok(!final.diagnostics.some((d) => d.code === 'CCF-REC-01'), JSON.stringify(final.diagnostics.map((d) => d.code)));
  });

  it('sends the status bar its counts when they change, not at every keystroke', async () => {
    const uri = uriOf('status.md');
    const mine = () => client.statuses.filter((s) => s.uri === uri);
    // The status follows the diagnostics of the same version: give it time to arrive.
    const settle = async (n: number) => {
      for (let i = 0; i < 50 && mine().length < n; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 50));
    };
    client.open(uri, DEFECTIVE, 1);
    await client.diagnostics(uri);
    await settle(1);
    assert.equal(mine().length, 1);
    const errors = mine()[0].errors;
    assert.ok(errors > 0);
    // Words typed in the title change no count.
    const doc = TextDocument.create(uri, 'markdown', 1, DEFECTIVE);
    const at = doc.positionAt(DEFECTIVE.indexOf('\n', DEFECTIVE.indexOf('\n# ') + 1));
    let version = 1;
    for (const c of ' draft') {
      client.change(uri, ++version, [{ range: { start: { line: at.line, character: at.character + version - 2 }, end: { line: at.line, character: at.character + version - 2 } }, text: c }]);
      await client.diagnostics(uri, (p) => p.version === version);
    }
    await settle(2);
    assert.equal(mine().length, 1, JSON.stringify(mine()));
    // Removing the frontmatter makes it a plain Markdown file: the status says so.
    const end = doc.positionAt(DEFECTIVE.indexOf('\n---', 3) + 4);
    client.change(uri, ++version, [{ range: { start: { line: 0, character: 0 }, end }, text: '' }]);
    await client.diagnostics(uri, (p) => p.version === version);
    await settle(2);
    assert.equal(mine().length, 2);
    assert.equal(mine()[1].isSubmission, false);
  });

  it('offers a quick fix that inserts the missing section in the document language', async () => {
    const uri = uriOf('fix-fr.md');
    const text = example('ccf-effacement-fr.md').replace(/## Exposé des faits[\s\S]*?(?=## Mandat)/, '');
    client.open(uri, text);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'CCF-REC-01'));
    const diagnostic = p.diagnostics.find((d) => d.code === 'CCF-REC-01')!;
    assert.match(diagnostic.message, /^Section manquante : « Exposé des faits »\./);
    const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const insert = actions.find((a) => a.title === 'Insérer la section « Exposé des faits »');
    assert.ok(insert, JSON.stringify(actions.map((a) => a.title)));
    const edits = insert.edit.changes[uri];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits as never);
    assert.match(fixed, /## Exposé des faits\n\n\{\{Chronologie de l’affaire et de la procédure nationale\}\}\n\n## Mandat d.arrêt/);
  });

  it('returns the outline: kind, sections with their state, warrants and exhibits', async () => {
    const uri = uriOf('outline.md');
    client.open(uri, DEFECTIVE);
    await client.diagnostics(uri);
    const symbols = await client.request<{ name: string; detail?: string; children?: { name: string; detail?: string; children?: { name: string }[] }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols[0].name, 'CCF request');
    const title = symbols[0].children!.find((c) => c.name === 'Request to the CCF')!;
    assert.deepEqual(title.children!.map((c) => c.name), ['Arrest warrant and judicial decisions', 'Rules violated', 'Relief sought']);
    const missing = symbols[0].children!.find((c) => c.name === 'Statement of facts');
    assert.equal(missing?.detail, 'required — missing');
    assert.ok(symbols[0].children!.some((c) => c.name === 'Warrants and decisions'));
    assert.ok(symbols[0].children!.some((c) => c.name === 'Exhibits'));
  });

  it('computes positions on CRLF text exactly', async () => {
    const uri = uriOf('crlf.md');
    const text = DEFECTIVE.replace(/\n/g, '\r\n').replace('Delete the notice.', 'Delete the notice. See Exhibit Q7.');
    client.open(uri, text);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'CCF-REC-04'));
    const d = p.diagnostics.find((x) => x.message.includes('Q7'))!;
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    assert.deepEqual(d.range.start, doc.positionAt(text.indexOf('Q7')));
    assert.equal(d.range.start.character, 'Delete the notice. See Exhibit '.length);
  });

  it('counts UTF-16 code units on lines with Arabic and characters outside the BMP', async () => {
    const uri = uriOf('arabic.md');
    const text = example('ccf-access-ar.md').replace('## الطلبات', '𝐀𝐁 😀 انظر المرفق Z9.\n\n## الطلبات');
    client.open(uri, text);
    const p = await client.diagnostics(uri, (x) => x.diagnostics.some((d) => d.message.includes('Z9')));
    const d = p.diagnostics.find((x) => x.message.includes('Z9'))!;
    const lineStart = text.lastIndexOf('\n', text.indexOf('Z9')) + 1;
    assert.equal(d.range.start.character, text.indexOf('Z9') - lineStart);
    assert.equal(d.range.end.character - d.range.start.character, 2);
    assert.match(d.message, /^المرفق Z9 مُشار إليه/);
  });

  it('gives a plain Markdown file no diagnostics', async () => {
    const uri = uriOf('notes.md');
    client.open(uri, '# Meeting notes\n\nDiscuss Article 3 of the Constitution.\n');
    const p = await client.diagnostics(uri);
    assert.deepEqual(p.diagnostics, []);
  });

  it('shows what a cited provision says on hover', async () => {
    const uri = uriOf('hover.md');
    client.open(uri, DEFECTIVE);
    await client.diagnostics(uri);
    const doc = TextDocument.create(uri, 'markdown', 1, DEFECTIVE);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: doc.positionAt(DEFECTIVE.indexOf('Article 3') + 3),
    });
    assert.match(hover.contents.value, /Neutrality/);
    assert.match(hover.contents.value, /political, military, religious or racial/);
  });

  it('completes exhibit ids after “Exhibit”, enumerated values in the frontmatter and section names after #', async () => {
    const uri = uriOf('complete.md');
    const text = DEFECTIVE.replace('Delete the notice.', 'Delete the notice. See Exhibit ').replace('# Request to the CCF', '# Request to the CCF\n\n## ');
    client.open(uri, text);
    await client.diagnostics(uri);
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    type Items = { label: string }[];
    const exhibit = await client.request<Items>('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(text.indexOf('See Exhibit ') + 12) });
    assert.deepEqual(exhibit.map((i) => i.label), ['A1']);
    const kind = await client.request<Items>('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(text.indexOf('ccf-request')) });
    assert.ok(kind.some((i) => i.label === 'extradition-appeal'));
    const heading = await client.request<Items>('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(text.indexOf('\n## \n') + 4) });
    assert.ok(heading.some((i) => i.label === 'Statement of facts'));
  });

  it('answers the status and template requests', async () => {
    const uri = uriOf('status.md');
    client.open(uri, DEFECTIVE);
    await client.diagnostics(uri);
    const status = await client.send(StatusRequest, { uri });
    assert.equal(status.isSubmission, true);
    assert.equal(status.label, 'CCF request');
    assert.ok(status.errors >= 1);
    const { text } = await client.send(TemplateRequest, { kind: 'extradition-appeal', language: 'es' });
    assert.match(text, /^---\nsubmission: extradition-appeal\nlanguage: es\n/);
    assert.match(text, /## Motivos de apelación/);
  });

  it('survives broken YAML, garbage bytes and half-typed Markdown, and keeps answering', async () => {
    const uri = uriOf('garbage.md');
    client.open(uri, '---\nsubmission: ccf-request\napplicant: {name: "x"\n\u0000\u0001\uFFFD\n---\n# Fa\u0000cts\n\n| a | b\n|--\n[link](\n```\nunclosed');
    const p = await client.diagnostics(uri);
    assert.ok(p.diagnostics.some((d) => d.code === 'FMT-YAML'), JSON.stringify(p.diagnostics.map((d) => d.code)));
    const status = await client.send(StatusRequest, { uri });
    assert.equal(status.isSubmission, true);
    assert.ok(!client.process.killed && client.process.exitCode === null);
  });

  it('applies severity overrides from the client settings', async () => {
    const other = new LspClient();
    try {
      other.settings = { severityOverrides: { 'CCF-REC-01': 'off', 'CCF-REQ-08': 'warning' } };
      await other.initialize(true);
      const uri = uriOf('settings.md');
      other.open(uri, DEFECTIVE.replace(/## Relief sought[\s\S]*$/, ''));
      const p = await other.diagnostics(uri);
      assert.ok(!p.diagnostics.some((d) => d.code === 'CCF-REC-01'));
      assert.equal(p.diagnostics.find((d) => d.code === 'CCF-REQ-08')?.severity, 2);
    } finally {
      await other.stop();
    }
  });

  it('takes settings pushed with didChangeConfiguration from an editor that cannot be asked', async () => {
    const other = new LspClient();
    try {
      await other.initialize(false);
      const uri = uriOf('pushed.md');
      other.open(uri, DEFECTIVE.replace(/## Relief sought[\s\S]*$/, ''));
      await other.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'CCF-REC-01'));
      void other.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { submission: { severityOverrides: { 'CCF-REC-01': 'off' } } },
      });
      const p = await other.diagnostics(uri, (p) => p.diagnostics.length > 0 && !p.diagnostics.some((d) => d.code === 'CCF-REC-01'));
      assert.ok(p.diagnostics.some((d) => d.code === 'CCF-REQ-08'), 'other findings stay');
    } finally {
      await other.stop();
    }
  });

  it('exports through workspace/executeCommand and reports it with a plain message, not a prompt', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-export-'));
    try {
      const file = path.join(dir, 'request.md');
      const text = example('ccf-deletion-en.md');
      fs.writeFileSync(file, text);
      const uri = pathToFileURL(file).href;
      client.open(uri, text);
      await client.diagnostics(uri);
      const before = client.messages.length;
      const outcome = await client.request<{ ok: boolean; path?: string }>('workspace/executeCommand', {
        command: EXPORT_COMMAND,
        arguments: [uri, 'pdf'],
      });
      assert.equal(outcome.ok, true, JSON.stringify(outcome));
      assert.equal(outcome.path, path.join(dir, 'request.pdf'));
      assert.equal(fs.readFileSync(outcome.path!).subarray(0, 5).toString(), '%PDF-');
      for (let i = 0; i < 50 && client.messages.length === before; i++) await new Promise((r) => setTimeout(r, 20));
      const shown = client.messages.slice(before);
      assert.deepEqual(shown.map((m) => [m.type, m.request]), [[3, false]]);
      assert.match(shown[0].message, /request\.pdf/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server over Node’s IPC channel (VS Code’s transport)', function () {
  this.timeout(30000);

  it('publishes the same diagnostics as over stdio, as objects the supervisor relays, and follows changes', async () => {
    // Over --stdio the worker's diagnostics reach the editor already encoded (supervision/wire.ts);
    // over IPC they stay objects: both must say the same.
    const ipc = new LspClient({ transport: 'ipc' });
    const stdio = new LspClient();
    try {
      await Promise.all([ipc.initialize(), stdio.initialize()]);
      const uri = uriOf('over-ipc.md');
      ipc.open(uri, DEFECTIVE);
      stdio.open(uri, DEFECTIVE);
      const [a, b] = await Promise.all([ipc.diagnostics(uri), stdio.diagnostics(uri)]);
      assert.ok(a.diagnostics.some((d) => d.code === 'CCF-REC-01'), JSON.stringify(a.diagnostics.map((d) => d.code)));
      assert.deepEqual(a, b);
      // Adding the statement of facts clears its finding, over IPC too.
      const at = DEFECTIVE.split('\n').findIndex((l) => l.startsWith('## Rules violated'));
      ipc.change(uri, 2, [{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, text: '## Statement of facts\n\nThe applicant is a journalist.\n\n' }]);
      const after = await ipc.diagnostics(uri, (p) => p.version === 2);
      assert.ok(!after.diagnostics.some((d) => d.code === 'CCF-REC-01'), JSON.stringify(after.diagnostics.map((d) => d.code)));
    } finally {
      await Promise.all([ipc.stop(), stdio.stop()]);
    }
  });
});
