// Commands: new submissions from templates, and export. Templates come from the server, so the
// section names and keys are the ones the checks expect.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_INFO } from '../../server/src/data/languages';
import { PdfPreview } from './preview';
import { ExportRequest, TemplateRequest, type ExportFormat, type TemplateParams } from '../../server/src/protocol';
import { LANGUAGES, type Kind, type Language, type RequestType } from '../../server/src/vocabulary';

const LANGUAGE_CHOICES: (vscode.QuickPickItem & { id: Language })[] = LANGUAGES.map((id) => ({
  label: LANGUAGE_INFO[id].nativeName,
  description: LANGUAGE_INFO[id].nativeName === LANGUAGE_INFO[id].name.en ? undefined : LANGUAGE_INFO[id].name.en,
  id,
}));

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const register = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register('submission.newCcfRequest', () => newCcfRequest(client));
  register('submission.newExtraditionSubmission', () => newExtraditionSubmission(client));
  register('submission.exportPdf', (uri?: unknown) => exportSubmission(client, 'pdf', uri as vscode.Uri | undefined));
  register('submission.exportDocx', (uri?: unknown) => exportSubmission(client, 'docx', uri as vscode.Uri | undefined));
  const preview = new PdfPreview(context, client);
  context.subscriptions.push(preview);
  register('submission.showPreview', (uri?: unknown) => preview.show(uri instanceof vscode.Uri ? uri : undefined));
}

async function pickLanguage(): Promise<Language | undefined> {
  return (await vscode.window.showQuickPick(LANGUAGE_CHOICES, { title: vscode.l10n.t('Language of the submission'), placeHolder: vscode.l10n.t('INTERPOL working language') }))?.id;
}

async function newCcfRequest(client: LanguageClient): Promise<void> {
  const types = await vscode.window.showQuickPick<vscode.QuickPickItem & { id: RequestType }>(
    [
      { label: vscode.l10n.t('Deletion'), id: 'deletion', picked: true, description: vscode.l10n.t('remove a Red Notice or diffusion') },
      { label: vscode.l10n.t('Correction'), id: 'correction' },
      { label: vscode.l10n.t('Access'), id: 'access', description: vscode.l10n.t('learn what INTERPOL holds') },
      { label: vscode.l10n.t('Revision'), id: 'revision', description: vscode.l10n.t('of a CCF decision, on a new fact') },
    ],
    { title: vscode.l10n.t('New CCF request: what is requested?'), canPickMany: true },
  );
  if (!types || types.length === 0) return;
  const language = await pickLanguage();
  if (!language) return;
  await openTemplate(client, { kind: 'ccf-request', language, request: types.map((t) => t.id) });
}

async function newExtraditionSubmission(client: LanguageClient): Promise<void> {
  const kind = await vscode.window.showQuickPick<vscode.QuickPickItem & { id: Kind }>(
    [
      { label: vscode.l10n.t('Extradition defence'), id: 'extradition-defence', description: vscode.l10n.t('representations / skeleton opposing extradition') },
      { label: vscode.l10n.t('Extradition appeal'), id: 'extradition-appeal', description: vscode.l10n.t('appeal notice to the High Court') },
    ],
    { title: vscode.l10n.t('New extradition submission') },
  );
  if (!kind) return;
  const language = await pickLanguage();
  if (!language) return;
  await openTemplate(client, { kind: kind.id, language });
}

async function openTemplate(client: LanguageClient, params: TemplateParams): Promise<void> {
  const { text } = await client.sendRequest(TemplateRequest, params);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(doc);
}

async function exportSubmission(client: LanguageClient, format: ExportFormat, target?: vscode.Uri): Promise<void> {
  const doc = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a submission (a Markdown file with “submission:” in its frontmatter) to export it.'));
    return;
  }
  if (doc.isUntitled) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Save the submission first: the export is written next to it.'));
    return;
  }
  const label = format.toUpperCase();
  let force = false;
  let overwrite = false;
  for (;;) {
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to {1}…', path.basename(doc.fileName), label) },
      () => client.sendRequest(ExportRequest, { uri: doc.uri.toString(), format, force, overwrite }),
    );
    if (outcome.ok) {
      // The outcome is the document's business, so the server words it in the document's language.
      const open = vscode.l10n.t('Open');
      const reveal = vscode.l10n.t('Reveal');
      const choice = await vscode.window.showInformationMessage(outcome.message ?? path.basename(outcome.path), open, reveal);
      if (choice === open) await vscode.env.openExternal(vscode.Uri.file(outcome.path));
      if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(outcome.path));
      return;
    }
    if (outcome.reason === 'has-errors' && !force) {
      const anyway = vscode.l10n.t('Export anyway');
      const choice = await vscode.window.showWarningMessage(outcome.message, { modal: true }, anyway);
      if (choice !== anyway) return;
      force = true;
      continue;
    }
    if (outcome.reason === 'exists' && !overwrite) {
      const replace = vscode.l10n.t('Replace');
      const choice = await vscode.window.showWarningMessage(`${outcome.message} ${vscode.l10n.t('Replace it?')}`, { modal: true }, replace);
      if (choice !== replace) return;
      overwrite = true;
      continue;
    }
    void vscode.window.showErrorMessage(outcome.message);
    return;
  }
}
