// Required sections: present, not empty, and (for grounds and bars) citing a recognised provision.
import { citationsBetween, someCitationBetween } from '../core/citations';
import type { Citation, Section, Submission } from '../core/model';
import { INSTRUMENT_BY_ID } from '../data/instruments';
import { CITATION_EXAMPLES, listPhrase } from '../data/messages';
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
        const heading = filled[0].heading;
        // Read only up to the first citation that answers: a long draft's sections hold thousands.
        const cites = (test: (c: Citation) => boolean) => filled.some((s) => someCitationBetween(ctx.sub, s.span.start, s.span.end, test));
        if (!cites(() => true)) {
          const example = CITATION_EXAMPLES[ctx.kind === 'ccf-request' ? 'ccf' : 'extradition'][ctx.language];
          report(ctx, req.citationCode, heading.span, 'citation.none', { name: heading.text, example });
        } else if (req.interpolRulesOnly && !cites((c) => !!INSTRUMENT_BY_ID.get(c.instrument)!.interpolRule)) {
          const cited = filled.flatMap((s) => citationsIn(ctx, s));
          const instruments = [...new Set(cited.map((c) => c.instrument))].map((id) => INSTRUMENT_BY_ID.get(id)!.title[ctx.language]);
          report(ctx, req.citationCode, heading.span, 'citation.notInterpol', { name: heading.text, cited: listPhrase(instruments, ctx.language) });
        }
      }
    }
  },
};

function citationsIn(ctx: CheckContext, section: Section): readonly Citation[] {
  return citationsBetween(ctx.sub, section.span.start, section.span.end);
}

export const placeholders: Check = {
  name: 'placeholders',
  rules: ['FMT-PLACEHOLDER'],
  run(ctx) {
    const { sub } = ctx;
    // Frontmatter prompts already reported as a missing element are not reported twice.
    const reported = new Set(ctx.findings.map((f) => f.span.start));
    const frontmatter = [...(sub.frontmatter?.placeholders.values() ?? [])].filter((s) => !reported.has(s.start));
    const comments = sub.placeholders.length ? commentSpans(sub.source) : [];
    const body = sub.placeholders.filter((s) => !withinSpans(comments, s.start));
    for (const span of [...frontmatter, ...body]) {
      report(ctx, 'FMT-PLACEHOLDER', span, 'placeholder', { text: sub.source.slice(span.start, span.end) });
    }
  },
};
