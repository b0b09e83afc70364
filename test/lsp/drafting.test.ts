// The drafting features over LSP stdio, as any editor meets them: definition, references,
// rename, highlights and links on exhibits and warrants.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, DocumentHighlight, DocumentLink, Hover, Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { CROSS_REFERENCES } from '../drafting';
import { ExportRequest, PreviewRequest, StatusRequest } from '../../server/src/protocol';
import { LspClient } from './client';

/**
 * A server started before the tests of the calling describe block and stopped after them (not
 * when mocha loads the file), with the capabilities it announced.
 */
function serverForThisSuite(): LspClient & { capabilities: Record<string, unknown> } {
  let client: LspClient | undefined;
  let capabilities: Record<string, unknown> = {};
  before(async () => {
    client = new LspClient();
    capabilities = (await client.initialize()).capabilities;
  });
  after(async () => client?.stop());
  return new Proxy({} as LspClient & { capabilities: Record<string, unknown> }, {
    get(_, key) {
      if (key === 'capabilities') return capabilities;
      const value = Reflect.get(client!, key);
      return typeof value === 'function' ? value.bind(client) : value;
    },
  });
}

const example = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../examples', name), 'utf8');
const uriOf = (name: string) => pathToFileURL(path.resolve(__dirname, 'virtual', name)).href;

export async function openDocument(client: LspClient, name: string, text: string): Promise<{ uri: string; doc: TextDocument; at: (needle: string, delta?: number) => Position }> {
  const uri = uriOf(name);
  client.open(uri, text);
  await client.diagnostics(uri);
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const at = (needle: string, delta = 0) => {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, `${needle} not in ${name}`);
    return doc.positionAt(i + delta);
  };
  return { uri, doc, at };
}

