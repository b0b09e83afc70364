// What the bundle engine takes and gives, and how it fails. Plain data: the service layer
// (service/bundling.ts) decides about errors in the submission, files and overwriting.
import type { Exhibit } from '../../core/model';
import type { Kind, Language } from '../../vocabulary';
import type { ExhibitProblemReason } from './labels';
import type { SubmissionProducer } from './submission';

export type Paper = 'a4' | 'letter';
export type StampPosition = 'bottom-right' | 'bottom-center' | 'bottom-left' | 'top-right';
/** Default upload limit for --split warnings; the portal's own limit is unconfirmed (docs/bundle.md). */
export const DEFAULT_SIZE_LIMIT_MB = 10;

export const STAMP_POSITIONS: readonly StampPosition[] = ['bottom-right', 'bottom-center', 'bottom-left', 'top-right'];

export interface BundleSettings {
  paper: Paper;
  /** Written before every page number: "B/" gives "B/12". */
  pagePrefix: string;
  stampPosition: StampPosition;
  /** Show the bundle page after each exhibit citation ("Exhibit A3, p. 45"). */
  citationPages: boolean;
  /** Put a placeholder page in place of an exhibit that cannot be included, instead of stopping. */
  skipMissing: boolean;
}

export const DEFAULT_BUNDLE_SETTINGS: BundleSettings = {
  paper: 'a4',
  pagePrefix: '',
  stampPosition: 'bottom-right',
  citationPages: false,
  skipMissing: false,
};

export interface BundleInput {
  language: Language;
  kind: Kind | undefined;
  /** The submission's line in the index ("Request to the CCF — Deletion of a Red Notice"). */
  submissionTitle: string;
  submissionDate?: string;
  exhibits: readonly Exhibit[];
  /** Folder that exhibit paths are relative to (the submission's). */
  baseDir: string;
  /** Marks every page "DRAFT" (the submission still has errors and the user forced the bundle). */
  draft: boolean;
  renderSubmission: SubmissionProducer;
  settings: BundleSettings;
}

/** Where the engine is, for a progress bar that names the exhibit. */
export type BundleStep =
  | { kind: 'exhibit'; index: number; count: number; id: string; title?: string }
  | { kind: 'submission' }
  | { kind: 'assembling' };

export interface BundleHooks {
  progress?: (step: BundleStep) => void;
  /** Polled between steps; the build stops with BundleCancelled when it returns true. */
  cancelled?: () => boolean;
}

export interface ExhibitProblem {
  id: string;
  /** The file as declared in the frontmatter. */
  file?: string;
  reason: ExhibitProblemReason;
  /** Full sentence in the document's language, naming the exhibit and the file. */
  message: string;
}

/** One line of the index and one top-level bookmark. Pages are 1-based bundle page numbers. */
export interface BundleItem {
  /** undefined for the submission. */
  exhibitId?: string;
  title: string;
  date?: string;
  firstPage: number;
  lastPage: number;
  /** The exhibit was left out (placeholder page): why. */
  missing?: ExhibitProblem;
}

export interface BundleResult {
  bytes: Uint8Array;
  pageCount: number;
  indexPages: number;
  items: BundleItem[];
  /** Exhibits replaced by a placeholder page (--skip-missing). */
  skipped: ExhibitProblem[];
  /** Things the user should know that did not stop the bundle. */
  warnings: string[];
}

/** Exhibits that cannot be put in the bundle: nothing was built. */
export class ExhibitProblems extends Error {
  override name = 'ExhibitProblems';
  constructor(readonly problems: ExhibitProblem[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}

export class BundleCancelled extends Error {
  override name = 'BundleCancelled';
  constructor() {
    super('The bundle was cancelled.');
  }
}
