// Hover: what a cited provision says (with its confirmation status), what an exhibit is, and
// which rule requires a section.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { INSTRUMENT_BY_ID } from '../data/instruments';
import { findProvision } from '../data/provisions';
import { KIND_PROFILES } from '../data/requirements';
import { rule } from '../data/rules';
import { SOURCE_BY_ID } from '../data/sources';
import { holds } from '../rules/conditions';
import type { Analysis } from '../service/analysis';
import { toRange } from './diagnostics';

const STATUS_TEXT = {
  P: 'Confirmed from the text of the instrument.',
  S: 'Confirmed through a secondary source only.',
  U: '**UNCONFIRMED** — no source text was seen; verify before relying on this summary.',
};

export function hover(doc: TextDocument, analysis: Analysis, position: Position): Hover | undefined {
  const sub = analysis.submission;
  if (!sub.isSubmission) return undefined;
  const offset = doc.offsetAt(position);
  const inside = (s: { start: number; end: number }) => offset >= s.start && offset <= s.end;

  const citation = sub.citations.find((c) => inside(c.span));
  if (citation) {
    const inst = INSTRUMENT_BY_ID.get(citation.instrument)!;
    const provision = findProvision(citation.instrument, citation.article);
    const unit = inst.unit === 'section' ? 'Section' : inst.unit === 'rule' ? 'Rule' : 'Article';
    const lines = [`**${unit} ${citation.article}${citation.subdivision}** — ${inst.title.en}`, ''];
    if (provision) {
      lines.push(`*${provision.title}* (${provision.id})`, '', provision.paraphrase, '', STATUS_TEXT[provision.status]);
      if (provision.sources.length) lines.push('', `Sources: ${provision.sources.map(sourceLink).join(', ')}`);
    } else {
      lines.push('A recognised citation. The product’s catalogue has no summary of this provision.');
    }
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: toRange(doc, citation.span) };
  }

  const exhibitRef = sub.exhibitCitations.find((c) => inside(c.span));
  if (exhibitRef) {
    const exhibit = sub.exhibits.find((e) => e.id === exhibitRef.id);
    const value = exhibit
      ? [`**Exhibit ${exhibit.id}** — ${exhibit.title ?? '(no title)'}`, exhibit.date ? `Dated ${exhibit.date}` : '', exhibit.file ? `File: \`${exhibit.file}\`` : '']
          .filter(Boolean)
          .join('\n\n')
      : `**Exhibit ${exhibitRef.id}** is not declared under \`exhibits\`.`;
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, exhibitRef.span) };
  }

  const section = sub.sections.find((s) => inside(s.heading.span));
  if (section && sub.kind) {
    const reqs = KIND_PROFILES[sub.kind].sections.filter((r) => (r.section === section.id || r.alternatives?.includes(section.id)) && holds(r.when, sub));
    if (reqs.length === 0) return undefined;
    const value = reqs
      .map((r) => {
        const def = rule(r.code);
        return `**${def.title}** (${def.id}) — ${def.basis}.\n\n${def.why.en}`;
      })
      .join('\n\n---\n\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, section.heading.span) };
  }
  return undefined;
}

function sourceLink(id: string): string {
  const source = SOURCE_BY_ID.get(id);
  return source?.url ? `[${id}](${source.url})` : id;
}
