// The frontmatter as a whole: YAML syntax, the kind, the shape of every value (zod), dates.
import { KINDS } from '../vocabulary';
import type { z } from 'zod/mini';
import { type Submission } from '../core/model';
import { knownKeys, SCHEMAS } from '../core/schema';
import { VALUE_TYPES, YAML_ERRORS } from '../data/messages';
import { keysOf, ruleOfPath, rulesOfKeys } from '../data/frontmatter';
import { report, type Check, type CheckContext, type Finding, type Reporter } from './finding';
import { anchorFor, displayPath, valueAt, valueSpan } from './keys';

/** Problems that stop everything else: reported even when the kind is unknown. */
export function checkFrontmatterSyntax(c: Reporter & { sub: Submission }): void {
  const fm = c.sub.frontmatter;
  if (!fm) return;
  for (const err of fm.syntaxErrors) {
    if (err.kind === 'unclosed-frontmatter') report(c, 'FMT-YAML', err.span, 'yaml.unclosed');
    else report(c, 'FMT-YAML', err.span, 'yaml.syntax', { detail: YAML_ERRORS[err.kind][c.language] });
  }
  const value = fm.raw?.submission;
  if (typeof value !== 'string' || !KINDS.includes(value as never)) {
    const span = valueSpan(c.sub, 'submission');
    // A group or a list is quoted as written, not as JavaScript prints it ("[object Object]").
    const written = typeof value === 'object' && value !== null ? c.sub.source.slice(span.start, span.end).replace(/\s+/g, ' ').trim().slice(0, 60) : String(value ?? '');
    report(c, 'FMT-KIND', span, 'kind.unknown', { value: written }, {
      fixes: KINDS.map((k) => ({ kind: 'replace' as const, span, text: k, title: `submission: ${k}` })),
    });
  }
}

export const frontmatterShape: Check = {
  name: 'frontmatter shape',
  // A value of the wrong form is reported under the rule that owns its key.
  rules: ['FMT-KEY', 'FMT-VALUE', ...rulesOfKeys()],
  run(ctx) {
    const raw = ctx.sub.frontmatter?.raw;
    if (!raw) return;
    for (const issue of shapeIssues(ctx.kind, raw)) reportIssue(ctx, issue);
  },
};

/**
 * The parser reuses the frontmatter's value while its text is unchanged, so while the body is being
 * typed the same value comes back at every keystroke: validate it once (a few tenths of a
 * millisecond of zod per keystroke otherwise).
 */
const shapeCache = new WeakMap<object, { kind: string; issues: readonly Issue[] }>();

function shapeIssues(kind: CheckContext['kind'], raw: Record<string, unknown>): readonly Issue[] {
  const cached = shapeCache.get(raw);
  if (cached?.kind === kind) return cached.issues;
  const result = SCHEMAS[kind].safeParse(raw);
  const issues = result.success ? [] : flatten(result.error.issues);
  shapeCache.set(raw, { kind, issues });
  return issues;
}

type Issue = z.core.$ZodIssue;

/** A union reports every branch; keep the branch that got furthest, which is the one the user meant. */
function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      out.push(...flatten(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue)));
    } else out.push(issue);
  }
  return out;
}

const depth = (issues: readonly Issue[]) => Math.max(0, ...issues.map((i) => i.path.length));