describe('drafting over LSP: exhibits and warrants as symbols', function () {
  this.timeout(30000);
  const client = serverForThisSuite();

  it('announces definition, references, highlights, rename with prepare, and links', () => {
    assert.equal(client.capabilities.definitionProvider, true);
    assert.equal(client.capabilities.referencesProvider, true);
    assert.equal(client.capabilities.documentHighlightProvider, true);
    assert.deepEqual(client.capabilities.renameProvider, { prepareProvider: true });
    assert.ok(client.capabilities.documentLinkProvider);
  });

  it('goes from a citation in any language, and from a key, to the exhibit’s declaration', async () => {
    const { uri, doc, at } = await openDocument(client, 'definition.md', CROSS_REFERENCES);
    for (const [needle, delta] of [['Exhibit A3', 9], ['Pièce A3', 7], ['Anexo A3', 6], ['المرفق A3', 8]] as const) {
      const found = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at(needle, delta) });
      assert.equal(found.length, 1, needle);
      assert.equal(doc.getText(found[0].range), 'A3');
      assert.equal(found[0].range.start.line, at('- id: A3').line, `${needle} → the line "- id: A3"`);
    }
    const fromKey = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at('identity_document: A1', 20) });
    assert.equal(fromKey[0].range.start.line, at('- id: A1').line);
    const warrant = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at('Warrant W1', 9) });
    assert.equal(warrant[0].range.start.line, at('- id: W1').line);
    const nothing = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: at('rests on') });
    assert.deepEqual(nothing, []);
  });

  it('lists every reference, with or without the declaration, and highlights them', async () => {
    const { uri, doc, at } = await openDocument(client, 'references.md', CROSS_REFERENCES);
    const position = at('Pièce A3', 7);
    const all = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.equal(all.length, 6);
    assert.ok(all.every((l) => doc.getText(l.range) === 'A3'));
    const cited = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    assert.equal(cited.length, 5);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: at('Exhibit A1', 8) });
    assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind]), [
      [at('identity_document').line, 2],
      [at('- id: A1').line, 3],
      [at('Exhibit A1').line, 2],
      [at('Exhibits A1').line, 2],
    ]);
  });

  for (const eol of ['\n', '\r\n']) {
    it(`renames an exhibit everywhere: the whole document after the rename (${eol === '\n' ? 'LF' : 'CRLF'})`, async () => {
      const text = CROSS_REFERENCES.replace(/\n/g, eol);
      const { uri, doc, at } = await openDocument(client, `rename-${eol.length}.md`, text);
      const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: at('Anexo A3', 7) });
      assert.equal(prepared.placeholder, 'A3');
      assert.deepEqual(prepared.range, { start: at('Anexo A3', 6), end: at('Anexo A3', 8) });
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at('Anexo A3', 7), newName: 'A9' });
      const after = TextDocument.applyEdits(doc, edit.changes![uri]);
      const expected = CROSS_REFERENCES.replace(/A3/g, 'A9').replace('<!-- Exhibit A9', '<!-- Exhibit A3').replace(/\n/g, eol);
      assert.equal(after, expected);
    });
  }

  it('renames a warrant and a quoted exhibit id named by a key', async () => {
    const { uri, doc, at } = await openDocument(client, 'rename-key.md', CROSS_REFERENCES);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at('power_of_attorney: "A2"', 21), newName: 'P1' });
    const after = TextDocument.applyEdits(doc, edit.changes![uri]);
    assert.equal(after, CROSS_REFERENCES.replace('power_of_attorney: "A2"', 'power_of_attorney: "P1"').replace("- id: 'A2'", "- id: 'P1'"));
    const w = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: at('- id: W1', 7), newName: 'W2' });
    assert.equal(TextDocument.applyEdits(doc, w.changes![uri]), CROSS_REFERENCES.replace('- id: W1', '- id: W2').replace('Warrant W1', 'Warrant W2'));
  });

  it('refuses a name already taken, and a place with nothing to rename, with a message in the document’s language', async () => {
    const { uri, at } = await openDocument(client, 'rename-refused.md', CROSS_REFERENCES);
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri }, position: at('Exhibit A3', 9), newName: 'A1' }),
      (err: Error) => /“A1” is already the id of another exhibit/.test(err.message),
    );
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: at('rests on') }), /Only exhibits and warrants can be renamed/);
    const french = CROSS_REFERENCES.replace('language: en', 'language: fr');
    const fr = await openDocument(client, 'rename-refused-fr.md', french);
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri: fr.uri }, position: fr.at('Pièce A3', 7), newName: 'W1' }),
      /« W1 » identifie déjà un mandat/,
    );
  });

  it('links each exhibit’s file: to the file, relative to the submission', async () => {
    const text = CROSS_REFERENCES.replace('exhibits/passport.pdf', '"exhibits/passport copy #2.pdf"');
    const { uri, doc } = await openDocument(client, 'links.md', text);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.equal(links.length, 1);
    assert.equal(doc.getText(links[0].range), 'exhibits/passport copy #2.pdf');
    assert.equal(links[0].target, new URL('exhibits/passport%20copy%20%232.pdf', uri).href);
    assert.equal(links[0].tooltip, 'A1 — Passport');
  });
});

