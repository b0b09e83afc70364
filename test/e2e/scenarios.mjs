// The UI scenarios: what a user of the installed extension sees in VS Code. Each scenario gets a
// fresh copy of the workspace and a fresh browser context (so nothing restored from a previous
// one), and asserts only on what the workbench shows. Run by scripts/e2e/run.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StepError, Workbench, retry, waitFor } from './workbench.mjs';

const DEFECTIVE_EN = 'ccf-request-missing-sections.md';
const DEFECTIVE_FR = 'ccf-requete-sans-faits.md';
const PLAIN = 'meeting-notes.md';
const EMPTY = 'new-request.md';
const MARKDOWN_PROVIDER = 'Markdown Language Features';
// VS Code 1.100 draws the light bulb in the gutter next to the line (older: a floating widget).
const LIGHT_BULB = '.editor-group-container.active .monaco-editor [class*="codicon-gutter-lightbulb"], .editor-group-container.active .monaco-editor .lightBulbWidget';

// What the contract says the user reads (see the issue "Prove it in a real VS Code").
const MISSING_FACTS_EN = 'Missing section: “Statement of facts”.';
const MISSING_FACTS_FR = 'Section manquante : « Exposé des faits ».';
const FIX_FACTS_FR = 'Insérer la section « Exposé des faits »';
const STATUS_TEXT = /CCF request — (\d+ required elements? missing|complete)/;
const MISSING_SECTION = /Missing section|Section manquante|Sección faltante|Falta la sección/;
// A "fill me in" diagnostic points at template text ({{…}}) still in the document, or at a
// section that holds nothing else yet ("is empty"), in any of the four languages.
const FILL_ME_IN = /\{\{|template|placeholder|fill in|is empty|modèle|est vide|plantilla|está vací|قالب|فارغ/i;

export const scenarios = [
  {
    name: 'diagnostics',
    title: 'a defective CCF request shows squiggles, Problems rows and the completeness item',
    file: DEFECTIVE_EN,
    async run({ wb, page, step }) {
      const rows = await step('problems', () =>
        // The missing "Relief sought" (CCF-REQ-08) is only a hint since `request:` states the purpose: VS Code lists no hints.
        waitFor('Problems rows for CCF-REC-01 and CCF-REQ-11', () => wb.problems(), (r) =>
          ['CCF-REC-01', 'CCF-REQ-11'].every((code) => r.some((row) => row.includes(code)))),
      );
      const facts = rows.find((row) => row.includes('CCF-REC-01'));
      expect(facts.includes(MISSING_FACTS_EN), `the CCF-REC-01 row reads "${MISSING_FACTS_EN}…"`, facts);
      for (const code of ['CCF-REC-01', 'CCF-REQ-11']) {
        const row = rows.find((r) => r.includes(code));
        expect(/^Error/i.test(row) || /\bError\b/.test(row), `${code} is shown as an error`, row);
        expect(row.includes('submission'), `${code} names its source "submission"`, row);
      }
      await step('squiggles', async () => {
        // Clicking the row reveals the problem in the editor, where the squiggle is drawn.
        await page.locator('.markers-panel .monaco-list-row').nth(rows.indexOf(facts)).click();
        await waitFor('error squiggles in the editor', () => wb.squiggles('error'), (n) => n > 0);
      });
      await step('status bar', () =>
        waitFor('the completeness item in the status bar', () => wb.statusBarTexts(), (items) =>
          items.some((item) => /missing/.test(item.text) && STATUS_TEXT.test(item.text))),
      );
    },
    readmeScreenshot: 'status bar',
  },
  {
    name: 'typing',
    title: 'typing the missing section clears its error without saving',
    file: DEFECTIVE_EN,
    async run({ wb, page, step }) {
      await step('error shown', () =>
        waitFor('the CCF-REC-01 row', () => wb.problems(), (rows) => rows.some((row) => row.includes('CCF-REC-01'))));
      await step('type the section', async () => {
        await wb.focusEditor();
        await page.keyboard.press('Control+End');
        await wb.typeLines([
          '',
          '## Statement of facts',
          '',
          'The applicant, a journalist, left Russia in 2021; warrant W1 followed in 2023.',
          '',
        ]);
      });
      const rows = await step('error gone', () =>
        waitFor('the CCF-REC-01 row to disappear', () => wb.problems(), (r) =>
          r.length > 0 && !r.some((row) => row.includes('CCF-REC-01'))),
      );
      expect(rows.some((row) => row.includes('CCF-REQ-11')), 'the other errors (CCF-REQ-11) are still listed', rows);
      expect(await wb.isDirty(), 'the document is still unsaved (dirty)', 'the tab is not marked dirty');
    },
  },
  {
    name: 'quick-fix',
    title: 'the light bulb inserts the missing section in the document’s language',
    file: DEFECTIVE_FR,
    async run({ wb, page, step }) {
      const rows = await step('error shown', () =>
        waitFor(`the row "${MISSING_FACTS_FR}"`, () => wb.problems(), (r) => r.some((row) => row.includes(MISSING_FACTS_FR))),
      );
      await step('go to the problem', async () => {
        const index = rows.findIndex((row) => row.includes(MISSING_FACTS_FR));
        await page.locator('.markers-panel .monaco-list-row').nth(index).click();
        await page.keyboard.press('Enter');
        await waitFor('the light bulb', () => page.locator(LIGHT_BULB).first().isVisible(), Boolean, { timeout: 10_000 });
      });
      await step('open the light bulb', async () => {
        const bulb = page.locator(LIGHT_BULB).first();
        await bulb.click();
        await waitFor(`the action "${FIX_FACTS_FR}"`, () => actionRows(page), (r) => r.some((t) => t.includes(FIX_FACTS_FR)), { timeout: 10_000 });
      });
      await step('apply the fix', async () => {
        // The menu blocks the pointer until the mouse moves over it, as a real mouse would.
        const action = page.locator('.action-widget .monaco-list-row').filter({ hasText: FIX_FACTS_FR }).first();
        const box = await action.boundingBox();
        await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 3 });
        await action.click();
        await waitFor('the action menu to close', () => page.locator('.action-widget').isVisible(), (v) => !v, { timeout: 5000 });
      });
      await step('section inserted', async () => {
        // Find reveals the inserted heading wherever the edit put it.
        await page.keyboard.press('Control+F');
        await page.keyboard.type('Exposé des faits');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        const lines = await waitFor('a heading "Exposé des faits" followed by a {{…}} placeholder', () => wb.editorLines(), (l) => {
          const at = l.findIndex((line) => /^#{1,6}\s+(\d+\.\s*|[IVX]+\.\s*|[A-Z]\.\s*)?Exposé des faits\s*:?\s*$/.test(line));
          return at >= 0 && l.slice(at + 1, at + 6).some((line) => /\{\{.+\}\}/.test(line));
        }, { timeout: 10_000 });
        return lines;
      });
      await step('problems after the fix', () =>
        waitFor(`"${MISSING_FACTS_FR}" to leave the Problems panel`, () => wb.problems(), (r) => !r.some((row) => row.includes(MISSING_FACTS_FR)), { timeout: 10_000 }),
      );
    },
    readmeScreenshot: 'open the light bulb',
  },
  {
    name: 'outline',
    title: 'the Outline view lists the submission’s sections',
    file: (ws) => findExample(ws, 'ccf-request', 'en') ?? DEFECTIVE_EN,
    async run({ wb, step, file, ws }) {
      const text = fs.readFileSync(path.join(ws, file), 'utf8');
      const expected = sectionHeadings(text);
      if (/^warrants:/m.test(text)) expected.push('Warrants');
      if (/^exhibits:/m.test(text)) expected.push('Exhibits');
      await step('show outline', () => wb.showOutline());
      // With two outline providers (ours and the built-in Markdown one), VS Code groups the
      // symbols by provider. Open ours and everything in it, as a user would, and read it.
      const ours = await step('expand', async () => {
        for (let i = 0; ; i++) {
          const rows = await wb.outlineRows();
          const grouped = rows.some((r) => r.level === 1 && r.label === MARKDOWN_PROVIDER);
          let subtree = rows;
          if (grouped) {
            const group = rows.find((r) => r.level === 1 && r.label !== MARKDOWN_PROVIDER);
            if (!group) throw new StepError(`no Outline group from the extension; rows: ${JSON.stringify(rows.map((r) => r.label))}`);
            const next = rows.find((r) => r.index > group.index && r.level === 1)?.index ?? Infinity;
            subtree = rows.filter((r) => r.index >= group.index && r.index < next);
          }
          const collapsed = subtree.find((r) => r.collapsed);
          if (!collapsed) {
            const root = subtree.find((r) => r.level === (grouped ? 2 : 1));
            if (!root) throw new StepError(`no symbol from the extension in the Outline; rows: ${JSON.stringify(rows.map((r) => r.label))}`);
            return { root, labels: subtree.filter((r) => r.level > root.level).map((r) => r.label) };
          }
          if (i > 20) throw new StepError(`could not expand the Outline row "${collapsed.label}"`);
          await wb.expandOutlineRow(collapsed.index);
        }
      });
      const listed = (name) => ours.labels.some((row) => row === name || row.startsWith(`${name},`) || row.startsWith(`${name} `));
      expect(expected.every(listed), `Outline rows for ${expected.map((e) => `"${e}"`).join(', ')} under the root symbol "${ours.root.label}"`, ours.labels);
    },
  },
  {
    name: 'new-request',
    title: '"New CCF request" in French opens a template with only fill-me-in diagnostics; a snippet expands',
    async run({ wb, page, step }) {
      await step('command', () => wb.runCommand('Submission: New CCF request'));
      await step('request type pick', () =>
        waitFor('the request type pick', () => wb.quickInputRows(), (rows) => rows.some((r) => /deletion|effacement/i.test(r))));
      await step('choose deletion', async () => {
        // A multi-select pick (check boxes, maybe some checked already) is accepted with Enter;
        // a single-select one closes on click.
        if (await wb.isMultiSelect()) await wb.checkOnly(/deletion|effacement/i);
        else await wb.pickRow(/deletion|effacement/i, { press: null });
      });
      await step('language pick', () => waitFor('the language pick', () => wb.quickInputRows(), (r) => r.some((t) => t.startsWith('Français'))));
      await step('choose French', () => wb.pickRow('Français', { press: null }));
      await step('template opened', () =>
        waitFor('a French CCF request template in the editor', () => wb.editorLines(), (lines) =>
          lines.some((l) => /submission:\s*ccf-request/.test(l)) && lines.some((l) => /Exposé des faits/.test(l))),
      );
      const rows = await step('fill-me-in diagnostics', async () => {
        await waitFor('the template’s diagnostics', () => wb.problems(), (r) => r.length > 0);
        await page.waitForTimeout(1500); // let any slower diagnostic arrive too
        return wb.problems({ all: true });
      });
      // Marker rows start with their severity; the others are the file rows that group them.
      const diagnostics = rows.filter((row) => /^(Error|Warning|Info|Hint)\b/.test(row));
      expect(!rows.some((row) => MISSING_SECTION.test(row)), 'the template misses no section', rows);
      expect(diagnostics.length > 0 && diagnostics.every((row) => FILL_ME_IN.test(row)), 'every diagnostic of the template is a "fill me in" one', rows);

      await step('snippet', async () => {
        await wb.quickOpen(EMPTY);
        await wb.focusEditor();
        await page.keyboard.type('ccf-request-fr');
        await page.keyboard.press('Control+Space');
        const suggest = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'ccf-request-fr' });
        await suggest.first().waitFor({ state: 'visible', timeout: 10_000 });
        await suggest.first().click();
        await waitFor('the snippet’s French CCF request in the editor', () => wb.editorLines(), (lines) =>
          lines.some((l) => /submission:\s*ccf-request/.test(l)) && lines.some((l) => /language:\s*fr/.test(l)) && !lines.some((l) => l.includes('ccf-request-fr')));
      });
    },
  },
  {
    name: 'export',
    title: '"Export submission to PDF/DOCX" writes the files next to the source and offers to open them',
    file: (ws) => findExample(ws, 'ccf-request', 'en') ?? findExample(ws),
    async run({ wb, page, step, file, ws }) {
      if (!file) throw new StepError('no example submission in examples/ to export');
      const base = file.replace(/\.md$/, '');
      for (const [format, magic] of [['PDF', '%PDF'], ['DOCX', 'PK']]) {
        const out = `${base}.${format.toLowerCase()}`;
        await step(`export ${format}`, async () => {
          await wb.focusEditor();
          await wb.runCommand(`Submission: Export submission to ${format}`);
          const toast = await waitFor(`the notification "Exported to ${path.basename(out)}" with Open and Reveal`, async () => {
            const dialog = await wb.dialog();
            if (dialog) throw new StepError(`a dialog asks: "${dialog.message}" [${dialog.buttons.join(', ')}]`);
            return wb.notifications();
          }, (toasts) => toasts.some((t) => t.message.includes(`Exported to ${path.basename(out)}`) && t.buttons.includes('Open') && t.buttons.includes('Reveal')), { timeout: 30_000 });
          void toast;
          await page.locator('.notification-toast .monaco-button', { hasText: 'Reveal' }).first().waitFor({ state: 'visible' });
          await page.waitForTimeout(300); // let the toast finish sliding in, for the screenshot
          const written = path.join(ws, out);
          expect(fs.existsSync(written), `${out} is written next to ${file}`, fs.readdirSync(ws));
          const head = fs.readFileSync(written).subarray(0, magic.length).toString('latin1');
          expect(head === magic, `${out} starts with ${magic}`, head);
        });
        await page.keyboard.press('Escape');
        await wb.runCommand('Notifications: Clear All Notifications');
      }
    },
  },
  {
    name: 'numbered-export',
    title: 'a request the lawyer numbered 1.–8. across sections exports to a PDF that prints 1.–8. as written',
    // The issue "Paragraph numbers are what the court cites": the same fixture the export tests
    // read back in both formats, here exported through the command as a user does.
    file: (ws) => {
      fs.copyFileSync(new URL('../export/fixtures/numbered-en.md', import.meta.url), path.join(ws, 'numbered-request.md'));
      return 'numbered-request.md';
    },
    async run({ wb, page, step, file, ws }) {
      const out = file.replace(/\.md$/, '.pdf');
      await step('export PDF', async () => {
        await wb.focusEditor();
        await wb.runCommand('Submission: Export submission to PDF');
        await waitFor(`the notification "Exported to ${out}"`, async () => {
          const dialog = await wb.dialog();
          if (dialog) throw new StepError(`a dialog asks: "${dialog.message}" [${dialog.buttons.join(', ')}]`);
          return wb.notifications();
        }, (toasts) => toasts.some((t) => t.message.includes(`Exported to ${out}`)), { timeout: 30_000 });
      });
      await step('the paragraph numbers in the PDF text', async () => {
        const text = spawnSync('pdftotext', ['-layout', path.join(ws, out), '-'], { encoding: 'utf8' });
        if (text.error) throw new StepError(`pdftotext could not run (${text.error.message}); install poppler-utils`);
        // A paragraph number is at the start of its line, followed by the paragraph's text.
        const labels = text.stdout.split('\n').map((l) => /^\s*(\d+)\.\s+\S/.exec(l)?.[1]).filter(Boolean);
        const written = ['1', '2', '3', '4', '5', '6', '7', '8'];
        expect(JSON.stringify(labels) === JSON.stringify(written), `the PDF to number its paragraphs ${written.join(', ')} as the source does`, labels);
        const lettered = text.stdout.split('\n').filter((l) => /^\s*\([a-h]\)\s+(Ms|In 2024|On 20|Article|The Commission|The applicant)/.test(l));
        expect(lettered.length === 0, 'no numbered paragraph printed as a lettered sub-paragraph', lettered);
      });
      await page.keyboard.press('Escape');
      await wb.runCommand('Notifications: Clear All Notifications');
    },
  },
  {
    name: 'bundle',
    title: '"Build filing bundle" writes the index, the submission and its exhibits as one PDF and offers to open it',
    // A copy of an example whose exhibits point at files; the PDFs themselves are made in run().
    file: (ws) => {
      const example = findExample(ws, 'ccf-request', 'en');
      if (!example) return undefined;
      const text = fs.readFileSync(path.join(ws, example), 'utf8').replace(/(  - id: (A\d+)\n(?:    .*\n)*)/g, '$1    file: exhibits/$2.pdf\n');
      fs.writeFileSync(path.join(ws, 'bundle-request.md'), text);
      return 'bundle-request.md';
    },
    async run({ wb, page, step, file, ws }) {
      if (!file) throw new StepError('no English CCF request in examples/ to bundle');
      const ids = [...fs.readFileSync(path.join(ws, file), 'utf8').matchAll(/file: exhibits\/(A\d+)\.pdf/g)].map((m) => m[1]);
      await step('exhibit files', async () => {
        const { PDFDocument, StandardFonts } = createRequire(import.meta.url)('@cantoo/pdf-lib');
        fs.mkdirSync(path.join(ws, 'exhibits'), { recursive: true });
        for (const [i, id] of ids.entries()) {
          const doc = await PDFDocument.create();
          const font = await doc.embedFont(StandardFonts.Helvetica);
          for (let p = 0; p <= i % 3; p++) doc.addPage([595, 842]).drawText(`Exhibit ${id}, page ${p + 1}`, { x: 72, y: 760, size: 18, font });
          fs.writeFileSync(path.join(ws, 'exhibits', `${id}.pdf`), await doc.save());
        }
      });
      const out = file.replace(/\.md$/, '-bundle.pdf');
      await step('build', async () => {
        await wb.focusEditor();
        await wb.runCommand('Submission: Build filing bundle');
        await waitFor(`the notification "Bundle written: ${out}" with Open and Reveal`, async () => {
          const dialog = await wb.dialog();
          if (dialog) throw new StepError(`a dialog asks: "${dialog.message}" [${dialog.buttons.join(', ')}]`);
          return wb.notifications();
        }, (toasts) => toasts.some((t) => t.message.includes(`Bundle written: ${out}`) && t.buttons.includes('Open') && t.buttons.includes('Reveal')), { timeout: 60_000 });
        await page.locator('.notification-toast .monaco-button', { hasText: 'Reveal' }).first().waitFor({ state: 'visible' });
        await page.waitForTimeout(300); // let the toast finish sliding in, for the screenshot
      });
      await step('the bundle', async () => {
        const written = path.join(ws, out);
        expect(fs.existsSync(written), `${out} is written next to ${file}`, fs.readdirSync(ws));
        const bytes = fs.readFileSync(written);
        expect(bytes.subarray(0, 4).toString('latin1') === '%PDF', `${out} is a PDF`, bytes.subarray(0, 8).toString('latin1'));
        const info = spawnSync('pdfinfo', [written], { encoding: 'utf8' }).stdout;
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        const exhibitPages = ids.reduce((n, _, i) => n + 1 + (i % 3) + 1, 0);
        expect(pages > exhibitPages + 1, `${out} holds the index, the submission and ${ids.length} exhibits with dividers (${exhibitPages} pages)`, `${pages} pages`);
      });
      await page.keyboard.press('Escape');
      await wb.runCommand('Notifications: Clear All Notifications');
    },
  },
  {
    name: 'plain-markdown',
    title: 'a plain Markdown file gets no diagnostics from the extension',
    file: DEFECTIVE_EN,
    async run({ wb, page, step }) {
      await step('server answers', () =>
        waitFor('diagnostics of the defective submission (the server is running)', () => wb.problems(), (r) => r.some((row) => row.includes('CCF-REC-01'))));
      await step('open plain file', async () => {
        await wb.quickOpen(PLAIN);
        await page.waitForTimeout(3000); // the server would have answered by now
      });
      const rows = await wb.problems();
      expect(!rows.some((row) => row.includes(PLAIN)), `the Problems panel lists nothing for ${PLAIN}`, rows);
      expect((await wb.squiggles('error')) + (await wb.squiggles('warning')) + (await wb.squiggles('info')) === 0, `no squiggles in ${PLAIN}`, 'squiggles are drawn');
      const status = await wb.statusBarTexts();
      expect(!status.some((item) => STATUS_TEXT.test(item.text)), 'no completeness item for a plain file', status.map((s) => s.text));
    },
  },
  {
    name: 'go-to-definition',
    title: 'F12 on “Exhibit A3” lands on its declaration under exhibits',
    file: 'ccf-deletion-en.md',
    async run({ wb, page, step, file, ws }) {
      const declared = lineOf(path.join(ws, file), '- id: A3');
      await step('cursor on Exhibit A3', () => findText(wb, page, 'Exhibit A3'));
      await step('F12', async () => {
        const landed = (timeout) => waitFor(`the cursor on line ${declared} (the declaration "- id: A3")`, () => cursorLine(wb), (line) => line === declared, { timeout });
        await page.keyboard.press('F12');
        try {
          await waitFor('the cursor to leave the citation', () => cursorLine(wb), (line) => line === declared, { timeout: 4000 });
        } catch {
          // Headless Chromium here does not hand F12 to the page (nothing happens, not even "No
          // definition found"); the command F12 is bound to is the same action.
          await wb.runCommand('Go to Definition');
        }
        try {
          await landed(10_000);
        } catch (first) {
          // In one full run of 2026-12-06 (of four that day) the command answered "No definition
          // found", and the scenario passed alone and in the next full run; the cause is not known.
          // Asked a second time, as a user would, and said so in the log: a server that never
          // answers still fails here.
          console.error(`[e2e] go-to-definition: ${first.message.split('\n')[0]}; asking again`);
          await page.keyboard.press('Escape');
          await findText(wb, page, 'Exhibit A3');
          await wb.runCommand('Go to Definition');
          await landed(10_000);
        }
      });
    },
  },
  {
    name: 'rename',
    title: 'F2 renames exhibit A3 to A9 in the declaration and every citation',
    file: 'ccf-deletion-en.md',
    async run({ wb, page, step, file, ws }) {
      const before = fs.readFileSync(path.join(ws, file), 'utf8');
      await step('cursor on Exhibit A3', () => findText(wb, page, 'Exhibit A3'));
      await step('F2', async () => {
        await retry(page, 'opening the rename box', async () => {
          await page.keyboard.press('F2');
          await page.locator('.rename-box input').waitFor({ state: 'visible', timeout: 5000 });
        });
        await page.locator('.rename-box input').fill('A9');
        await page.keyboard.press('Enter');
        await waitFor('“Exhibit A9” in the editor', () => wb.editorLines(), (lines) => lines.some((l) => l.includes('Exhibit A9')), { timeout: 15_000 });
      });
      await step('saved', async () => {
        await page.keyboard.press('Control+S');
        const after = await waitFor('the renamed file on disk', () => fs.readFileSync(path.join(ws, file), 'utf8'), (t) => t !== before, { timeout: 10_000 });
        expect(!/\bA3\b/.test(after), 'no A3 left in the file', after.match(/.*\bA3\b.*/g));
        expect(after === before.replace(/\bA3\b/g, 'A9'), 'every A3 became A9 and nothing else changed', after);
      });
    },
  },
  {
    name: 'preview',
    title: '"Submission: Show PDF preview" opens the PDF beside the editor, page 1 drawn',
    file: 'ccf-deletion-en.md',
    async run({ wb, page, step }) {
      await step('command', async () => {
        await wb.focusEditor();
        await wb.runCommand('Submission: Show PDF preview');
      });
      await step('page 1 shown', async () => {
        await waitFor('two editor groups side by side', () => page.locator('.editor-group-container').count(), (n) => n >= 2, { timeout: 15_000 });
        const drawn = await waitFor('page 1 of the PDF drawn in the preview', async () => {
          for (const frame of page.frames()) {
            const state = await frame.evaluate(() => {
              const canvas = document.querySelector('.page[data-page="1"] canvas');
              if (!canvas) return undefined;
              // Drawn: some pixel that is not white.
              const ctx = canvas.getContext('2d');
              const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
              let ink = 0;
              for (let i = 0; i < data.length; i += 4 * 97) if (data[i] < 200) ink++;
              return { pages: document.body.dataset.pages, ink, links: document.querySelectorAll('a.paragraph').length };
            }).catch(() => undefined);
            if (state) return state;
          }
          return undefined;
        }, (state) => Boolean(state && state.ink > 0 && state.pages), { timeout: 30_000 });
        expect(drawn.links > 0, 'paragraph numbers that can be clicked', drawn);
        await page.waitForTimeout(500);
      });
    },
    readmeScreenshot: 'page 1 shown',
  },
  {
    name: 'french',
    title: 'with a French document, the status bar and a notification read in French',
    file: 'ccf-effacement-fr.md',
    async run({ wb, page, step }) {
      // The status bar speaks the document's language; the French hovers are checked over LSP
      // (test/lsp/drafting.test.ts): "Show or Focus Hover" showed nothing here, to be looked into.
      await step('status bar', () =>
        waitFor('the completeness item in French (“Requête à la CCF — …”)', () => wb.statusBarTexts(), (items) => items.some((i) => /Requête à la CCF — (complète|\d+ éléments? requis manquants?)/.test(i.text))));
      await step('notification', async () => {
        await wb.focusEditor();
        await wb.runCommand('Submission: Export submission to PDF');
        await waitFor('the notification “Exporté vers ccf-effacement-fr.pdf.”', () => wb.notifications(), (toasts) => toasts.some((t) => t.message.includes('Exporté vers ccf-effacement-fr.pdf')), { timeout: 30_000 });
      });
    },
  },
  {
    name: 'french-citations',
    title: 'a French request citing “l’article 83, paragraphe 1, du RTD” and “l’article 2 du Statut” shows no error',
    file: 'ccf-requete-formes-citation.md',
    async run({ wb, page, step }) {
      // Its “Règles violées” cites INTERPOL's rules only in these ordinary French forms: were they not
      // recognised, CCF-REC-03 would be an error here (test/unit/legal.test.ts has the same case).
      await step('status bar', () =>
        waitFor('the completeness item “Requête à la CCF — complète”', () => wb.statusBarTexts(), (items) => items.some((i) => /Requête à la CCF — complète?/.test(i.text))));
      const rows = await step('problems', () => wb.problems({ all: true }));
      expect(!rows.some((row) => /CCF-REC-03|\bError\b|^Erreur/i.test(row)), 'no error in the Problems panel, no CCF-REC-03', rows.join('\n'));
      await step('hover in French', async () => {
        await findText(wb, page, 'paragraphe 1, du RTD');
        // The mouse over the character before the cursor, as a lawyer points at a citation.
        const cursor = await page.locator('.editor-group-container.active .monaco-editor .cursor').first().boundingBox();
        // Monaco shows a hover after the pointer rests; a single move sometimes goes unseen on a
        // loaded machine (one run in several), so the pointer leaves and comes back while waiting.
        let moves = 0;
        await waitFor(
          'a hover on the citation, in French (“… traitement des données (RTD)”)',
          async () => {
            if (moves++ % 8 === 0) {
              await page.mouse.move(cursor.x - 4, cursor.y + 60);
              await page.mouse.move(cursor.x - 4, cursor.y + cursor.height / 2, { steps: 4 });
            }
            return page.locator('.monaco-hover:visible').allTextContents();
          },
          (texts) => texts.some((t) => /Article 83/.test(t) && /traitement des données/.test(t)),
          { timeout: 15_000 },
        );
      });
    },
  },
];

