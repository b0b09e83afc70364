// The messages between the VS Code client and the language server beyond standard LSP, declared
// once with their parameter and result types. The server, the client and the tests import them
// from here, so a change to a message is a change the compiler checks on both sides.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Kind, Language, RequestType as SubmissionRequestType } from './vocabulary';

/** The completeness of one document, as the status bar shows it. */
export interface SubmissionStatus {
  isSubmission: boolean;
  kind?: Kind;
  /** The kind's name, for the status bar ("CCF request"). */
  label?: string;
  errors: number;
  warnings: number;
  hints: number;
  /** The document's language: the status speaks it ("Requête à la CCF — complète"). */
  language?: Language;
  /** What the status bar shows (after its icon) and its tooltip, in the document's language; Arabic set right to left. */
  text?: string;
  tooltip?: string;
}

export interface DocumentParams {
  uri: string;
}

export interface TemplateParams {
  kind: Kind;
  language: Language;
  /** CCF requests only. */
  request?: SubmissionRequestType[];
}

export interface TemplateResult {
  text: string;
}

export type ExportFormat = 'pdf' | 'docx';

export interface ExportParams {
  uri: string;
  format: ExportFormat;
  /** Export although errors remain; the file is then marked as a draft. */
  force?: boolean;
  /** Replace an earlier export of the same name. */
  overwrite?: boolean;
}

export type ExportRefusal = 'not-submission' | 'has-errors' | 'exists' | 'source' | 'io';

export type ExportOutcome =
  | { ok: true; path: string; draft: boolean; message?: string }
  | { ok: false; reason: ExportRefusal; message: string; errors?: number; path?: string };

/** A PDF of the document as it would export, rendered in memory for a preview: nothing is written. */
export type PreviewResult =
  | {
      ok: true;
      /** The PDF, base64. */
      pdf: string;
      /** Where each numbered paragraph starts in the source (0-based line), for a click on its number. */
      paragraphs: { number: number; line: number }[];
      /** Rendered with errors remaining, so marked "DRAFT — incomplete". */
      draft: boolean;
    }
  | { ok: false; message: string };

export type StatusChangedParams = SubmissionStatus & DocumentParams;

export const StatusRequest = new RequestType<DocumentParams, SubmissionStatus, void>('submission/status');
export const TemplateRequest = new RequestType<TemplateParams, TemplateResult, void>('submission/template');
export const ExportRequest = new RequestType<ExportParams, ExportOutcome, void>('submission/export');
export const PreviewRequest = new RequestType<DocumentParams, PreviewResult, void>('submission/preview');
/** Sent when a document's counts change, so the status bar follows typing without asking. */
export const StatusChangedNotification = new NotificationType<StatusChangedParams>('submission/statusChanged');

/** `workspace/executeCommand` export, for editors without the client (arguments: uri, format, force). */
export const EXPORT_COMMAND = 'submission.server.export';

// ---- filing bundle --------------------------------------------------------------------------

export interface BundleParams {
  uri: string;
  /** Build although errors remain; every page is then marked "DRAFT". */
  force?: boolean;
  /** Replace an earlier bundle of the same name. */
  overwrite?: boolean;
  /** Put a placeholder page in place of an exhibit that cannot be included. */
  skipMissing?: boolean;
  /** One PDF per item (the CCF portal's separate uploads) instead of one bundle. */
  split?: boolean;
  /** LSP work-done token: the server reports which exhibit it is on through `$/progress`. */
  workDoneToken?: string;
}

export type BundleRefusal = 'not-submission' | 'has-errors' | 'exhibits' | 'exists' | 'source' | 'io' | 'cancelled';

export interface BundleProblem {
  id: string;
  file?: string;
  message: string;
}

export type BundleOutcome =
  | {
      ok: true;
      /** The bundle, or with `split` the folder holding the files. */
      path: string;
      /** With `split`: each file written, in order. */
      files?: string[];
      pages?: number;
      draft: boolean;
      /** Exhibits replaced by a placeholder page. */
      skipped: BundleProblem[];
      warnings: string[];
    }
  | { ok: false; reason: BundleRefusal; message: string; errors?: number; problems?: BundleProblem[]; path?: string };

export const BundleRequest = new RequestType<BundleParams, BundleOutcome, void>('submission/bundle');

// ---- inside the server's process ------------------------------------------------------------

export interface SuspendParams {
  uri: string;
  /** The version that ran past its budget: it is not checked again. */
  version: number;
  /** A later version is checked once this many milliseconds have passed. */
  resumeAfterMs: number;
}

/**
 * From the supervisor to the language server it restarted (supervision/supervisor.ts), never seen by
 * an editor: this document stopped the previous one; leave it unchecked until it changes.
 */
export const SuspendNotification = new NotificationType<SuspendParams>('$/submission/suspend');