describe('drafting over LSP: references to paragraphs', function () {
  this.timeout(30000);
  const client = serverForThisSuite();

  let opened = 0;
  /** An example with `add` written at the end of the sentence `after`; its diagnostics as published. */
  async function exampleWith(name: string, after: string, add: string) {
    const source = example(name);
    assert.ok(source.includes(after), after);
    const text = source.replace(after, after + add);
    const uri = uriOf(`pararef-${++opened}-${name}`);
    client.open(uri, text);
    const published = await client.diagnostics(uri);
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    const at = (needle: string, delta = 0) => doc.positionAt(text.indexOf(needle) + delta);
    return { uri, doc, text, at, diagnostics: published.diagnostics };
  }

  const FR_AFTER = 'non signifié à la requérante';
  const AR_AFTER = 'ولا يعرف مقدّم الطلب حالتها الراهنة';

  it('publishes nothing for correct references, in French and Arabic', async () => {
    const fr = await exampleWith('ccf-effacement-fr.md', FR_AFTER, ' (voir le paragraphe 3 ci-dessus et le paragraphe 6 ci-dessous)');
    assert.deepEqual(fr.diagnostics, []);
    const ar = await exampleWith('ccf-access-ar.md', AR_AFTER, ' (انظر الفقرة 3 أعلاه)');
    assert.deepEqual(ar.diagnostics, []);
  });

  it('warns of a paragraph that does not exist, on its number, in the document’s language', async () => {
    const fr = await exampleWith('ccf-effacement-fr.md', FR_AFTER, ' (voir le paragraphe 8 ci-dessus)');
    assert.deepEqual(fr.diagnostics.map((d) => [d.code, d.severity, fr.doc.getText(d.range)]), [['PARA-REF', 2, '8']]);
    assert.match(fr.diagnostics[0].message, /^Il n’y a pas de paragraphe 8 : les paragraphes de l’écrit sont numérotés de 1 à 6\./);
    const ar = await exampleWith('ccf-access-ar.md', AR_AFTER, ' (انظر الفقرة 3 أدناه)');
    assert.deepEqual(ar.diagnostics.map((d) => [d.code, ar.doc.getText(d.range)]), [['PARA-REF', '3']]);
    assert.match(ar.diagnostics[0].message, /^يُشار إلى الفقرة 3 بأنها أدناه، لكنها لا تلي الفقرة 4/);
  });

  it('shows the paragraph a reference points to on hover, and goes to it', async () => {
    const fr = await exampleWith('ccf-effacement-fr.md', FR_AFTER, ' (voir le paragraphe 3 ci-dessus)');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: fr.uri }, position: fr.at('paragraphe 3 ci-dessus', 11) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /^\*\*Paragraphe 3\*\*\n\n3\. Le 14 mai 2024, le tribunal correctionnel de Norvale l'a condamnée par défaut/);
    assert.ok(value.endsWith('…') && value.length < 130, value);
    assert.equal(fr.doc.getText(hover.range!), '3');
    const found = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: fr.uri }, position: fr.at('paragraphe 3 ci-dessus', 2) });
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range.start, fr.at('Le 14 mai 2024'));

    const ar = await exampleWith('ccf-access-ar.md', AR_AFTER, ' (انظر الفقرة 3 أعلاه، والفقرة 9)');
    const arHover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ar.uri }, position: ar.at('الفقرة 3', 7) });
    assert.match((arHover.contents as { value: string }).value, /الفقرة 3\*\*\u2069?\n\n\u2067?3\. لم يتلقَّ السيد الحداد/);
    const arDefinition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: ar.uri }, position: ar.at('الفقرة 3', 7) });
    assert.deepEqual(arDefinition[0].range.start, ar.at('لم يتلقَّ'));
    const missing = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ar.uri }, position: ar.at('الفقرة 9', 7) });
    assert.match((missing.contents as { value: string }).value, /لا توجد فقرة رقمها 9\*\* في هذه المذكرة/);
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', { textDocument: { uri: ar.uri }, position: ar.at('الفقرة 9', 7) }), []);
  });
});

