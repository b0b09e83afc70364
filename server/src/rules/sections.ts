// Required sections: present, not empty, and (for grounds and bars) citing a recognised provision.
import type { Section, Submission } from '../core/model';
import { CITATION_EXAMPLES } from '../data/messages';
import { KIND_PROFILES } from '../data/requirements';
import { SECTION_BY_ID, sectionTitle } from '../data/sections';
import { commentSpans, withinSpans } from '../core/text';
import type { Kind, SectionId, Span } from '../vocabulary';
import { report, type Check, type CheckContext } from './finding';
import { anchorFor } from './keys';

export function sectionName(id: SectionId, ctx: { language: CheckContext['language']; kind: Kind }): string {
  return sectionTitle(id, ctx.kind, ctx.language);
}

/** Where to point at a missing section: the document title, else the `submission:` key. */
export function missingSectionAnchorIn(sub: Submission): Span {
  const title = sub.headings.find((h) => h.depth === 1);
  return title ? title.span : anchorFor(sub, 'submission');
}

export const requiredSections: Check = {
  name: 'required sections',
  rules: [...new Set(Object.values(KIND_PROFILES).flatMap((p) => p.sections.flatMap((r) => (r.citationCode ? [r.code, r.citationCode] : [r.code]))))],
  run(ctx) {
    for (const { requirement: req, found, state } of ctx.sectionStates) {
      const args = { name: sectionName(req.section, ctx), prompt: SECTION_BY_ID.get(req.section)!.prompt[ctx.language] };
      if (state === 'missing') {
        report(ctx, req.code, missingSectionAnchorIn(ctx.sub), req.severity === 'hint' ? 'section.recommended' : 'section.missing', args, {
          severity: req.severity,
          fixes: [{ kind: 'insert-section', section: req.section }],
        });
      } else if (state === 'empty') {
        report(ctx, req.code, found[0].heading.span, 'section.empty', { ...args, name: found[0].heading.text }, { severity: req.severity });
      } else if (req.citationCode) {
        const filled = found.filter((s) => !s.empty);
        if (filled.some((s) => citesSomething(ctx, s))) continue;
        const example = CITATION_EXAMPLES[ctx.kind === 'ccf-request' ? 'ccf' : 'extradition'][ctx.language];
        report(ctx, req.citationCode, filled[0].heading.span, 'citation.none', { name: filled[0].heading.text, example });
      }
    }
  },
};

/** Citations are in document order: look up the first at or after the section's start. */
function citesSomething(ctx: CheckContext, section: Section): boolean {
  const citations = ctx.sub.citations;
  let lo = 0;
  let hi = citations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (citations[mid].span.start < section.span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < citations.length && citations[lo].span.start < section.span.end;
}

export const placeholders: Check = {
  name: 'placeholders',
  rules: ['FMT-PLACEHOLDER'],
  run(ctx) {
    const { sub } = ctx;
    // Frontmatter prompts already reported as a missing element are not reported twice.
    const reported = new Set(ctx.findings.map((f) => f.span.start));
    const frontmatter = [...(sub.frontmatter?.placeholders.values() ?? [])].filter((s) => !reported.has(s.start));
    const comments = sub.placeholders.length ? commentSpans(sub.text) : [];
    const body = sub.placeholders.filter((s) => !withinSpans(comments, s.start));
    for (const span of [...frontmatter, ...body]) {
      report(ctx, 'FMT-PLACEHOLDER', span, 'placeholder', { text: sub.text.slice(span.start, span.end) });
    }
  },
};
