// The language server: LSP glue only. Parsing and checking live in core/ and rules/, LSP shapes
// in features/. Runs under VS Code (IPC) or any LSP editor: `node dist/server.js --stdio`; in a
// worker thread that the supervisor watches (main.ts, supervision/supervisor.ts), or in-process.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import {
  createConnection,
  PortMessageReader,
  PortMessageWriter,
  ProposedFeatures,
  ResponseError,
  ErrorCodes,
  LSPErrorCodes,
  TextDocuments,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { KINDS, LANGUAGES, REQUEST_TYPES, type Severity } from './vocabulary';
import { headOfText } from './core/parse';
import { submissionTemplate } from './core/templates';
import { localToday, type CheckOptions } from './rules/index';
import { fill } from './core/text';
import { EXPORT } from './data/interface';
import { AnalysisCache, type Analysis } from './service/analysis';
import { confinedFileExists } from './service/files';
import { ropeDocuments, type RopeDocument } from './documents';
import { primeEditPath, primingSample, PRIMING_KEYSTROKES, REPRIMING_KEYSTROKES } from './priming';
import { versionTrace } from './trace';
import { capYoungGeneration, compactHeap, compactWhenIdle, REFINE_COMPACT_ABOVE_UNUSED_BYTES, tuneHeap } from './heap';
import { codeActions } from './features/codeActions';
import { completions } from './features/completion';
import { toDiagnostic } from './features/diagnostics';
import { hover } from './features/hover';
import { submissionStatus } from './features/status';
import { DEFAULT_SIZE_LIMIT_MB, type StampPosition } from './export/bundle/model';
import { BundleRequest, EXPORT_COMMAND, ExportRequest, PreviewRequest, StatusChangedNotification, StatusRequest, SuspendNotification, TemplateRequest, type ExportOutcome, type ExportParams } from './protocol';
import { NO_MARKER, WorkMarker } from './supervision/workSlot';
import { EncodingPortWriter } from './supervision/wire';
import { documentSymbols } from './features/symbols';
import { definition } from './features/definition';
import { references } from './features/references';
import { documentHighlights } from './features/highlights';
import { prepareRename, rename, type Refusal } from './features/rename';
import { documentLinks } from './features/links';
import { codeLenses } from './features/codeLens';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selectionRanges';

interface Settings {
  enable: boolean;
  severityOverrides: Record<string, Severity | 'off'>;
  export: { paper: 'a4' | 'letter'; outputFolder: string; referenceDocx: string };
}

const DEFAULTS: Settings = { enable: true, severityOverrides: {}, export: { paper: 'a4', outputFolder: '', referenceDocx: '' } };
/**
 * Short: a run after an edit costs milliseconds (docs/performance.md). A document whose last run
 * took less than QUICK_RUN_MS is checked at once: waiting would cost more than the run, and a run
 * that short is done before the next keystroke of even a fast typist or gives way to it at its
 * first slice. At 1 MB a keystroke's run takes 8 to 15 ms: with a 10 ms threshold half of them
 * waited the debounce, and the edit p50 went from 14 to 23 ms.
 */
const DEBOUNCE_MS = 5;
const QUICK_RUN_MS = 30;

const supervised = workerData as { slot?: Int32Array; control?: import('node:worker_threads').MessagePort; encodeDiagnostics?: boolean } | undefined;
// Under the supervisor, LSP messages come and go through the worker's port; otherwise through the
// arguments (--stdio, --node-ipc) as vscode-languageserver reads them.
const connection: Connection = parentPort
  ? createConnection(ProposedFeatures.all, new PortMessageReader(parentPort), supervised?.encodeDiagnostics ? new EncodingPortWriter(parentPort) : new PortMessageWriter(parentPort))
  : createConnection(ProposedFeatures.all);