describe('drafting over LSP: provisions at the cursor', function () {
  this.timeout(30000);
  const client = serverForThisSuite();

  /** The example with `typed` written as a paragraph of its own before the first section. */
  async function typedIn(name: string, typed: string, after = '') {
    const text = example(name).replace(/\n## /, `\n${typed}${after}\n\n## `);
    const opened = await openDocument(client, `provisions-${name}-${typed.length}-${after.length}`, text);
    const cursor = opened.doc.positionAt(text.indexOf(`${typed}${after}`) + typed.length);
    const items = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri: opened.uri }, position: cursor });
    return { ...opened, text, cursor, items: Array.isArray(items) ? items : items.items };
  }

  const CASES = [
    { name: 'ccf-deletion-en.md', typed: 'Article 8', title: 'Conditions for red notices', written: '83 of the RPD', hover: /Red notices only for serious ordinary-law crimes/ },
    { name: 'ccf-effacement-fr.md', typed: 'article 8', title: 'Conditions des notices rouges', written: '83 du RTD', hover: /Notices rouges uniquement pour des crimes graves de droit commun/ },
    { name: 'ccf-revision-es.md', typed: 'artículo 8', title: 'Condiciones de las notificaciones rojas', written: '83 del RTD', hover: /Notificaciones rojas solo para delitos graves/ },
    { name: 'ccf-access-ar.md', typed: 'المادة 8', title: 'شروط النشرات الحمراء', written: '83 من نظام الإنتربول لمعاملة البيانات', hover: /لا تُصدر النشرات الحمراء إلا لجرائم القانون العام الخطيرة/ },
  ];
  for (const c of CASES) {
    it(`offers the RPD's provisions after “${c.typed}” with titles in the document's language, and the written citation is recognised (${c.name})`, async () => {
      const { doc, items } = await typedIn(c.name, c.typed);
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('83') && labels.includes('82'), JSON.stringify(labels));
      assert.ok(labels.every((l) => l.startsWith('8')), `only numbers starting with 8: ${labels.join(' ')}`);
      const rpd83 = items.find((i) => i.label === '83')!;
      assert.equal(rpd83.labelDetails?.description, c.title);
      const edit = rpd83.textEdit as TextEdit;
      assert.equal(edit.newText, c.written);
      const after = TextDocument.applyEdits(doc, [edit]);
      const written = after.indexOf(c.written);
      // The citation written is one the checks recognise: it has its hover, in the document's language.
      const next = await openDocument(client, `written-${c.name}`, after);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: next.uri }, position: next.doc.positionAt(written + 1) });
      const value = (hover.contents as { value: string }).value;
      assert.match(value, c.hover);
      assert.match(value, /R-RPD-83/);
    });
  }

  it('marks a translated hover as the product’s own and sets Arabic right to left', async () => {
    const fr = await typedIn('ccf-effacement-fr.md', 'Voir l’article 3 du Statut d’INTERPOL.', '');
    const at = fr.text.indexOf('article 3 du Statut');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: fr.uri }, position: fr.doc.positionAt(at + 2) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Neutralité/);
    assert.match(value, /traduits par le produit/);
    assert.match(value, /Confirmé par le texte de l’instrument/);
    const ar = await typedIn('ccf-access-ar.md', 'المادة 3 من القانون الأساسي للإنتربول.', '');
    const arHover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ar.uri }, position: ar.doc.positionAt(ar.text.indexOf('المادة 3 من') + 2) });
    const paragraphs = (arHover.contents as { value: string }).value.split('\n\n');
    assert.ok(paragraphs.every((p) => p.startsWith('\u2067') && p.endsWith('\u2069')), JSON.stringify(paragraphs));
    assert.match(paragraphs.join(' '), /الحياد/);
  });

  it('writes the whole citation after an instrument’s name, and only the number before one', async () => {
    const named = await typedIn('ccf-deletion-en.md', 'This breaches the RPD ');
    const item = named.items.find((i) => i.label === 'Article 83 of the RPD');
    assert.ok(item, JSON.stringify(named.items.map((i) => i.label)));
    assert.equal(TextDocument.applyEdits(named.doc, [item.textEdit as TextEdit]).includes('This breaches Article 83 of the RPD\n'), true);
    const before = await typedIn('ccf-effacement-fr.md', 'article 4', ' du RTD');
    assert.ok(before.items.length > 0 && before.items.every((i) => (i.textEdit as TextEdit).newText === i.label), JSON.stringify(before.items.map((i) => i.textEdit)));
    assert.ok(before.items.some((i) => i.label === '44'));
  });

  it('offers the Extradition Act’s sections after “s.” in an extradition case, not in a CCF request', async () => {
    const appeal = await typedIn('extradition-appeal-en.md', 'barred by s.2');
    assert.ok(appeal.items.some((i) => i.label === '26' && (i.textEdit as TextEdit).newText === '26 of the Extradition Act 2003'), JSON.stringify(appeal.items.map((i) => i.label)));
    const ccf = await typedIn('ccf-deletion-en.md', 'in this section ');
    assert.deepEqual(ccf.items, []);
  });
});

