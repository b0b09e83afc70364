// Completion where the choices are known: exhibit ids after "Exhibit"/"Pièce"/…, warrant ids,
// provisions after "Article "/"s."/"المادة " or an instrument's name, section headings in the
// document's language, and the enumerated frontmatter values.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { provisionQuery } from '../core/provisionQuery';
import { rightToLeftParagraphs } from '../core/text';
import { FRONTMATTER_KEYS } from '../data/frontmatter';
import { INSTRUMENT_BY_ID, UNIT_WORD } from '../data/instruments';
import { isRightToLeft } from '../data/languages';
import { PROVISIONS, provisionText } from '../data/provisions';
import { SECTIONS, sectionTitle } from '../data/sections';
import type { Submission } from '../core/model';
import type { InstrumentId } from '../vocabulary';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';
import { provisionMarkdown } from './hover';

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
  const before = sub.source.slice(lineStart, offset);
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
  const provisions = provisionItems(doc, sub, offset, before);
  if (provisions) return provisions;
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

/** The provisions that fit what is typed before the cursor, each written as the checks recognise it. */
function provisionItems(doc: TextDocument, sub: Submission, offset: number, before: string): CompletionItem[] | undefined {
  const lineEnd = /[\r\n]/.exec(sub.source.slice(offset))?.index ?? sub.source.length - offset;
  const query = provisionQuery(before, sub.source.slice(offset, offset + lineEnd), offset, sub.kind);
  if (!query) return undefined;
  const lang = sub.language;
  const range = toRange(doc, query.replace);
  // What is typed before the number, for the editor to filter a whole citation by ("the RPD 8").
  const typedBefore = sub.source.slice(query.replace.start, offset - query.typed.length);
  const cited = new Set(sub.citations.map((c) => c.instrument));
  const rank = (id: InstrumentId) => (cited.has(id) ? 0 : 1) * 100 + query.instruments.indexOf(id);
  const typed = query.typed.toUpperCase();
  const items: CompletionItem[] = [];
  for (const provision of PROVISIONS) {
    if (!query.instruments.includes(provision.instrument)) continue;
    const inst = INSTRUMENT_BY_ID.get(provision.instrument)!;
    const title = provisionText(provision, lang).title;
    for (const article of provision.articles) {
      if (!article.toUpperCase().startsWith(typed)) continue;
      const newText =
        query.writes === 'number' ? article : query.writes === 'number-and-instrument' ? `${article} ${inst.cite[lang]}` : `${UNIT_WORD[inst.unit][lang]} ${article} ${inst.cite[lang]}`;
      items.push({
        label: query.writes === 'citation' ? newText : article,
        labelDetails: { detail: query.writes === 'number-and-instrument' ? ` ${inst.cite[lang]}` : undefined, description: title },
        kind: CompletionItemKind.Reference,
        filterText: query.writes === 'citation' ? `${typedBefore}${article}` : article,
        sortText: `${String(rank(provision.instrument)).padStart(3, '0')} ${sortableNumber(article)}`,
        textEdit: { range, newText },
        documentation: { kind: MarkupKind.Markdown, value: rightToLeftParagraphs(provisionMarkdown(provision, lang), isRightToLeft(lang)) },
      });
    }
  }
  return items;
}

/** "9" before "10", "21" before "21A", "50.5" before "50.20". */
function sortableNumber(article: string): string {
  return article.replace(/\d+/g, (n) => n.padStart(5, '0'));
}
