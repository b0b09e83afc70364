// Go to definition: from a citation of an exhibit or warrant ("Exhibit A3", "W1") or a key that
// names one (`identity_document: A1`) to its entry under `exhibits` or `warrants`.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import { referenceAt } from '../core/crossReferences';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

export function definition(doc: TextDocument, analysis: Analysis, position: Position): Location[] {
  const at = referenceAt(analysis.submission, doc.offsetAt(position));
  if (!at) return [];
  return at.ref.occurrences.filter((o) => o.role === 'declaration').map((o) => ({ uri: doc.uri, range: toRange(doc, o.span) }));
}