describe('drafting over LSP: deadlines in view', function () {
  this.timeout(30000);
  const client = serverForThisSuite();

  type Lens = { range: Range; command?: { title: string; command: string } };
  async function lenses(name: string, text: string) {
    const opened = await openDocument(client, name, text);
    const found = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: opened.uri } });
    return { ...opened, found };
  }

  const appeal = (decision: string, regime = 'uk-part-1', language = 'en') =>
    example('extradition-appeal-en.md').replace('  date: 2026-11-13\nserved_on', `  date: ${decision}\nserved_on`).replace('regime: uk-part-1', `regime: ${regime}`).replace('language: en', `language: ${language}`);

  // Last days on days the court office is open, so that they hold however closed days are counted.
  const APPEALS: [string, string, string][] = [
    ['2026-10-27', 'uk-part-1', 'Last day to serve the appeal notice: Monday 2 November 2026 (7 days, EA 2003 s.26(4))'],
    ['2028-02-23', 'uk-part-1', 'Last day to serve the appeal notice: Tuesday 29 February 2028 (7 days, EA 2003 s.26(4))'],
    ['2027-02-23', 'uk-part-1', 'Last day to serve the appeal notice: Monday 1 March 2027 (7 days, EA 2003 s.26(4))'],
    ['2026-12-18', 'uk-part-2', 'Last day to serve the appeal notice: Thursday 31 December 2026 (14 days, EA 2003 s.103(9), s.108(4))'],
  ];
  for (const [start, regime, title] of APPEALS) {
    // Part 1 runs from the order (s.26(4)); Part 2 from the day the person was informed of it (s.103(9), T-X-03).
    const startLine = regime === 'uk-part-2' ? `informed_of_order: ${start}` : `  date: ${start}`;
    it(`shows on ${startLine.trim()} (${regime}): “${title}”`, async () => {
      const text = regime === 'uk-part-2' ? appeal('2026-12-01', regime).replace('served_on:', `${startLine}\nserved_on:`) : appeal(start, regime);
      const { found, at } = await lenses(`lens-${start}.md`, text);
      const lens = found.find((l) => l.range.start.line === at(startLine).line);
      assert.ok(lens, JSON.stringify(found));
      assert.equal(lens.command?.title, title);
    });
  }

  const revision = (discovered: string, language = 'en') =>
    example('ccf-revision-es.md').replace(/new_fact_discovered: [\d-]+/, `new_fact_discovered: ${discovered}`).replace('language: es', `language: ${language}`);
  const REVISIONS: [string, string, string][] = [
    ['2025-08-31', 'en', 'Revision must be filed by Saturday 28 February 2026 (6 months, CCF Statute Art 42(2))'],
    ['2027-08-31', 'en', 'Revision must be filed by Tuesday 29 February 2028 (6 months, CCF Statute Art 42(2))'],
    ['2026-03-31', 'fr', 'La demande de révision doit être déposée au plus tard le mercredi 30 septembre 2026 (6 mois, CCF Statute Art 42(2))'],
    ['2025-08-31', 'es', 'La solicitud de revisión debe presentarse a más tardar el sábado 28 de febrero de 2026 (6 meses, CCF Statute Art 42(2))'],
  ];
  for (const [discovered, language, title] of REVISIONS) {
    it(`shows the revision's last day from a discovery on ${discovered}, in ${language}`, async () => {
      const { found, at } = await lenses(`revision-${discovered}-${language}.md`, revision(discovered, language));
      const lens = found.find((l) => l.range.start.line === at('new_fact_discovered').line);
      assert.equal(lens?.command?.title, title, JSON.stringify(found));
    });
  }

  it('shows the CCF’s own month from the request’s date, right to left in Arabic, with the hover on the date', async () => {
    const text = example('ccf-access-ar.md').replace(/^date: [\d-]+$/m, 'date: 2026-01-31');
    const { found, at, uri } = await lenses('ccf-month-ar.md', text);
    const lens = found.find((l) => l.range.start.line === at('date: 2026-01-31').line);
    assert.equal(lens?.command?.title, '\u2067على اللجنة أن تبتّ في مقبولية الطلب في موعد أقصاه السبت، 28 فبراير 2026 (شهر واحد من الاستلام، CCF Statute Art 32)\u2069');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('2026-01-31', 3) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /السبت، 28 فبراير 2026/);
    assert.match(value, /T-CCF-01/);
    assert.match(value, /مؤكَّد من مصدر ثانوي فقط/);
  });

  it('says on the hover of the decision’s date whether the notice’s date is in time', async () => {
    const text = appeal('2026-10-27').replace(/^date: 2026-11-18$/m, 'date: 2026-11-03');
    const { uri, at } = await openDocument(client, 'lens-late.md', text);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at('  date: 2026-10-27', 9) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Monday 2 November 2026/);
    assert.match(value, /The document is dated Tuesday 3 November 2026: after the last day\./);
    assert.match(value, /T-X-01/);
  });
});

