// The outline: the kind at the root; headings nested by level, each recognised section marked
// with its state; required sections that are missing; the declared warrants and exhibits.
import type { Span } from '../vocabulary';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { OUTLINE } from '../data/interface';
import { KIND_PROFILES } from '../data/requirements';
import { sectionTitle } from '../data/sections';
import { headingSpans } from '../core/structure';
import { missingSectionAnchorIn } from '../rules/sections';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';


export function documentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const sub = analysis.submission;
  if (!sub.isSubmission || !sub.kind) return [];
  const lang = sub.language;
  const profile = KIND_PROFILES[sub.kind];
  const required = analysis.sectionStates.filter((s) => !s.requirement.severity);
  const requiredIds = new Set(required.flatMap((s) => [s.requirement.section, ...(s.requirement.alternatives ?? [])]));
  const sym = (name: string, span: Span, kind: SymbolKind, detail?: string, children: DocumentSymbol[] = []): DocumentSymbol => {
    const range = toRange(doc, span);
    return { name: name || '…', detail, kind, range, selectionRange: range, children };
  };

  // Nest headings by level: each heading owns the ones after it until one of its level or above.
  const roots: DocumentSymbol[] = [];
  const stack: { depth: number; symbol: DocumentSymbol }[] = [];
  const sectionOf = new Map(sub.sections.map((s) => [s.heading, s]));
  for (const { heading, span } of headingSpans(sub)) {
    const section = sectionOf.get(heading);
    const end = section?.span.end ?? span.end;
    const detail = section && requiredIds.has(section.id) ? OUTLINE[section.empty ? 'requiredEmpty' : 'required'][lang] : undefined;
    const symbol = sym(heading.text, { start: heading.span.start, end }, section ? SymbolKind.Namespace : SymbolKind.String, detail);
    symbol.selectionRange = toRange(doc, heading.span);
    while (stack.length && stack[stack.length - 1].depth >= heading.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children! : roots).push(symbol);
    stack.push({ depth: heading.depth, symbol });
  }

  const anchor = missingSectionAnchorIn(sub);
  for (const { requirement, state } of required) {
    if (state !== 'missing') continue;
    roots.push(sym(sectionTitle(requirement.section, sub.kind, lang), anchor, SymbolKind.Null, OUTLINE.requiredMissing[lang]));
  }

  const fm = sub.frontmatter;
  const group = (key: 'warrants' | 'exhibits', items: { index: number; label: string; detail?: string }[]) => {
    const loc = fm?.locations.get(key);
    if (!loc || items.length === 0) return;
    const children = items.map((item) => {
      const l = fm!.locations.get(`${key}.${item.index}`) ?? loc;
      return sym(item.label, l.value, key === 'warrants' ? SymbolKind.Event : SymbolKind.File, item.detail);
    });
    roots.push(sym(OUTLINE[key][lang], { start: (loc.key ?? loc.value).start, end: loc.value.end }, SymbolKind.Array, String(items.length), children));
  };
  group('warrants', sub.warrants.map((w) => ({ index: w.index, label: w.id ?? '?', detail: [w.type, w.reference, w.status].filter(Boolean).join(' · ') })));
  group('exhibits', sub.exhibits.map((e) => ({ index: e.index, label: e.id ?? '?', detail: e.title })));

  return [sym(profile.label[lang], { start: 0, end: sub.source.length }, SymbolKind.File, undefined, roots)];
}
