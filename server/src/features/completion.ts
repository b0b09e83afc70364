// Completion where the choices are known: exhibit ids after "Exhibit"/"Pièce"/…, warrant ids,
// section headings in the document's language, and the enumerated frontmatter values.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { FRONTMATTER_KEYS } from '../data/frontmatter';
import { SECTIONS, sectionTitle } from '../data/sections';
import type { Analysis } from '../service/analysis';

/** The values of enumerated keys, by the key's own name (`type` gathers warrant and data types). */
const ENUMS = new Map<string, string[]>();
for (const key of FRONTMATTER_KEYS) {
  if (key.value.form !== 'enum' && key.value.form !== 'enum-or-list') continue;
  const name = key.path.slice(key.path.lastIndexOf('.') + 1);
  ENUMS.set(name, [...new Set([...(ENUMS.get(name) ?? []), ...key.value.values])]);
}
const EXHIBIT_KEY_NAMES = [...new Set(FRONTMATTER_KEYS.filter((k) => k.value.form === 'exhibit').map((k) => k.path.slice(k.path.lastIndexOf('.') + 1)))];
const EXHIBIT_KEYS = new RegExp(`(${EXHIBIT_KEY_NAMES.join('|')})\\s*:\\s*\\S*$`);
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
    const values = key ? ENUMS.get(key) : undefined;
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