describe('drafting over LSP: folding and selection ranges', function () {
  this.timeout(30000);
  const client = serverForThisSuite();

  const NESTED = `---
submission: extradition-defence
language: en
exhibits:
  - id: E1
    title: Report
---

# Skeleton argument

## Statement of facts

The requested person was arrested on 2 October 2026.

He has lived in London since 2015.

## Bars to extradition

### Passage of time

Section 14 of the Extradition Act 2003 bars extradition.

1. The offence dates from 2009.
2. Nothing happened for ten years.

## Relief sought

Discharge.
`;

  for (const eol of ['\n', '\r\n']) {
    it(`folds the frontmatter and each section, subsections inside theirs (${eol === '\n' ? 'LF' : 'CRLF'})`, async () => {
      const text = NESTED.replace(/\n/g, eol);
      const { uri, at } = await openDocument(client, `folding-${eol.length}.md`, text);
      const ranges = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
      const got = ranges.map((r) => [r.startLine, r.endLine]).sort((a, b) => a[0] - b[0]);
      assert.deepEqual(got, [
        [0, at('---\n\n# Skeleton'.replace(/\n/g, eol)).line],
        [at('# Skeleton').line, at('Discharge.').line],
        [at('## Statement').line, at('He has lived').line],
        [at('## Bars').line, at('2. Nothing').line],
        [at('### Passage').line, at('2. Nothing').line],
        [at('## Relief').line, at('Discharge.').line],
      ]);
    });
  }

  it('expands a selection from a list item to its list, its section, the section above and the document', async () => {
    const { uri, doc, at } = await openDocument(client, 'selection.md', NESTED);
    type Sel = { range: Range; parent?: Sel };
    const [sel] = await client.request<Sel[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [at('ten years', 3)] });
    const steps: string[] = [];
    for (let s: Sel | undefined = sel; s; s = s.parent) steps.push(doc.getText(s.range));
    assert.deepEqual(steps.slice(0, 3), ['Nothing happened for ten years.', '2. Nothing happened for ten years.', '1. The offence dates from 2009.\n2. Nothing happened for ten years.']);
    assert.ok(steps.includes(NESTED.slice(NESTED.indexOf('### Passage'), NESTED.indexOf('years.') + 6)), 'the subsection');
    assert.ok(steps.includes(NESTED.slice(NESTED.indexOf('## Bars'), NESTED.indexOf('years.') + 6)), 'the section');
    assert.equal(steps[steps.length - 1], NESTED);
    const [para] = await client.request<Sel[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [at('since 2015', 2)] });
    assert.equal(doc.getText(para.range), 'He has lived in London since 2015.');
    assert.equal(doc.getText(para.parent!.range), NESTED.slice(NESTED.indexOf('## Statement'), NESTED.indexOf('2015.') + 5));
    const [yaml] = await client.request<Sel[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [at('Report', 2)] });
    assert.deepEqual([yaml.range, yaml.parent!.range].map((r) => doc.getText(r)), ['Report', 'title: Report']);
  });
});