export async function runScenarios({ root, port, browser, consoleLog, say, shots, newWorkspace, aborted }, { only, readmeScreenshot } = {}) {
  const selected = scenarios.filter((s) => !only || only.includes(s.name));
  const failures = [];
  let passed = 0;
  for (const [number, scenario] of selected.entries()) {
    if (aborted()) break;
    const prefix = `${String(number + 1).padStart(2, '0')}-${scenario.name}`;
    const ws = newWorkspace(scenario.name);
    const file = typeof scenario.file === 'function' ? scenario.file(ws) : scenario.file;
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    page.on('console', (m) => consoleLog.write(`[${scenario.name} ${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => consoleLog.write(`[${scenario.name} pageerror] ${e.message}\n`));
    const wb = new Workbench(page, { port });
    const timings = [];
    let stepNumber = 0;
    let current = 'open';
    const shot = (label) => path.join(shots, `${prefix}-${String(stepNumber).padStart(2, '0')}-${label.replace(/[^\w]+/g, '-')}.png`);
    const step = async (label, fn) => {
      stepNumber++;
      current = label;
      const t1 = Date.now();
      const value = await fn();
      timings.push(`${label} ${((Date.now() - t1) / 1000).toFixed(1)}s`);
      const file = shot(label);
      await page.screenshot({ path: file });
      if (readmeScreenshot && scenario.readmeScreenshot === label) {
        const target = path.join(root, 'docs/screenshots', `${scenario.name}.png`);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(file, target);
      }
      return value;
    };
    const t0 = Date.now();
    try {
      await step('open', () => wb.open(ws, { file: file && path.join(ws, file) }));
      await scenario.run({ wb, page, step, file, ws });
      passed++;
      say(`✓ ${scenario.name} (${((Date.now() - t0) / 1000).toFixed(1)} s: ${timings.join(', ')})`);
    } catch (error) {
      stepNumber++;
      const screenshot = shot(`${current}-FAILED`);
      await page.screenshot({ path: screenshot }).catch(() => {});
      // The page as it was, for finding what a selector missed.
      await page.content().then((html) => fs.writeFileSync(screenshot.replace(/\.png$/, '.html'), html)).catch(() => {});
      const message = `${scenario.title}\n  step "${current}": ${error instanceof StepError ? error.message : error.stack}\n  screenshot: ${path.relative(process.cwd(), screenshot)}`;
      failures.push({ name: `scenario ${scenario.name}`, message });
      say(`✗ ${scenario.name}: step "${current}" failed; screenshot ${path.relative(process.cwd(), screenshot)}`);
    } finally {
      await context.close().catch(() => {});
    }
  }
  return { passed, failures };
}

function expect(condition, what, seen) {
  if (!condition) throw new StepError(`expected ${what}; the workbench showed: ${JSON.stringify(seen, null, 1)}`);
}

function actionRows(page) {
  return page.locator('.action-widget .monaco-list-row').evaluateAll((rows) => rows.map((row) => (row.textContent || '').trim()));
}

/** The first example of that kind (any kind if none given; in that language if there is one), by its frontmatter. */
function findExample(ws, kind, language) {
  const all = examplesOf(ws, kind);
  return all.find((f) => new RegExp(`^language:\\s*${language}\\b`, 'm').test(fs.readFileSync(path.join(ws, f), 'utf8'))) ?? all[0];
}

function examplesOf(ws, kind) {
  const files = fs.readdirSync(ws).filter((f) => f.endsWith('.md')).sort();
  return files.filter((f) => {
    const text = fs.readFileSync(path.join(ws, f), 'utf8');
    if (!/^---\n[\s\S]*?\n---/.test(text)) return false;
    if ([DEFECTIVE_EN, DEFECTIVE_FR, PLAIN, EMPTY].includes(f)) return false;
    const m = /^submission:\s*([\w-]+)/m.exec(text);
    return m && (!kind || m[1] === kind);
  });
}

/** The texts of the headings below the title, as the outline shows them (inline markup flattened). */
function sectionHeadings(text) {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return [...body.matchAll(/^#{2,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim());
}

/** 1-based line of the first line of a file that contains `needle`. */
function lineOf(file, needle) {
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).findIndex((l) => l.includes(needle)) + 1;
}

/** Finds the first occurrence of `text` and puts the cursor just before its last character. */
async function findText(wb, page, text) {
  await wb.focusEditor();
  await page.keyboard.press('Control+F');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await waitFor(`"${text}" selected`, () => page.locator('.editor-group-container.active .monaco-editor .selected-text').count(), (n) => n > 0, { timeout: 5000 });
  // A cursor inside the match's last word, with nothing selected.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
}

/** The cursor's line, from the status bar's "Ln 12, Col 4". */
async function cursorLine(wb) {
  const item = (await wb.statusBarTexts()).find((i) => /Ln \d+, Col \d+/.test(i.text));
  return item ? Number(/Ln (\d+)/.exec(item.text)[1]) : undefined;
}
