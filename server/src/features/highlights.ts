// Document highlights: with the cursor on an exhibit or warrant id, every place it is declared,
// cited or named by a key lights up (the declaration as the place it is written).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import { referenceAt } from '../core/crossReferences';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

export function documentHighlights(doc: TextDocument, analysis: Analysis, position: Position): DocumentHighlight[] {
  const at = referenceAt(analysis.submission, doc.offsetAt(position));
  if (!at) return [];
  return at.ref.occurrences.map((o) => ({
    range: toRange(doc, o.span),
    kind: o.role === 'declaration' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