describe('drafting over LSP: status and export in the document’s language', function () {
  this.timeout(30000);
  const client = serverForThisSuite();

  it('words the status bar in the document’s language, right to left in Arabic', async () => {
    const fr = await openDocument(client, 'status-fr.md', example('ccf-effacement-fr.md').replace(/\n## [^\n]*faits[^\n]*\n/i, '\n## Divers\n'));
    const status = await client.send(StatusRequest, { uri: fr.uri });
    assert.equal(status.language, 'fr');
    assert.match(status.text!, /^Requête à la CCF — (\d+ éléments? requis manquants?|complète)$/);
    assert.match(status.tooltip!, /Cliquez pour ouvrir la vue Problèmes/);
    const ar = await openDocument(client, 'status-ar.md', example('ccf-access-ar.md'));
    const arStatus = await client.send(StatusRequest, { uri: ar.uri });
    assert.match(arStatus.text!, /^\u2067طلب إلى لجنة الرقابة على محفوظات الإنتربول — .+\u2069$/);
    const en = await openDocument(client, 'status-en.md', CROSS_REFERENCES);
    assert.match((await client.send(StatusRequest, { uri: en.uri })).text!, /^CCF request — (\d+ required elements? missing|complete)$/);
  });

  it('refuses to export a French submission with errors in French', async () => {
    const fr = await openDocument(client, 'export-fr.md', example('ccf-effacement-fr.md').replace(/^request: .*$/m, 'request: [nonsense]'));
    const outcome = await client.send(ExportRequest, { uri: fr.uri, format: 'pdf' });
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.message, /^Le document comporte encore \d+ erreurs? :/);
  });
});

describe('drafting over LSP: the PDF preview', function () {
  this.timeout(60000);
  const client = serverForThisSuite();

  it('renders the PDF in memory, with a link on each paragraph number to its line, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'));
    try {
      const file = path.join(dir, 'request.md');
      const text = example('ccf-deletion-en.md');
      fs.writeFileSync(file, text);
      const uri = pathToFileURL(file).href;
      client.open(uri, text);
      await client.diagnostics(uri);
      const result = await client.send(PreviewRequest, { uri });
      assert.ok(result.ok, JSON.stringify(result));
      const pdf = Buffer.from(result.pdf, 'base64');
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      assert.deepEqual(fs.readdirSync(dir), ['request.md'], 'nothing written next to the source');
      // Paragraph 1 is the first plain paragraph of the body; each number's line starts its paragraph.
      const lines = text.split('\n');
      assert.equal(result.paragraphs[0].number, 1);
      assert.match(lines[result.paragraphs[0].line], /^On behalf of Mr Daniel Varga/);
      assert.ok(result.paragraphs.every((p, i) => p.number === i + 1 && lines[p.line].trim() !== ''));
      // The links are in the PDF: one URI action per numbered paragraph.
      const links = pdf.toString('latin1').match(/\/URI \(#paragraph-\d+\)/g) ?? [];
      assert.equal(new Set(links).size, result.paragraphs.length);
      // A filed export carries none of them.
      const exported = await client.send(ExportRequest, { uri, format: 'pdf' });
      assert.ok(exported.ok);
      assert.doesNotMatch(fs.readFileSync(exported.path).toString('latin1'), /#paragraph-/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
