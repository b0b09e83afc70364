// Which section requirements apply to a submission and how each stands: worked out once per
// analysis, so the diagnostics, the outline and the hover all read the same answer.
import type { Section, Submission } from '../core/model';
import { KIND_PROFILES, type SectionRequirement } from '../data/requirements';
import type { SectionId } from '../vocabulary';
import { holds } from './conditions';

export interface SectionState {
  requirement: SectionRequirement;
  /** The sections that answer it (the requirement's own and its alternatives), in document order. */
  found: Section[];
  state: 'missing' | 'empty' | 'present';
}

/** The section requirements that apply to this submission, each with what the document has for it. */
export function sectionStates(sub: Submission): SectionState[] {
  if (!sub.kind) return [];
  return KIND_PROFILES[sub.kind].sections
    .filter((requirement) => holds(requirement.when, sub))
    .map((requirement) => {
      const ids: SectionId[] = [requirement.section, ...(requirement.alternatives ?? [])];
      const found = sub.sections.filter((s) => ids.includes(s.id));
      const state = found.length === 0 ? 'missing' : found.every((s) => s.empty) ? 'empty' : 'present';
      return { requirement, found, state };
    });
}

