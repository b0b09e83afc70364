// Find all references of an exhibit or warrant: its declaration, the citations in the text in any
// language, and the keys that name it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import { referenceAt } from '../core/crossReferences';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

export function references(doc: TextDocument, analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const at = referenceAt(analysis.submission, doc.offsetAt(position));
  if (!at) return [];
  return at.ref.occurrences
    .filter((o) => includeDeclaration || o.role !== 'declaration')
    .map((o) => ({ uri: doc.uri, range: toRange(doc, o.span) }));
}
