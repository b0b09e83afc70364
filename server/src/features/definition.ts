// Go to definition: from a citation of an exhibit or warrant ("Exhibit A3", "W1") or a key that
// names one (`identity_document: A1`) to its entry under `exhibits` or `warrants`; from a
// reference to a paragraph ("paragraph 12 above") to that paragraph.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import { referenceAt } from '../core/crossReferences';
import { paragraphReferenceAt } from '../core/paragraphReferences';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

export function definition(doc: TextDocument, analysis: Analysis, position: Position): Location[] {
  const offset = doc.offsetAt(position);
  const at = referenceAt(analysis.submission, offset);
  if (!at) {
    const paragraph = paragraphReferenceAt(analysis.submission, offset)?.target?.paragraph;
    return paragraph ? [{ uri: doc.uri, range: toRange(doc, paragraph.span) }] : [];
  }
  return at.ref.occurrences.filter((o) => o.role === 'declaration').map((o) => ({ uri: doc.uri, range: toRange(doc, o.span) }));
}
