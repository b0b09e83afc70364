// The server's side of incremental checking, black-box over stdio (dist/server.js): incremental
// text sync and the incremental parser together give what a full check of the same text gives;
// a newer version always wins; plain Markdown files cost one empty publication; oversized input
// gets its warning without blocking the server.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSubmission } from '../../server/src/core/parse';
import { checkSubmission, localToday } from '../../server/src/rules/index';
import { StatusRequest } from '../../server/src/protocol';
import { LspClient, type PublishedDiagnostics } from '../support/lspClient';
import { generateSubmission, prng } from '../support/generate';

const uriOf = (name: string) => pathToFileURL(path.join(__dirname, 'virtual', name)).href;

/** What the server must publish for a text: a full parse and check, as LSP ranges. */
function expected(text: string) {
  const doc = TextDocument.create('x', 'markdown', 1, text);
  return checkSubmission(parseSubmission(text), { today: localToday() }).map((f) => ({
    code: f.code,
    range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
    message: f.message,
  }));
}

function published(p: PublishedDiagnostics) {
  return p.diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message }));
}

describe('incremental checking in the server', function () {
  this.timeout(60_000);
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(async () => client.stop());

  it('publishes what a full check gives after every one of a series of incremental edits', async () => {
    const uri = uriOf('random-edits.md');
    let doc = TextDocument.create(uri, 'markdown', 1, generateSubmission({ bytes: 20_000, language: 'fr', seed: 11, brokenNumbering: true }));
    client.open(uri, doc.getText());
    assert.deepStrictEqual(published(await client.diagnostics(uri, (p) => p.version === 1)), expected(doc.getText()));
    const rand = prng(12);
    const pieces = ['\n## Faits\n', 'Pièce P99 ', '\n\n', 'x', "article 3 du Statut d'INTERPOL ", '```\n', '<!--', '-->', '{{à compléter}}', '# '];
    for (let version = 2; version <= 25; version++) {
      const text = doc.getText();
      const at = Math.floor(rand() * text.length);
      const remove = rand() < 0.3 ? Math.min(text.length - at, Math.floor(rand() * 20)) : 0;
      const insert = rand() < 0.2 && remove ? '' : pieces[Math.floor(rand() * pieces.length)];
      const range = { start: doc.positionAt(at), end: doc.positionAt(at + remove) };
      doc = TextDocument.update(doc, [{ range, text: insert }], version);
      client.change(uri, version, [{ range, text: insert }]);
      const p = await client.diagnostics(uri, (x) => x.version === version);
      assert.deepStrictEqual(published(p), expected(doc.getText()), `after edit ${version}`);
    }
  });

  it('never publishes an older version after a newer one, and coalesces a burst of changes', async () => {
    const uri = uriOf('burst.md');
    let doc = TextDocument.create(uri, 'markdown', 1, generateSubmission({ bytes: 60_000, language: 'en', seed: 13, brokenNumbering: true }));
    client.open(uri, doc.getText());
    await client.diagnostics(uri, (p) => p.version === 1);
    // One edit first: its run is quick, so the burst is checked without a debounce, the path
    // where a check could slip in between two changes already received.
    const warm = doc.positionAt(doc.getText().indexOf('## Relief sought'));
    doc = TextDocument.update(doc, [{ range: { start: warm, end: warm }, text: '\n' }], 2);
    client.change(uri, 2, [{ range: { start: warm, end: warm }, text: '\n' }]);
    await client.diagnostics(uri, (p) => p.version === 2);
    const at = doc.getText().indexOf('## Relief sought');
    const typed = '## Relief sought\n\nNothing yet. Exhibit Z9.\n\n';
    for (let i = 0; i < typed.length; i++) {
      const pos = doc.positionAt(at + i);
      doc = TextDocument.update(doc, [{ range: { start: pos, end: pos }, text: typed[i] }], i + 3);
      client.change(uri, i + 3, [{ range: { start: pos, end: pos }, text: typed[i] }]);
    }
    const last = typed.length + 2;
    const p = await client.diagnostics(uri, (x) => x.version === last);
    assert.deepStrictEqual(published(p), expected(doc.getText()));
    await new Promise((r) => setTimeout(r, 300));
    const versions = allVersions(client, uri).filter((v) => v > 2);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `published out of order: ${versions.join(', ')}`);
    assert.equal(versions[versions.length - 1], last);
    assert.ok(versions.length < typed.length, `${versions.length} publications for ${typed.length} changes`);
  });

  it('publishes once for a plain Markdown file, and checks it once it becomes a submission', async () => {
    const uri = uriOf('notes.md');
    let doc = TextDocument.create(uri, 'markdown', 1, '# Notes\n\nNothing to check here.\n');
    client.open(uri, doc.getText());
    assert.deepStrictEqual((await client.diagnostics(uri, (p) => p.version === 1)).diagnostics, []);
    for (let version = 2; version <= 4; version++) {
      const end = doc.positionAt(doc.getText().length);
      doc = TextDocument.update(doc, [{ range: { start: end, end }, text: 'More notes.\n' }], version);
      client.change(uri, version, [{ range: { start: end, end }, text: 'More notes.\n' }]);
    }
    await new Promise((r) => setTimeout(r, 300));
    assert.deepStrictEqual(allVersions(client, uri), [1]);
    const start = { line: 0, character: 0 };
    client.change(uri, 5, [{ range: { start, end: start }, text: '---\nsubmission: ccf-request\nlanguage: en\n---\n' }]);
    const p = await client.diagnostics(uri, (x) => x.version === 5);
    assert.ok(p.diagnostics.length > 0, 'a bare ccf-request has findings');
  });

  it('clamps a change that lies past the last line, logs it, and stays in step with the text', async () => {
    const uri = uriOf('past-the-end.md');
    const text = '---\nsubmission: ccf-request\n---\n';
    client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1);
    client.change(uri, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: 'x\n' }]);
    client.change(uri, 3, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '## Facts\n' }]);
    const p = await client.diagnostics(uri, (x) => x.version === 3);
    // What a fresh open of the text the server now holds gives: positions on lines that exist.
    assert.deepStrictEqual(published(p), expected(`${text}x\n## Facts\n`));
    for (const d of p.diagnostics) assert.equal(typeof d.range.start.character, 'number');
    assert.ok(client.logs.some((l) => l.message.includes('past the end')), 'the clamped change is logged');
  });

  it('warns about an oversized submission and keeps answering', async () => {
    const uri = uriOf('huge.md');
    const para = 'The requested person has lived in the United Kingdom since 2019 (Exhibit D1).\n\n';
    const text = `---\nsubmission: extradition-defence\nlanguage: en\n---\n\n# Skeleton\n\n${para.repeat(Math.ceil(4_000_000 / para.length))}`;
    client.open(uri, text);
    const p = await client.diagnostics(uri, (x) => x.version === 1);
    assert.deepStrictEqual(p.diagnostics.map((d) => d.code), ['FMT-SIZE']);
    const status = await client.send(StatusRequest, { uri });
    assert.equal(status.isSubmission, true);
  });
});

