// VS Code's own Markdown diagnostics (vscode-markdown-languageservice, with markdown-it as VS Code
// runs it), timed in-process on the same text and the same keystrokes as our server, for the
// benchmark's comparison: each keystroke makes a new document version, then computeDiagnostics.
import MarkdownIt from 'markdown-it';
import * as md from 'vscode-markdown-languageservice';
import { CancellationTokenSource, Emitter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';

export async function timeMarkdownLanguageService(text: string, keystrokes: { at: number; text: string }[], warmup: number): Promise<number[]> {
  const uri = URI.file('/bench/submission.md');
  let doc = TextDocument.create(uri.toString(), 'markdown', 1, text);
  const changed = new Emitter<md.ITextDocument>();
  const workspace: md.IWorkspace = {
    workspaceFolders: [URI.file('/bench')],
    onDidChangeMarkdownDocument: changed.event,
    onDidCreateMarkdownDocument: new Emitter<md.ITextDocument>().event,
    onDidDeleteMarkdownDocument: new Emitter<URI>().event,
    getAllMarkdownDocuments: async () => [doc],
    hasMarkdownDocument: (r) => r.toString() === doc.uri,
    openMarkdownDocument: async (r) => (r.toString() === doc.uri ? doc : undefined),
    stat: async (r) => (r.toString() === doc.uri ? { isDirectory: false } : undefined),
    readDirectory: async () => [],
  };
  const it = MarkdownIt({ html: true });
  const parser: md.IMdParser = { slugifier: md.githubSlugifier, tokenize: async (d) => it.parse(d.getText(), {}) };
  const logger: md.ILogger = { level: md.LogLevel.Off, log: () => undefined };
  const service = md.createLanguageService({ workspace, parser, logger });
  const level = md.DiagnosticLevel.warning;
  const options: md.DiagnosticOptions = {
    validateReferences: level,
    validateFragmentLinks: level,
    validateFileLinks: level,
    validateMarkdownFileLinkFragments: level,
    validateUnusedLinkDefinitions: level,
    validateDuplicateLinkDefinitions: level,
    ignoreLinks: [],
  };
  const token = new CancellationTokenSource().token;
  await service.computeDiagnostics(doc, options, token);
  const times: number[] = [];
  for (const [i, k] of keystrokes.entries()) {
    const start = performance.now();
    const position = doc.positionAt(k.at);
    doc = TextDocument.update(doc, [{ range: { start: position, end: position }, text: k.text }], doc.version + 1);
    changed.fire(doc);
    await service.computeDiagnostics(doc, options, token);
    if (i >= warmup) times.push(performance.now() - start);
  }
  service.dispose();
  return times;
}
