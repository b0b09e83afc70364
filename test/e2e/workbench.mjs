// Drives the VS Code workbench (code-server 4.100 / VS Code 1.100) in Chromium as a user would:
// keyboard shortcuts, the command palette, Quick Open, the Problems panel, the Outline view.
// Every read goes through what the page shows (DOM text, aria labels), never through internals.

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;

export class StepError extends Error {}

/** Polls `read` until `accept(value)` holds; throws with the last value read otherwise. */
export async function waitFor(what, read, accept = (v) => Boolean(v), { timeout = 20_000, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error: ${lastError.message.split('\n')[0]}` : `last seen: ${JSON.stringify(last, null, 1)}`;
      throw new StepError(`timed out after ${timeout / 1000} s waiting for ${what} (${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Retries a UI action a few times, pressing Escape between tries (focus moves during start-up). */
export async function retry(page, what, action, tries = 4) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action(attempt);
    } catch (error) {
      if (attempt >= tries) throw new StepError(`${what} failed after ${tries} tries: ${error.message.split('\n')[0]}`);
      if (process.env.E2E_DEBUG) console.error(`[e2e] retrying ${what}: ${error.message.split('\n')[0]}`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(400 * attempt);
    }
  }
}

export class Workbench {
  constructor(page, { port, log = () => {} }) {
    this.page = page;
    this.port = port;
    this.log = log;
  }

  remoteUri(path) {
    return `vscode-remote://127.0.0.1:${this.port}${path}`;
  }

  /** Loads the workbench on `folder`, optionally opening `file` (absolute path) at start. */
  async open(folder, { file, payload = [] } = {}) {
    const items = [...payload];
    if (file) items.push(['openFile', this.remoteUri(file)]);
    let url = `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
    if (items.length) url += `&payload=${encodeURIComponent(JSON.stringify(items))}`;
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The status bar is drawn once the workbench has restored; the remote connection follows.
    await this.page.locator('#workbench\\.parts\\.statusbar').waitFor({ timeout: 60_000 });
    if (file) await this.waitForEditor(file.split('/').pop());
  }

  /** Waits until the active editor tab is `name` and its text is drawn. */
  async waitForEditor(name, timeout = 30_000) {
    await waitFor(`the editor of ${name} to be active`, () => this.activeTabName(), (n) => n === name, { timeout });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
  }

  async activeTabName() {
    return this.page.locator('.tabs-container .tab.active .label-name').first().textContent({ timeout: 1000 });
  }

  // --- quick input --------------------------------------------------------------------------

  /** The labels of the quick input's rows, or [] while it is hidden (its old rows stay in the page). */
  async quickInputRows() {
    if (!(await this.page.locator(QUICK_INPUT).isVisible())) return [];
    return this.page.locator(QUICK_INPUT_ROWS).evaluateAll((rows) =>
      rows.map((row) => (row.getAttribute('aria-label') || row.textContent || '').trim()),
    );
  }

  /** In a multi-select pick, checks exactly the rows whose label matches `pattern`, then accepts with Enter. */
  async checkOnly(pattern) {
    const rows = this.page.locator(QUICK_INPUT_ROWS);
    const states = await rows.evaluateAll((els) =>
      els.map((el) => ({ label: el.getAttribute('aria-label') || '', checked: el.getAttribute('aria-checked') === 'true' })),
    );
    if (!states.some((row) => pattern.test(row.label))) throw new StepError(`no row matches ${pattern}: ${JSON.stringify(states)}`);
    for (const [i, row] of states.entries()) {
      if (pattern.test(row.label) !== row.checked) await rows.nth(i).locator('.monaco-checkbox').click();
    }
    await this.page.locator(QUICK_INPUT_BOX).press('Enter');
  }

  /** Whether the quick input shows check boxes (a multi-select pick). */
  async isMultiSelect() {
    return (await this.page.locator(`${QUICK_INPUT_ROWS}[role="checkbox"]`).count()) > 0;
  }

  /** Waits for a quick-input row whose label matches `label` (string: exact label or prefix; RegExp). */
  async pickRow(label, { timeout = 10_000, press = 'Enter' } = {}) {
    const matches = (text) => (label instanceof RegExp ? label.test(text) : text === label || text.startsWith(`${label},`) || text.startsWith(label));
    const rows = this.page.locator(QUICK_INPUT_ROWS);
    const index = await waitFor(`the quick pick row "${label}"`, async () => {
      const texts = await this.quickInputRows();
      const i = texts.findIndex(matches);
      return i >= 0 ? i : texts;
    }, (v) => typeof v === 'number', { timeout });
    await rows.nth(index).click();
    if (press) await this.page.keyboard.press(press);
  }

  /** F1, type the command title, pick the row with exactly that title. */
  async runCommand(title) {
    await retry(this.page, `running the command "${title}"`, async () => {
      await this.page.keyboard.press('F1');
      const input = this.page.locator(QUICK_INPUT_BOX);
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`>${title}`);
      const row = this.page.locator(QUICK_INPUT_ROWS).filter({
        has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
      });
      await row.first().waitFor({ state: 'visible', timeout: 3000 });
      await input.press('Enter');
      // The palette closes, or (for commands that ask something) shows a new pick.
      await this.page.waitForTimeout(150);
    });
  }

  /** Ctrl+P, type the file name, open it; waits for its editor. */
  async quickOpen(name) {
    await retry(this.page, `opening ${name} with Quick Open`, async () => {
      await this.page.keyboard.press('Control+P');
      const input = this.page.locator(QUICK_INPUT_BOX);
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(name);
      await this.page.locator(QUICK_INPUT_ROWS).filter({ hasText: name }).first().waitFor({ timeout: 5000 });
      await input.press('Enter');
      await this.waitForEditor(name, 8000);
    });
  }

  // --- editor -------------------------------------------------------------------------------

  activeEditor() {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** The text the active editor shows (visible lines only, in order). */
  async editorLines() {
    return this.activeEditor().locator('.view-lines .view-line').evaluateAll((lines) =>
      lines
        .map((line) => ({ top: parseFloat(line.style.top) || 0, text: (line.textContent || '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
  }

  async focusEditor() {
    try {
      if (process.env.E2E_FOCUS_BY_KEYBOARD) throw new Error('keyboard asked for');
      await this.activeEditor().locator('.view-lines').click({ position: { x: 5, y: 5 }, timeout: 5000 });
    } catch {
      // Something over the editor took the pointer (seen once in CI: the whole page intercepted
      // clicks for 30 s after a scenario switched files): close what may be open and focus it by
      // command instead.
      await this.page.keyboard.press('Escape');
      await this.runCommand('View: Focus Active Editor Group');
    }
  }

  async squiggles(kind = 'error') {
    return this.activeEditor().locator(`.squiggly-${kind}`).count();
  }

  /** Go to a 1-based line with Ctrl+G. */
  async goToLine(line) {
    await retry(this.page, `going to line ${line}`, async () => {
      await this.page.keyboard.press('Control+G');
      const input = this.page.locator(QUICK_INPUT_BOX);
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(`:${line}`);
      await input.press('Enter');
      await this.page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: 5000 });
    });
  }

  /** Types text line by line, closing any suggestion widget before each Enter. */
  async typeLines(lines) {
    for (const [i, line] of lines.entries()) {
      if (line) await this.page.keyboard.type(line);
      if (i < lines.length - 1) {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Enter');
      }
    }
  }

  async isDirty() {
    return (await this.page.locator('.tabs-container .tab.active.dirty').count()) > 0;
  }

  // --- panels -------------------------------------------------------------------------------

  /**
   * Shows the Problems panel and returns its rows' labels: the aria label (severity, message,
   * position), then " | " and the text (which adds source and code). The list draws only the rows
   * in view; with `all`, it is scrolled through to read every row.
   */
  async problems({ all = false } = {}) {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible', timeout: 5000 });
    }
    const read = () =>
      panel.locator('.monaco-list-row').evaluateAll((rows) =>
        rows.map((row) => ({
          index: Number(row.getAttribute('data-index')),
          label: `${row.getAttribute('aria-label') || ''} | ${row.textContent || ''}`.replace(/\s+/g, ' ').trim(),
        })),
      );
    const rows = new Map((await read()).map((row) => [row.index, row.label]));
    const list = panel.locator('.monaco-list').first();
    const box = all ? await list.boundingBox() : null;
    if (box) {
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 50; i++) {
        const before = rows.size;
        await this.page.mouse.wheel(0, box.height * 0.8);
        await this.page.waitForTimeout(80);
        for (const row of await read()) rows.set(row.index, row.label);
        if (rows.size === before) break;
      }
      await this.page.mouse.wheel(0, -100_000);
    }
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, label]) => label);
  }

  /** The visible status bar items' texts (codicons drop out of textContent). */
  async statusBarTexts() {
    return this.page.locator('#workbench\\.parts\\.statusbar .statusbar-item').evaluateAll((items) =>
      items.map((item) => ({ id: item.id, text: (item.textContent || '').replace(/\s+/g, ' ').trim(), html: item.innerHTML })),
    );
  }

  /** Shows the Outline view alone in the side bar (other Explorer sections collapsed). */
  async showOutline() {
    await this.runCommand('Explorer: Focus on Outline View');
    const pane = this.page.locator('.pane:has(.outline-pane)');
    await pane.waitFor({ state: 'visible', timeout: 5000 });
    const others = this.page.locator('.part.sidebar .pane:not(:has(.outline-pane)) > .pane-header.expanded');
    for (let i = await others.count(); i > 0; i--) await others.first().click();
    // "No symbols found" shows until the providers (ours starts a language server) have answered.
    await this.page.locator('.outline-pane .monaco-list').waitFor({ state: 'visible', timeout: 30_000 });
  }

  /** The Outline view's rows ({index, level, label, collapsed}), collected while scrolling through it. */
  async outlineRows() {
    const list = this.page.locator('.outline-pane .monaco-list');
    const seen = new Map();
    const collect = async () => {
      const rows = await list.locator('.monaco-list-row').evaluateAll((els) =>
        els.map((el) => ({
          index: Number(el.getAttribute('data-index')),
          level: Number(el.getAttribute('aria-level')),
          label: (el.getAttribute('aria-label') || el.textContent || '').trim(),
          collapsed: el.getAttribute('aria-expanded') === 'false',
        })),
      );
      for (const row of rows) seen.set(row.index, row);
    };
    await collect();
    const scroller = list.locator('.monaco-scrollable-element').first();
    const box = await scroller.boundingBox();
    if (box) {
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 20; i++) {
        const before = seen.size;
        await this.page.mouse.wheel(0, box.height * 0.8);
        await this.page.waitForTimeout(100);
        await collect();
        if (seen.size === before) break;
      }
      await this.page.mouse.wheel(0, -100_000);
    }
    return [...seen.values()].sort((a, b) => a.index - b.index);
  }

  /** Expands a collapsed Outline row by clicking its twistie. */
  async expandOutlineRow(index) {
    const row = this.page.locator(`.outline-pane .monaco-list-row[data-index="${index}"]`);
    await row.locator('.monaco-tl-twistie').click();
    await this.page.waitForTimeout(150);
  }

  /** The texts of the notification toasts on screen, with their buttons. */
  async notifications() {
    return this.page.locator('.notifications-toasts .notification-toast').evaluateAll((toasts) =>
      toasts.map((toast) => ({
        message: (toast.querySelector('.notification-list-item-message')?.textContent || '').trim(),
        buttons: [...toast.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map((b) => (b.textContent || '').trim()),
      })),
    );
  }

  /** The texts of a modal dialog, if one is shown. */
  async dialog() {
    const box = this.page.locator('.monaco-dialog-box');
    if (!(await box.isVisible().catch(() => false))) return undefined;
    return {
      message: ((await box.locator('.dialog-message-text').textContent()) || '').trim(),
      buttons: (await box.locator('.dialog-buttons .monaco-button').allTextContents()).map((t) => t.trim()),
    };
  }
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
