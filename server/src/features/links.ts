// Document links: each exhibit's `file:` opens the file it names, relative to the submission.
// (A file that is not there is a diagnostic of the exhibits check, not a missing link.)
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLink } from 'vscode-languageserver-types';
import { exhibitFiles } from '../core/crossReferences';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

export function documentLinks(doc: TextDocument, analysis: Analysis): DocumentLink[] {
  if (!analysis.submission.isSubmission || doc.uri.startsWith('untitled:')) return [];
  const links: DocumentLink[] = [];
  for (const f of exhibitFiles(analysis.submission)) {
    const target = resolveFile(doc.uri, f.file);
    if (target) links.push({ range: toRange(doc, f.span), target, tooltip: [f.id, f.title].filter(Boolean).join(' — ') || undefined });
  }
  return links;
}

/** The URI of a path written relative to the document (or absolute), each segment percent-encoded. */
export function resolveFile(base: string, file: string): string | undefined {
  const slashed = file.trim().replace(/\\/g, '/');
  if (!slashed || /^[a-z][a-z0-9+.-]+:\/\//i.test(slashed)) return undefined;
  const drive = /^[A-Za-z]:\//.test(slashed);
  const encoded = slashed
    .split('/')
    .map((part, i) => (drive && i === 0 ? part : encodeURIComponent(part)))
    .join('/');
  try {
    return new URL(drive ? `/${encoded}` : encoded, base).href;
  } catch {
    return undefined;
  }
}
