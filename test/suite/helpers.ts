// What the in-editor tests share: the workspace's files, opening them, waiting on the server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'submission-tools.submission-checker';
export const SOURCE = 'submission';

// Files of test/e2e/workspace/, copied into the test workspace next to the examples.
export const DEFECTIVE_EN = 'ccf-request-missing-sections.md';
export const DEFECTIVE_FR = 'ccf-requete-sans-faits.md';
export const PLAIN = 'meeting-notes.md';
const FIXTURES = new Set([DEFECTIVE_EN, DEFECTIVE_FR, PLAIN, 'new-request.md']);

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (a copy of examples/ and test/e2e/workspace/)');
  return folder.uri.fsPath;
}

export function workspaceUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), name));
}

/**
 * The examples in the workspace (every submission that is not one of the e2e fixtures), optionally
 * of one kind, those in `language` first.
 */
export function examples(kind?: string, language?: string): string[] {
  const read = (name: string) => fs.readFileSync(path.join(workspaceDir(), name), 'utf8');
  const inLanguage = (name: string) => (language && new RegExp(`^language:\\s*${language}\\b`, 'm').test(read(name)) ? 0 : 1);
  return fs
    .readdirSync(workspaceDir())
    .filter((name) => name.endsWith('.md') && !FIXTURES.has(name))
    .filter((name) => {
      const match = /^---\r?\n[\s\S]*?^submission:\s*([\w-]+)/m.exec(read(name));
      return match !== null && (!kind || match[1] === kind);
    })
    .sort()
    .sort((a, b) => inLanguage(a) - inLanguage(b));
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document);
}

export function submissionDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until the extension's diagnostics for `uri` satisfy `accept`; fails with what was seen. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeout = 30_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => submissionDiagnostics(uri), accept, timeout, describeDiagnostics);
}

export async function waitFor<T>(
  what: string,
  read: () => T | Promise<T>,
  accept: (value: T) => boolean,
  timeout = 30_000,
  describe: (value: T) => string = (value) => JSON.stringify(value),
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeout / 1000} s waiting for ${what}; last seen: ${describe(value)}`);
    await sleep(100);
  }
}

export function describeDiagnostics(diagnostics: vscode.Diagnostic[]): string {
  if (!diagnostics.length) return '(no diagnostics)';
  const severity = ['Error', 'Warning', 'Information', 'Hint'];
  return diagnostics
    .map((d) => `\n  ${severity[d.severity]} ${codeOf(d)} at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`)
    .join('');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Opens `names` and then a defective submission as a sentinel, and waits for the sentinel's
 * diagnostics: by then the server has seen the others too, so an empty list for them is an answer
 * and not a server that has not started yet. A short pause more lets a slower check arrive.
 */
export async function openAndSettle(names: string[]): Promise<void> {
  for (const name of names) await open(name);
  const sentinel = workspaceUri(DEFECTIVE_EN);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sentinel));
  await waitForDiagnostics(sentinel, (d) => d.length > 0, `diagnostics of ${DEFECTIVE_EN} (the server is running)`);
  await sleep(1500);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