function reportIssue(ctx: CheckContext, issue: Issue): void {
  const { sub } = ctx;
  const path = issue.path.map(String).join('.');
  const key = displayPath(path);
  const code = ruleOfPath(ctx.kind, path);

  if (issue.code === 'unrecognized_keys') {
    for (const name of issue.keys) {
      const full = path ? `${path}.${name}` : name;
      const known = knownKeys(ctx.kind, issue.path as (string | number)[]);
      const suggestion = closest(name, known);
      const span = anchorFor(sub, full);
      if (suggestion) {
        // Renaming onto a key that is already written would make a duplicate key (invalid YAML).
        const taken = sub.frontmatter?.locations.has(path ? `${path}.${suggestion}` : suggestion);
        report(ctx, 'FMT-KEY', span, 'key.unknown', { key: displayPath(full), suggestion }, { fixes: taken ? [] : [{ kind: 'rename-key', span, to: suggestion }] });
      } else {
        report(ctx, 'FMT-KEY', span, 'key.unknownNoSuggestion', { key: displayPath(full), known: known.join(', ') });
      }
    }
    return;
  }
  const value = valueAt(sub, path);
  if (value === undefined || value === null) {
    // A key the schema needs inside a list item: only ids (and data types) are mandatory there.
    if (/^warrants\.\d+\.id$/.test(path)) return report(ctx, code, anchorFor(sub, path), 'warrant.noId');
    if (/^exhibits\.\d+\.id$/.test(path)) return report(ctx, code, anchorFor(sub, path), 'exhibit.noId');
    // Written but empty ("name:"): whether it is required is the presence rules' business.
    if (value === null) return;
    return report(ctx, code, anchorFor(sub, path), 'key.missing', { key });
  }
  const span = valueSpan(sub, path);
  if (path === 'submission') return; // reported by checkFrontmatterSyntax with its quick fixes
  switch (issue.code) {
    case 'invalid_value':
      return report(ctx, code, span, 'value.enum', { key, values: issue.values.map(String).join(', ') }, {
        fixes: issue.values.length <= 6 ? issue.values.map((v) => ({ kind: 'replace' as const, span, text: String(v), title: `${path.split('.').pop()}: ${String(v)}` })) : [],
      });
    case 'invalid_format':
      if (issue.format === 'date') return report(ctx, code, span, 'value.date', { key });
      if (issue.format === 'email') return report(ctx, code, span, 'value.email', { key });
      return report(ctx, code, span, 'value.invalid', { key, detail: issue.message });
    case 'invalid_type': {
      const expected = VALUE_TYPES[issue.expected]?.[ctx.language] ?? issue.expected;
      return report(ctx, code, span, 'value.type', { key, expected });
    }
    case 'too_small':
      // The schema's only minimum: one character, one list item. "" and [] are written but empty,
      // like a bare "name:", and whether the key is required is the presence rules' business.
      return;
    default:
      return report(ctx, code, span, 'value.invalid', { key, detail: issue.message });
  }
}

/** The known key nearest to a misspelt one, if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const futureDates: Check = {
  name: 'future dates',
  rules: ['FMT-DATE'],
  run(ctx) {
    const { sub } = ctx;
    const fm = sub.frontmatter;
    if (!fm) return;
    // What the frontmatter says decides it all (with the day and the kind): kept with the
    // frontmatter, which the parser reuses while its text is unchanged. A long submission declares
    // hundreds of exhibits, whose dates were read again at every keystroke in the body.
    const cached = futureDatesCache.get(fm);
    if (cached && cached.today === ctx.today && cached.kind === ctx.kind && cached.language === ctx.language) {
      for (const f of cached.findings) ctx.findings.push(f);
      return;
    }
    const first = ctx.findings.length;
    for (const key of keysOf(ctx.kind)) {
      if (key.value.form !== 'date') continue;
      for (const path of writtenPaths(sub, key.path)) {
        const value = valueAt(sub, path);
        if (typeof value === 'string' && ISO_DATE.test(value) && value > ctx.today) {
          report(ctx, 'FMT-DATE', valueSpan(sub, path), 'date.future', { key: displayPath(path), date: value });
        }
      }
    }
    futureDatesCache.set(fm, { today: ctx.today, kind: ctx.kind, language: ctx.language, findings: ctx.findings.slice(first) });
  },
};

const futureDatesCache = new WeakMap<object, { today: string; kind: string; language: string; findings: readonly Finding[] }>();

/** The value paths a table path stands for in this document: "warrants[].date" → "warrants.0.date", … */
function writtenPaths(sub: Submission, tablePath: string): string[] {
  const at = tablePath.indexOf('[]');
  if (at < 0) return [tablePath];
  const items = valueAt(sub, tablePath.slice(0, at));
  if (!Array.isArray(items)) return [];
  return items.flatMap((_, i) => writtenPaths(sub, `${tablePath.slice(0, at)}.${i}${tablePath.slice(at + 2)}`));
}