const marker = supervised?.slot && supervised.control ? new WorkMarker(supervised.slot, supervised.control) : NO_MARKER;
// SUBMISSION_TRACE=1: each publication's timings, logged for `node bench/run.mjs --trace` (trace.ts).
const trace = versionTrace(process.env.SUBMISSION_TRACE === '1', (message) => connection.console.log(message));
// An edit costs O(edit + log n) in this store; a change past the end is clamped, and logged since
// the editor's text and ours may then differ.
const documents = new TextDocuments(
  ropeDocuments((uri, range) => connection.console.warn(`A change to ${uri} lies past the end of the text (${JSON.stringify(range)}): applied at the end.`)),
);
const settingsCache = new Map<string, Promise<Settings>>();
const currentSettings = new Map<string, Settings>();
let canPullSettings = false;
/** Settings an editor pushed with didChangeConfiguration, for editors that cannot be asked for them. */
let pushedSettings: Settings = DEFAULTS;
/** The workspace folders on disk, from initialize: where exhibit files may be looked up. */
let workspaceRoots: string[] = [];
let docsBase = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).href;

tuneHeap();
const cache = new AnalysisCache(
  (uri) => {
  const settings = currentSettings.get(uri) ?? DEFAULTS;
  const options: CheckOptions = { today: localToday(), severityOverrides: settings.severityOverrides };
  const file = filePath(uri);
  // Exhibit files are looked up only inside the workspace (or, with none open, the submission's
  // own folder): a path elsewhere is reported as not checked, never looked up (docs/security.md).
  if (file) options.fileExists = confinedFileExists(file, workspaceRoots.length ? workspaceRoots : [path.dirname(file)]);
  return options;
  },
  {
    afterSlice: capYoungGeneration,
    afterRun: compactWhenIdle,
    afterRefineStretch: () => compactHeap(REFINE_COMPACT_ABOVE_UNUSED_BYTES),
    working: (uri) => marker.working(uri),
    idle: () => marker.idle(),
  },
);

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

connection.onInitialize((params: InitializeParams) => {
  canPullSettings = !!params.capabilities.workspace?.configuration;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceRoots = folders.flatMap((uri) => filePath(uri) ?? []);
  const init = params.initializationOptions as { rulesDocsUrl?: string } | undefined;
  if (init?.rulesDocsUrl) docsBase = init.rulesDocsUrl;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Submission' },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', ':', '#', '.'] },
      executeCommandProvider: { commands: [EXPORT_COMMAND] },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      documentLinkProvider: { resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
    },
    serverInfo: { name: 'submission-language-server', version: '0.1.0' },
  };
});

function withDefaults(s: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULTS, ...(s ?? {}), export: { ...DEFAULTS.export, ...(s?.export ?? {}) } };
}

connection.onDidChangeConfiguration((change) => {
  // Editors without workspace/configuration (Neovim's `settings`, for one) push the whole object.
  const pushed = (change.settings as { submission?: Partial<Settings> } | null | undefined)?.submission;
  if (pushed && typeof pushed === 'object') pushedSettings = withDefaults(pushed);
  settingsCache.clear();
  cache.invalidate();
  for (const doc of documents.all()) schedule(doc, 0);
});

async function settingsFor(uri: string): Promise<Settings> {
  let pending = settingsCache.get(uri);
  if (!pending) {
    pending = canPullSettings
      ? connection.workspace
          .getConfiguration({ scopeUri: uri, section: 'submission' })
          .then((s: Partial<Settings> | null) => withDefaults(s))
          .catch(() => pushedSettings)
      : Promise.resolve(pushedSettings);
    settingsCache.set(uri, pending);
  }
  const settings = await pending;
  if (currentSettings.get(uri) !== settings) {
    currentSettings.set(uri, settings);
    cache.invalidate(uri);
  }
  return settings;
}

/** Whether each document may be a submission, and up to where its text decides it (see headOfText). */
const heads = new Map<string, { version: number; mayBeSubmission: boolean; end: number }>();

/** mayBeSubmission, without reading the frontmatter again while edits fall after it. */
function mayBeSubmission(doc: RopeDocument): boolean {
  const known = heads.get(doc.uri);
  const change = known && doc.changeSince(known.version);
  if (known && change && change.prefix > known.end) {
    heads.set(doc.uri, { ...known, version: doc.version });
    return known.mayBeSubmission;
  }
  const head = headOfText(doc.getText());
  heads.set(doc.uri, { version: doc.version, ...head });
  return head.mayBeSubmission;
}

