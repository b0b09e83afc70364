// The frontmatter keys a kind requires (data/frontmatter.ts): present, not a template prompt, and,
// for keys that name an exhibit (identity document, power of attorney, …), naming a declared one.
import { normalizeExhibitId } from '../core/exhibits';
import { canDeclareExhibits } from '../core/fixes';
import { FRONTMATTER_KEYS, keysOf, ruleOfKey, rulesOfKeys, type KeyDef } from '../data/frontmatter';
import type { RuleId } from '../data/rules';
import type { Submission } from '../core/model';
import type { Severity, Span } from '../vocabulary';
import { holds } from './conditions';
import { report, type Check, type CheckContext } from './finding';
import { anchorFor, displayPath, isPresent, valueAt, valueSpan } from './keys';

export const requiredKeys: Check = {
  name: 'required keys',
  rules: rulesOfKeys(FRONTMATTER_KEYS.filter((k) => k.required)),
  run(ctx) {
    const { sub } = ctx;
    // A key under a mapping is required only where the mapping is written with a value and not
    // itself reported missing: "representative: ~" says there is no representative.
    const missing = new Set<string>();
    for (const key of keysOf(ctx.kind)) {
      if (!key.required || key.itemKey || !holds(key.required.when, sub)) continue;
      const parent = key.path.slice(0, Math.max(0, key.path.lastIndexOf('.')));
      if (parent && (missing.has(parent) || !isPresent(valueAt(sub, parent)))) continue;
      const code = ruleOfKey(key, ctx.kind);
      if (!requireKey(ctx, key.path, code, key.required.severity)) missing.add(key.path);
      else if (key.value.form === 'exhibit') requireDeclaredExhibit(ctx, key, code);
    }
  },
};

function requireDeclaredExhibit(ctx: CheckContext, key: KeyDef, code: RuleId): void {
  const value = valueAt(ctx.sub, key.path);
  if (key.value.form === 'exhibit' && key.value.orValues?.includes(value as string)) return;
  const id = normalizeExhibitId(value);
  if (!id) return; // wrong type: reported by the shape check
  if (ctx.sub.exhibits.some((e) => e.id === id)) return;
  report(ctx, code, valueSpan(ctx.sub, key.path), 'key.notExhibit', { key: displayPath(key.path), id }, {
    fixes: canDeclareExhibits(ctx.sub) ? [{ kind: 'declare-exhibit', id }] : [],
  });
}

/**
 * Reports a missing (or still templated) key. Returns whether it is present.
 * A key written with an invalid value counts as present: the shape check already reports it.
 */
export function requireKey(ctx: CheckContext, path: string, code: RuleId, severity?: Severity): boolean {
  const { sub } = ctx;
  if (isPresent(valueAt(sub, path))) return true;
  const placeholder = sub.frontmatter?.placeholders.get(path) ?? placeholderUnder(sub, path);
  if (placeholder) {
    report(ctx, code, placeholder, 'key.placeholder', { key: displayPath(path) }, { severity });
    return false;
  }
  const written = sub.frontmatter?.locations.get(path);
  const recommended = severity === 'warning' || severity === 'hint' || severity === 'information';
  report(ctx, code, anchorFor(sub, path), recommended ? 'key.missingRecommended' : 'key.missing', { key: displayPath(path) }, {
    severity,
    fixes: written ? [] : [{ kind: 'add-key', path }],
  });
  return false;
}

function placeholderUnder(sub: Submission, path: string): Span | undefined {
  for (const [p, span] of sub.frontmatter?.placeholders ?? []) if (p.startsWith(`${path}.`)) return span;
  return undefined;
}
