// The people in the submission: applicant, representative, signature (CCF); the case and the
// requested person (extradition); the appeal's own particulars.
import { report, type CheckContext } from './finding';
import { holds } from './conditions';
import { displayPath, isPresent, requireKey, valueAt, valueSpan } from './keys';
import { normalizeExhibitId } from '../core/exhibits';

export function checkCcfParties(ctx: CheckContext): void {
  const { sub } = ctx;
  requireKey(ctx, 'request', 'CCF-REQ-08');

  if (requireKey(ctx, 'applicant', 'CCF-REQ-01')) {
    requireKey(ctx, 'applicant.name', 'CCF-REQ-01');
    if (valueAt(sub, 'applicant.entity') === true) {
      requireExhibitKey(ctx, 'applicant.registration_document', 'CCF-REQ-04');
      requireExhibitKey(ctx, 'applicant.signatory_authority', 'CCF-REQ-04');
    } else {
      requireKey(ctx, 'applicant.date_of_birth', 'CCF-REQ-02');
      requireKey(ctx, 'applicant.nationality', 'CCF-REQ-02', 'warning');
      requireExhibitKey(ctx, 'applicant.identity_document', 'CCF-REQ-02');
    }
    if (valueAt(sub, 'applicant.minor') === true) requireExhibitKey(ctx, 'applicant.relationship_document', 'CCF-REQ-05');
  }

  if (sub.frontmatter?.locations.has('representative')) {
    requireKey(ctx, 'representative.name', 'CCF-REQ-01');
    if (valueAt(sub, 'representative.power_of_attorney') !== 'application-form') {
      requireExhibitKey(ctx, 'representative.power_of_attorney', 'CCF-REQ-03');
    }
  }

  if (requireKey(ctx, 'signed', 'CCF-REQ-06')) {
    requireKey(ctx, 'signed.by', 'CCF-REQ-06');
    requireKey(ctx, 'signed.date', 'CCF-REQ-06');
    requireKey(ctx, 'signed.place', 'CCF-REQ-06', 'warning');
  }

  if (holds('correction-or-deletion', sub)) requireKey(ctx, 'data', 'CCF-REQ-10');
  if (holds('revision', sub)) requireKey(ctx, 'new_fact_discovered', 'CCF-REQ-12');
}

export function checkExtraditionParties(ctx: CheckContext): void {
  requireKey(ctx, 'court', 'SK-01');
  requireKey(ctx, 'case_reference', 'SK-01');
  if (requireKey(ctx, 'requested_person', 'SK-01')) requireKey(ctx, 'requested_person.name', 'SK-01');
  requireKey(ctx, 'requesting_state', 'SK-01');
  // Part 1 or Part 2 decides which bars and which appeal time limit apply.
  requireKey(ctx, 'regime', 'SK-01', 'warning');
  if (ctx.kind === 'extradition-defence') return;
  requireKey(ctx, 'arrest_date', 'APP-REQ-02');
  if (requireKey(ctx, 'decision', 'APP-REQ-03')) {
    requireKey(ctx, 'decision.description', 'APP-REQ-03');
    requireKey(ctx, 'decision.date', 'APP-REQ-03');
  }
  requireKey(ctx, 'served_on', 'APP-REQ-07');
}

/** A key that must name a declared exhibit (identity document, power of attorney, ...). */
function requireExhibitKey(ctx: CheckContext, path: string, code: string): void {
  if (!requireKey(ctx, path, code)) return;
  const id = normalizeExhibitId(valueAt(ctx.sub, path));
  if (!id) return; // wrong type: reported by the shape check
  if (ctx.sub.exhibits.some((e) => e.id === id)) return;
  report(ctx, code, valueSpan(ctx.sub, path), 'key.notExhibit', { key: displayPath(path), id }, { fixes: [{ kind: 'declare-exhibit', id }] });
}

export { isPresent };