/**
 * The analysis of this version of the document, waiting for the check under way rather than
 * parsing again; a request whose document changed meanwhile gets ContentModified, which editors
 * answer by asking again.
 */
async function analysisOf(doc: RopeDocument): Promise<Analysis> {
  const { uri, version } = doc;
  const analysis = await cache.getAsync(doc, () => documents.get(uri)?.version === version);
  if (!analysis || documents.get(uri)?.version !== version) {
    throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request waited for its check.');
  }
  return analysis;
}

/** The analysis of the document's latest version, however often it changes meanwhile. */
async function latestAnalysis(uri: string): Promise<{ doc: RopeDocument; analysis: Analysis } | undefined> {
  for (;;) {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    try {
      return { doc, analysis: await analysisOf(doc) };
    } catch (err) {
      if (!(err instanceof ResponseError && err.code === LSPErrorCodes.ContentModified)) throw err;
    }
  }
}

/**
 * Documents that ran past the budget of a check and stopped the previous worker (the supervisor
 * says so after restarting it, and has published what it could): not checked again until their
 * text changes, and not before the cool-down is over, so that one document cannot stop the
 * server over and over.
 */
const suspended = new Map<string, { version: number; resumeAt: number; timer?: ReturnType<typeof setTimeout> }>();

connection.onNotification(SuspendNotification, (p) => {
  suspended.set(p.uri, { version: p.version, resumeAt: Date.now() + p.resumeAfterMs });
});

/** Whether the document is suspended now; arranges its check for when the cool-down ends. */
function isSuspended(doc: RopeDocument): boolean {
  const s = suspended.get(doc.uri);
  if (!s) return false;
  if (doc.version === s.version) return true;
  const wait = s.resumeAt - Date.now();
  if (wait <= 0) {
    clearTimeout(s.timer);
    suspended.delete(doc.uri);
    return false;
  }
  s.timer ??= setTimeout(() => {
    s.timer = undefined;
    const now = documents.get(doc.uri);
    if (now) schedule(now, 0);
  }, wait);
  return true;
}

/**
 * Scheduling. Each change restarts a short wait (bursts of changes, such as a multi-cursor edit or
 * a replace-all, are checked once); a run works in slices and gives up as soon as a newer version
 * arrives, so stale results are never published and a newer version never waits for an older one.
 * Thanks to the incremental parser a run after an edit costs milliseconds, so the wait can be short.
 */
const timers = new Map<string, { cancel: () => void; version: number }>();
/** Whether the last diagnostics sent for a document were a submission's (to clear them once). */
const published = new Map<string, boolean>();
/** The last status sent for each document: most keystrokes leave it as it was. */
const statusSent = new Map<string, string>();

function notifyStatus(uri: string, status: ReturnType<typeof submissionStatus>): void {
  const key = JSON.stringify(status);
  if (statusSent.get(uri) === key) return;
  statusSent.set(uri, key);
  void connection.sendNotification(StatusChangedNotification, { uri, ...status });
}

function schedule(doc: RopeDocument, delay?: number): void {
  delay ??= (cache.lastRunMs(doc.uri) ?? Infinity) < QUICK_RUN_MS ? 0 : DEBOUNCE_MS;
  timers.get(doc.uri)?.cancel();
  const run = () => {
    timers.delete(doc.uri);
    void validate(doc.uri);
  };
  // Not setTimeout(run, 0): Node waits at least 1 ms, a third of a quick run. Two turns of
  // setImmediate: vscode-jsonrpc hands over the messages already read one per setImmediate, queued
  // after ours, so a single turn would check every change of a burst; the second turn lets the
  // next change cancel this run first.
  if (delay === 0) {
    let immediate = setImmediate(() => (immediate = setImmediate(run)));
    timers.set(doc.uri, { cancel: () => clearImmediate(immediate), version: doc.version });
  } else {
    const timer = setTimeout(run, delay);
    timers.set(doc.uri, { cancel: () => clearTimeout(timer), version: doc.version });
  }
}