function allVersions(client: LspClient, uri: string): number[] {
  return client.publications(uri).map((p) => p.version ?? -1);
}

describe('priming the edit path in the server', function () {
  this.timeout(60_000);

  /** A fresh server (priming happens once per process) with one submission open and checked. */
  async function withOpenSubmission(name: string, seed: number, run: (client: LspClient, uri: string, doc: TextDocument) => Promise<void>) {
    const client = new LspClient();
    try {
      await client.initialize();
      const uri = uriOf(name);
      const doc = TextDocument.create(uri, 'markdown', 1, generateSubmission({ bytes: 60_000, language: 'en', seed, brokenNumbering: true }));
      client.open(uri, doc.getText());
      await client.diagnostics(uri, (p) => p.version === 1);
      await run(client, uri, doc);
    } finally {
      await client.stop();
    }
  }

  /** Waits for the server's log lines that start with `prefix`, up to `ms`. */
  async function logsOf(client: LspClient, prefix: string, ms: number) {
    const found = () => client.logs.filter((l) => l.message.startsWith(prefix));
    const deadline = Date.now() + ms;
    while (!found().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    return found;
  }

  /** The copy's versions are never published; the document itself only for its opening. */
  function assertCopyUnpublished(client: LspClient, uri: string) {
    assert.equal(client.publications('untitled:priming').length, 0);
    assert.equal(client.publications(uri).length, 1, 'the document itself was published once, for its opening');
  }

  /** Opens another submission and waits `ms` after its first diagnostics. */
  async function openAnother(client: LspClient, name: string, text: string, ms: number) {
    const other = uriOf(name);
    client.open(other, text);
    await client.diagnostics(other, (p) => p.version === 1);
    await new Promise((r) => setTimeout(r, ms));
  }

  /** Types `typed` at spread places in versions 2..last and checks each publication against a full check. */
  async function typeAndCompare(client: LspClient, uri: string, opened: TextDocument, last: number, typed: string) {
    let doc = opened;
    for (let version = 2; version <= last; version++) {
      const at = doc.getText().indexOf('. ', (doc.getText().length * version) / (last + 2)) + 1;
      const range = { start: doc.positionAt(at), end: doc.positionAt(at) };
      doc = TextDocument.update(doc, [{ range, text: typed }], version);
      client.change(uri, version, [{ range, text: typed }]);
      assert.deepStrictEqual(published(await client.diagnostics(uri, (p) => p.version === version)), expected(doc.getText()), `after edit ${version}`);
    }
  }

  it('types into a private copy of the first submission once, publishing nothing for it, then checks keystrokes as before', () =>
    withOpenSubmission('primed.md', 21, async (client, uri, opened) => {
      const primed = await logsOf(client, 'Prepared the edit path', 30_000);
      assert.match(primed()[0]?.message ?? 'never logged', /typed 300 characters into a copy of the first \d+ characters of file:/);
      assertCopyUnpublished(client, uri);
      // A second document is not primed again.
      await openAnother(client, 'second.md', generateSubmission({ bytes: 20_000, language: 'fr', seed: 22, brokenNumbering: true }), 500);
      assert.equal(primed().length, 1);
      await typeAndCompare(client, uri, opened, 6, ' x');
    }));

  it('types into the copy once more after the first submission is re-cut, publishing nothing for it', () =>
    withOpenSubmission('reprimed.md', 25, async (client, uri, opened) => {
      const again = await logsOf(client, 'Primed the edit path again after re-cutting', 40_000);
      assert.match(again()[0]?.message ?? 'never logged', /typed 150 characters into a copy of the first \d+ characters of file:/);
      const order = client.logs.map((l) => l.message).filter((m) => /^(Prepared|Primed) the edit path/.test(m));
      assert.deepStrictEqual(order.map((m) => m.split(':')[0]), ['Prepared the edit path', 'Primed the edit path again after re-cutting']);
      assertCopyUnpublished(client, uri);
      // Once per process: a second submission, opened and left to be re-cut, is not primed again.
      await openAnother(client, 'second-reprimed.md', generateSubmission({ bytes: 40_000, language: 'en', seed: 26, brokenNumbering: true }), 2_500);
      assert.equal(again().length, 1);
      await typeAndCompare(client, uri, opened, 4, ' y');
    }));

  it('gives way to a change that arrives while it types: the change is checked, and priming stops for good', () =>
    withOpenSubmission('interrupted.md', 23, async (client, uri, opened) => {
      let doc = opened;
      // Within the 50 ms before priming starts, or during it: either way it must not hold the change up.
      for (let version = 2; version <= 30; version++) {
        const at = doc.getText().indexOf('. ', doc.getText().length >> 1) + 1;
        const range = { start: doc.positionAt(at), end: doc.positionAt(at) };
        doc = TextDocument.update(doc, [{ range, text: 'y' }], version);
        client.change(uri, version, [{ range, text: 'y' }]);
        await client.diagnostics(uri, (p) => p.version === version);
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.deepStrictEqual(published(client.publications(uri).at(-1)!), expected(doc.getText()));
      await new Promise((r) => setTimeout(r, 1_000));
      assert.equal(client.logs.filter((l) => l.message.startsWith('Prepared the edit path')).length, 0, 'priming stopped once the user typed');
      // Nor is the copy typed into after re-cutting: the user's keystrokes compiled the edit path.
      await new Promise((r) => setTimeout(r, 2_500));
      assert.equal(client.logs.filter((l) => l.message.startsWith('Primed the edit path again')).length, 0);
    }));
});
