// Rename an exhibit or warrant: its declaration, every citation ("Exhibit A3", "Pièce A3",
// "المرفق A3") and the keys that name it change together. A refusal says why, in the document's
// language.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { referenceAt, renameReference, type RenameRefusal } from '../core/crossReferences';
import { fill } from '../core/text';
import { RENAME } from '../data/interface';
import type { Language } from '../vocabulary';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

export type Refusal = { refused: string };

export function prepareRename(doc: TextDocument, analysis: Analysis, position: Position): { range: Range; placeholder: string } | Refusal {
  const sub = analysis.submission;
  const at = referenceAt(sub, doc.offsetAt(position));
  if (!at) return { refused: refusal({ reason: 'nothing' }, sub.language) };
  const { span } = at.occurrence;
  return { range: toRange(doc, span), placeholder: sub.source.slice(span.start, span.end) };
}

export function rename(doc: TextDocument, analysis: Analysis, position: Position, newName: string): WorkspaceEdit | Refusal {
  const sub = analysis.submission;
  const outcome = renameReference(sub, doc.offsetAt(position), newName);
  if (!outcome.ok) return { refused: refusal(outcome, sub.language) };
  return { changes: { [doc.uri]: outcome.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.text })) } };
}

function refusal(r: RenameRefusal, language: Language): string {
  if (r.reason === 'nothing') return RENAME.nothing[language];
  if (r.reason === 'invalid') return fill(RENAME[r.kind === 'exhibit' ? 'invalidExhibit' : 'invalidWarrant'][language], { name: r.name });
  return fill(RENAME[r.takenBy === 'exhibit' ? 'takenExhibit' : 'takenWarrant'][language], { name: r.name });
}
