// One parse and one check per document version, shared by every feature (diagnostics, outline,
// hover, completion, code actions, status, export).
import type { Submission } from '../core/model';
import { parseSubmission } from '../core/parse';
import { checkSubmission, type CheckOptions, type Finding } from '../rules/index';

export interface Analysis {
  version: number;
  submission: Submission;
  findings: Finding[];
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  constructor(private readonly options: (uri: string) => CheckOptions) {}

  get(doc: VersionedText): Analysis {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const submission = parseSubmission(doc.getText());
    const findings = checkSubmission(submission, this.options(doc.uri));
    const analysis = { version: doc.version, submission, findings };
    this.entries.set(doc.uri, analysis);
    return analysis;
  }

  /** Results must be recomputed (settings changed, or a file an exhibit names appeared). */
  invalidate(uri?: string): void {
    if (uri) this.entries.delete(uri);
    else this.entries.clear();
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
