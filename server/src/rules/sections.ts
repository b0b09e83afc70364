// Required sections: present, not empty, and (for grounds and bars) citing a recognised provision.
import type { SectionId, Span } from '../vocabulary';
import type { Section, Submission } from '../core/model';
import { CITATION_EXAMPLES } from '../data/messages';
import { insideComment } from '../core/text';
import { SECTION_BY_ID, sectionTitle } from '../data/sections';
import { report, type CheckContext } from './finding';
import { holds } from './conditions';
import { anchorFor } from './keys';

export function sectionName(id: SectionId, ctx: Pick<CheckContext, 'language' | 'kind'>): string {
  return sectionTitle(id, ctx.kind, ctx.language);
}

function prompt(id: SectionId, ctx: Pick<CheckContext, 'language'>): string {
  return SECTION_BY_ID.get(id)!.prompt[ctx.language];
}

/** Where to point at a missing section: the document title, else the `submission:` key. */
export function missingSectionAnchorIn(sub: Submission): Span {
  const title = sub.headings.find((h) => h.depth === 1);
  return title ? title.span : anchorFor(sub, 'submission');
}

const missingSectionAnchor = (ctx: CheckContext) => missingSectionAnchorIn(ctx.sub);

export function checkSections(ctx: CheckContext): void {
  const { sub, profile } = ctx;
  for (const req of profile.sections) {
    if (!holds(req.when, sub)) continue;
    const ids = [req.section, ...(req.alternatives ?? [])];
    const found = sub.sections.filter((s) => ids.includes(s.id));
    const args = { name: sectionName(req.section, ctx), prompt: prompt(req.section, ctx) };
    if (found.length === 0) {
      report(ctx, req.code, missingSectionAnchor(ctx), req.severity === 'hint' ? 'section.recommended' : 'section.missing', args, {
        severity: req.severity,
        fixes: [{ kind: 'insert-section', section: req.section }],
      });
      continue;
    }
    const filled = found.filter((s) => !s.empty);
    if (filled.length === 0) {
      report(ctx, req.code, found[0].heading.span, 'section.empty', { ...args, name: found[0].heading.text }, { severity: req.severity });
      continue;
    }
    if (req.citationCode && !filled.some((s) => citesSomething(ctx, s))) {
      const example = CITATION_EXAMPLES[ctx.kind === 'ccf-request' ? 'ccf' : 'extradition'][ctx.language];
      report(ctx, req.citationCode, filled[0].heading.span, 'citation.none', { name: filled[0].heading.text, example });
    }
  }
}

function citesSomething(ctx: CheckContext, section: Section): boolean {
  return ctx.sub.citations.some((c) => c.span.start >= section.span.start && c.span.start < section.span.end);
}

export function checkPlaceholders(ctx: CheckContext): void {
  const { sub } = ctx;
  // Frontmatter prompts already reported as a missing element are not reported twice.
  const reported = new Set(ctx.findings.map((f) => f.span.start));
  const frontmatter = [...(sub.frontmatter?.placeholders.values() ?? [])].filter((s) => !reported.has(s.start));
  const body = sub.placeholders.filter((s) => !insideComment(sub.text, s.start));
  for (const span of [...frontmatter, ...body]) {
    report(ctx, 'FMT-PLACEHOLDER', span, 'placeholder', { text: sub.text.slice(span.start, span.end) });
  }
}