async function validate(uri: string): Promise<void> {
  const settings = await settingsFor(uri);
  const doc = documents.get(uri);
  if (!doc || isSuspended(doc)) return;
  const version = doc.version;
  const isCurrent = () => documents.get(uri)?.version === version;
  const startedAt = trace.now();
  try {
    if (!settings.enable) {
      published.delete(uri);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    // Plain Markdown files cost nothing: no parse, and one empty publication.
    if (!mayBeSubmission(doc)) {
      if (published.get(uri) === false) return;
      published.set(uri, false);
      await connection.sendDiagnostics({ uri, version, diagnostics: [] });
      notifyStatus(uri, submissionStatus(undefined));
      return;
    }
    const analysis = await cache.getAsync(doc, isCurrent);
    if (!analysis || !isCurrent()) return;
    const diagnostics = analysis.findings.map((f) => toDiagnostic(doc, f, docsBase));
    const checkedAt = trace.now();
    published.set(uri, analysis.submission.isSubmission);
    trace.published(uri, version, startedAt, checkedAt);
    await connection.sendDiagnostics({ uri, version, diagnostics });
    notifyStatus(uri, submissionStatus(analysis));
    settleWhenIdle(uri, version);
    const refine = () => !cache.isRefined(uri) && refineWhenIdle(uri, version);
    if (analysis.submission.isSubmission && !primed) primeWhenIdle(uri, refine);
    else refine();
  } catch (err) {
    connection.console.error(`Checking ${uri} failed: ${(err as Error).stack ?? err}`);
  }
}

/**
 * The text is read as the last whole string plus the replacements since (RopeDocument.source):
 * no keystroke makes a long document one string again. That string is made while the user pauses,
 * or at once after the diagnostics when the replacements pile up (each makes reading slower, and
 * past the store's limit the next version would be made from the rope, 4–5 ms at 1 MB).
 */
const settleTimers = new Map<string, ReturnType<typeof setTimeout>>();
const SETTLE_AFTER_MS = 300;
const SETTLE_AT_ONCE = 48;
function settleWhenIdle(uri: string, version: number): void {
  const pending = documents.get(uri)?.replacementsSinceFlat ?? 0;
  if (!pending) return;
  clearTimeout(settleTimers.get(uri));
  settleTimers.set(
    uri,
    setTimeout(
      () => {
        settleTimers.delete(uri);
        const doc = documents.get(uri);
        if (doc?.version === version && !cache.running) doc.getText();
      },
      pending >= SETTLE_AT_ONCE ? 0 : SETTLE_AFTER_MS,
    ),
  );
}

// SUBMISSION_NO_PRIMING=1 leaves it out, for the benchmark to measure what it is worth.
let primed = process.env.SUBMISSION_NO_PRIMING === '1';
/** Whether the first priming typed all its keystrokes, and whether the one after re-cutting has begun. */
let primingDone = false;
let reprimed = false;
const PRIMING_SLICE_MS = 8;
/** Soon after the cold open's diagnostics: the user is reading, and a change stops it anyway. */
const PRIME_AFTER_MS = 50;
/**
 * Once per process, when the first submission's diagnostics are out and no change follows for a
 * moment: type into a copy of its opening stretch (priming.ts), a slice at a time, then go on to
 * `then` (re-cutting its blocks). First, because a compiled edit path speeds every keystroke
 * anywhere, a re-cut block only the first one there. A change or a check of any document stops it
 * for good: the user's own keystrokes then compile the edit path, as they did before.
 */
function primeWhenIdle(uri: string, then: () => void): void {
  primed = true;
  typeIntoCopyWhenIdle(uri, PRIMING_KEYSTROKES, 'Prepared the edit path', (typed) => {
    primingDone = typed;
    then();
  });
}

/**
 * Once per process, when the first submission has been re-cut and nothing else is under way, if the
 * first priming ran to its end (one the user interrupted left the compiling to their keystrokes): a
 * shorter priming. Re-cutting and the check after it give the edit path's functions nodes and
 * blocks the opening stretch's copy never showed them, and V8 throws away what it had compiled for
 * them (18 deoptimisations in one traced run at 250 KB: steps, buildIndex, checkExhibits, ...); the
 * first keystrokes after it ran slow again while V8 recompiled them (priming.ts, REPRIMING_KEYSTROKES).
 * Typed again now, they are compiled for both.
 */
function reprimeWhenIdle(uri: string): void {
  if (reprimed || !primingDone) return;
  reprimed = true;
  typeIntoCopyWhenIdle(uri, REPRIMING_KEYSTROKES, 'Primed the edit path again after re-cutting', () => {});
}

/**
 * Types `keystrokes` characters into a copy of the document's opening stretch while the editor is
 * idle (see primeWhenIdle), then calls `then` with whether all were typed; not at all if a change
 * or another check stopped it.
 */
function typeIntoCopyWhenIdle(uri: string, keystrokes: number, done: string, then: (typed: boolean) => void): void {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  const idle = () => documents.get(uri)?.version === version && !timers.size && !cache.running;
  let steps: ReturnType<typeof primeEditPath> | undefined;
  let worked = 0;
  let typed = false;
  const slice = () => {
    if (!idle()) return;
    const start = performance.now();
    try {
      // What the cold open left is collected first: the copy's garbage must not add to it.
      if (!steps) compactHeap(REFINE_COMPACT_ABOVE_UNUSED_BYTES);
      steps ??= primeEditPath(primingSample(doc.getText()), { today: localToday(), onCheckFailed: () => {} }, docsBase, keystrokes);
      const current = steps;
      const result = marker.around(uri, () => {
        for (;;) {
          const r = current.next();
          if (r.done) return r.value;
          if (performance.now() - start >= PRIMING_SLICE_MS) return undefined;
        }
      });
      worked += performance.now() - start;
      if (!result) return void setImmediate(slice);
      connection.console.log(`${done}: typed ${result.typed} characters into a copy of the first ${result.text.length - result.typed} characters of ${uri} in ${Math.round(worked)} ms.`);
      typed = true;
    } catch (err) {
      connection.console.error(`Preparing the edit path failed (checking is not affected): ${(err as Error).stack ?? err}`);
    }
    compactHeap(REFINE_COMPACT_ABOVE_UNUSED_BYTES);
    then(typed);
  };
  setTimeout(slice, PRIME_AFTER_MS);
}

/**
 * Once a document's diagnostics are out and no change follows for a second, its coarse blocks are
 * re-cut (AnalysisCache.refine), so that the first keystroke anywhere costs what later ones do.
 * Not sooner: between the keystrokes of someone typing (80 to 300 ms apart) a re-cut stretch and
 * the heap compaction after it held each next keystroke up: the p95 of keystrokes typed 80 ms
 * apart was 46-59 ms at 250 KB and 116 ms at 1 MB, and 17 and 45 ms with this wait (docs/performance.md).
 */
const REFINE_AFTER_MS = 1_000;
const refineTimers = new Map<string, ReturnType<typeof setTimeout>>();
function refineWhenIdle(uri: string, version: number): void {
  const isCurrent = () => documents.get(uri)?.version === version && !timers.has(uri);
  clearTimeout(refineTimers.get(uri));
  refineTimers.set(
    uri,
    setTimeout(() => {
      refineTimers.delete(uri);
      const doc = documents.get(uri);
      if (!doc || !isCurrent()) return;
      cache
        .refine(doc, isCurrent)
        .then(() => {
          if (cache.isRefined(uri) && isCurrent()) reprimeWhenIdle(uri);
        })
        .catch((err) => connection.console.error(`Refining ${uri} failed: ${(err as Error).stack ?? err}`));
    }, REFINE_AFTER_MS),
  );
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => {
  trace.arrived(e.document.uri, e.document.version);
  // Opening a document also reports its content: the check scheduled by onDidOpen covers it.
  if (timers.get(e.document.uri)?.version === e.document.version) return;
  schedule(e.document);
});
documents.onDidClose((e) => {
  timers.get(e.document.uri)?.cancel();
  timers.delete(e.document.uri);
  trace.forget(e.document.uri);
  published.delete(e.document.uri);
  statusSent.delete(e.document.uri);
  heads.delete(e.document.uri);
  clearTimeout(suspended.get(e.document.uri)?.timer);
  clearTimeout(refineTimers.get(e.document.uri));
  refineTimers.delete(e.document.uri);
  clearTimeout(settleTimers.get(e.document.uri));
  settleTimers.delete(e.document.uri);
  suspended.delete(e.document.uri);
  cache.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  currentSettings.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});
// An exhibit file that appears or disappears changes the result of the file check.
connection.onDidChangeWatchedFiles(() => {
  cache.invalidate();
  for (const doc of documents.all()) schedule(doc);
});

/** Runs a request handler on the current version; a failure is logged, never fatal. */
async function withDocument<T>(uri: string, fallback: T, handler: (doc: RopeDocument, analysis: Analysis) => T): Promise<T> {
  const doc = documents.get(uri);
  if (!doc || isSuspended(doc)) return fallback;
  const analysis = await analysisOf(doc);
  try {
    return marker.around(uri, () => handler(doc, analysis));
  } catch (err) {
    connection.console.error(`Request on ${uri} failed: ${(err as Error).stack ?? err}`);
    return fallback;
  }
}

connection.onDocumentSymbol((p) => withDocument(p.textDocument.uri, [], (doc, a) => documentSymbols(doc, a)));
connection.onCodeAction((p) => withDocument(p.textDocument.uri, [], (doc, a) => codeActions(doc, a, p.range, p.context.diagnostics)));
connection.onHover((p) => withDocument(p.textDocument.uri, null, (doc, a) => hover(doc, a, p.position) ?? null));
connection.onCompletion((p) => withDocument(p.textDocument.uri, [], (doc, a) => completions(doc, a, p.position)));

connection.onDefinition((p) => withDocument(p.textDocument.uri, [], (doc, a) => definition(doc, a, p.position)));
connection.onReferences((p) => withDocument(p.textDocument.uri, [], (doc, a) => references(doc, a, p.position, p.context.includeDeclaration)));
connection.onDocumentHighlight((p) => withDocument(p.textDocument.uri, [], (doc, a) => documentHighlights(doc, a, p.position)));
connection.onDocumentLinks((p) => withDocument(p.textDocument.uri, [], (doc, a) => documentLinks(doc, a)));
connection.onCodeLens((p) => withDocument(p.textDocument.uri, [], (doc, a) => codeLenses(doc, a)));
connection.onFoldingRanges((p) => withDocument(p.textDocument.uri, [], (doc, a) => foldingRanges(doc, a)));
connection.onSelectionRanges((p) => withDocument(p.textDocument.uri, [], (doc, a) => selectionRanges(doc, a, p.positions)));
/** A refused rename is an error response: editors show its message (why, and what to do instead). */
const refusedOr = <T extends object>(result: T | Refusal | null): T | null | ResponseError<void> =>
  result && 'refused' in result ? new ResponseError(ErrorCodes.InvalidRequest, result.refused) : result;
connection.onPrepareRename(async (p) => refusedOr(await withDocument(p.textDocument.uri, null, (doc, a) => prepareRename(doc, a, p.position))));
connection.onRenameRequest(async (p) => refusedOr(await withDocument(p.textDocument.uri, null, (doc, a) => rename(doc, a, p.position, p.newName))));

connection.onRequest(StatusRequest, (p) =>
  withDocument(p.uri, submissionStatus(undefined), (_doc, a) => submissionStatus(a)),
);

connection.onRequest(TemplateRequest, (p) => {
  if (!KINDS.includes(p.kind) || !LANGUAGES.includes(p.language)) throw new Error(`Unknown kind or language: ${p.kind}, ${p.language}`);
  const request = p.request?.filter((r) => REQUEST_TYPES.includes(r));
  return { text: submissionTemplate({ kind: p.kind, language: p.language, request, today: localToday() }) };
});

async function exportDocument(p: ExportParams): Promise<ExportOutcome> {
  const latest = await latestAnalysis(p.uri);
  const file = filePath(p.uri);
  if (!latest || !file) {
    return { ok: false, reason: 'io', message: EXPORT.unsaved[latest?.analysis.submission.language ?? 'en'] };
  }
  const settings = await settingsFor(p.uri);
  const outDir = settings.export.outputFolder ? path.resolve(path.dirname(file), settings.export.outputFolder) : undefined;
  // The export engine (PDF and DOCX writers, fonts) is loaded on first use: it would otherwise add
  // about 25 MB to every server, most of which never exports (docs/performance.md).
  const { exportAnalysis } = await import('./service/exporting');
  return exportAnalysis(latest.analysis, {
    format: p.format,
    sourcePath: file,
    force: !!p.force,
    overwrite: !!p.overwrite,
    outDir,
    settings: { paper: settings.export.paper, referenceDocx: settings.export.referenceDocx || undefined },
  });
}

connection.onRequest(ExportRequest, (p) => marker.exporting(() => exportDocument(p)));

// The filing bundle (service/bundling.ts), reporting which exhibit it is on through the client's
// work-done token and stopping between exhibits when the client cancels.
connection.onRequest(BundleRequest, (p, token) => marker.exporting(async () => {
  const latest = await latestAnalysis(p.uri);
  const file = filePath(p.uri);
  if (!latest || !file) return { ok: false, reason: 'io', message: 'Save the submission to a file before building its bundle: exhibit paths are read from its folder.' } as const;
  const settings = await settingsFor(p.uri);
  const bundle = ((settings as { bundle?: Record<string, unknown> }).bundle ?? {}) as { pagePrefix?: string; stampPosition?: StampPosition; citationPages?: boolean };
  const progress = p.workDoneToken ? connection.window.attachWorkDoneProgress(p.workDoneToken) : undefined;
  progress?.begin('Building the filing bundle', 0, undefined, true);
  try {
    const { bundleAnalysis } = await import('./service/bundling');
    return await bundleAnalysis(
      latest.analysis,
      {
        sourcePath: file,
        force: !!p.force,
        overwrite: !!p.overwrite,
        split: !!p.split,
        outDir: settings.export.outputFolder || undefined,
        sizeLimitMb: DEFAULT_SIZE_LIMIT_MB,
        settings: { paper: settings.export.paper, pagePrefix: bundle.pagePrefix, stampPosition: bundle.stampPosition, citationPages: bundle.citationPages, skipMissing: !!p.skipMissing },
      },
      {
        progress: (step) => {
          if (step.kind === 'exhibit') progress?.report(Math.round((100 * step.index) / (step.count + 1)), `${step.id}${step.title ? ` — ${step.title}` : ''} (${step.index + 1}/${step.count})`);
          else progress?.report(step.kind === 'submission' ? 'the submission' : 'index, page numbers and bookmarks');
        },
        cancelled: () => token.isCancellationRequested,
      },
    );
  } finally {
    progress?.done();
  }
}));

connection.onRequest(PreviewRequest, (p) => marker.exporting(async () => {
  const latest = await latestAnalysis(p.uri);
  if (!latest) return { ok: false, message: EXPORT.unsaved.en } as const;
  const settings = await settingsFor(p.uri);
  const file = filePath(p.uri);
  const { previewAnalysis } = await import('./service/exporting');
  const { doc, analysis } = latest;
  return previewAnalysis(analysis, { paper: settings.export.paper }, file ? path.dirname(file) : process.cwd(), (offset) => doc.positionAt(offset).line);
}));
const analysisLanguage = async (uri: string) => (await latestAnalysis(uri))?.analysis.submission.language ?? 'en';
connection.onExecuteCommand(async (p) => {
  if (p.command !== EXPORT_COMMAND) return undefined;
  const [uri, format, force] = (p.arguments ?? []) as [string, 'pdf' | 'docx', boolean?];
  const outcome = await marker.exporting(() => exportDocument({ uri, format: format ?? 'pdf', force, overwrite: true }));
  // A notification, not window/showMessageRequest: editors such as Neovim show a request as a
  // prompt that waits for a key, and there is nothing to choose here.
  void connection.sendNotification(ShowMessageNotification.type, {
    type: outcome.ok ? MessageType.Info : MessageType.Error,
    message: outcome.ok ? fill(EXPORT.done[await analysisLanguage(uri)], { name: outcome.path }) : outcome.message,
  });
  return outcome;
});

process.on('uncaughtException', (err) => connection.console.error(`Unexpected error: ${err.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Unexpected rejection: ${String(err)}`));

documents.listen(connection);
connection.listen();
marker.start();
