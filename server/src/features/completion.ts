// Completion where the choices are known: exhibit ids after "Exhibit"/"Pièce"/…, warrant ids,
// section headings in the document's language, and the enumerated frontmatter values.
import { KINDS, LANGUAGES, REQUEST_TYPES } from '../vocabulary';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { CHANNELS, DATA_TYPES, REGIMES, WARRANT_STATUSES, WARRANT_TYPES } from '../core/schema';
import { SECTIONS, sectionTitle } from '../data/sections';
import type { Analysis } from '../service/analysis';

const ENUMS: Record<string, readonly string[]> = {
  submission: KINDS,
  language: LANGUAGES,
  request: REQUEST_TYPES,
  regime: REGIMES,
  channel: CHANNELS,
  type: [...WARRANT_TYPES, ...DATA_TYPES],
  status: WARRANT_STATUSES,
};
const EXHIBIT_KEYS = /(identity_document|power_of_attorney|registration_document|signatory_authority|relationship_document)\s*:\s*\S*$/;
const EXHIBIT_WORD = /(?:exhibits?|annex(?:es|e)?|pi[eè]ces?|anexos?|المرفق)\s+\S*$/iu;

export function completions(doc: TextDocument, analysis: Analysis, position: Position): CompletionItem[] {
  const sub = analysis.submission;
  if (!sub.frontmatter) return [];
  const offset = doc.offsetAt(position);
  const lineStart = doc.offsetAt({ line: position.line, character: 0 });
  const before = sub.text.slice(lineStart, offset);
  const inFrontmatter = offset > sub.frontmatter.content.start && offset <= sub.frontmatter.content.end;
  const exhibits = () =>
    sub.exhibits.filter((e) => e.id).map((e) => ({ label: e.id!, kind: CompletionItemKind.Reference, detail: e.title }));

  if (inFrontmatter) {
    if (EXHIBIT_KEYS.test(before)) return exhibits();
    const key = /^\s*(?:-\s*)?([a-z_]+)\s*:\s*\[?\s*(?:[\w-]+,\s*)*[\w-]*$/.exec(before)?.[1];
    const values = key ? ENUMS[key] : undefined;
    return values ? values.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember })) : [];
  }
  if (!sub.isSubmission) return [];
  if (EXHIBIT_WORD.test(before)) return exhibits();
  if (/^#{1,6}\s+\S*$/.test(before)) {
    return SECTIONS.map((s) => ({
      label: sectionTitle(s.id, sub.kind, sub.language),
      kind: CompletionItemKind.Module,
      detail: s.id,
    }));
  }
  if (/\bW\d*$/.test(before)) {
    return sub.warrants.filter((w) => w.id).map((w) => ({ label: w.id!, kind: CompletionItemKind.Event, detail: [w.type, w.reference].filter(Boolean).join(' · ') }));
  }
  return [];
}
