// The frontmatter's shape, per kind, in zod, built from the key table (data/frontmatter.ts).
// Shape only: whether a required element is present is a domain rule (rules/requirements.ts) with
// its own code and message; here a key is wrong when its value has the wrong type or format, or
// when the key itself is unknown (usually a typo).
// zod/mini: the same validation and issues as zod's classic API, with functions in place of
// methods, which lets the bundle leave out what the checker never calls (JSON Schema, the
// English messages: rules/frontmatter.ts words every issue itself). A sixth of the server bundle.
import * as z from 'zod/mini';
import { keysOf, type KeyDef, type ValueForm } from '../data/frontmatter';
import { KINDS, type Kind } from '../vocabulary';

const text = z.string().check(z.minLength(1));

function leaf(form: ValueForm): z.ZodMiniType {
  switch (form.form) {
    case 'text':
      return text;
    case 'date':
      return z.iso.date();
    case 'boolean':
      return z.boolean();
    case 'email':
      return z.email();
    case 'reference':
    case 'exhibit':
      return z.union([text, z.number()]);
    case 'texts':
      return z.union([text, z.array(text).check(z.minLength(1))]);
    case 'text-list':
      return z.array(text);
    case 'enum':
      return z.enum(form.values as [string, ...string[]]);
    case 'enum-or-list': {
      const one = z.enum(form.values as [string, ...string[]]);
      return z.union([one, z.array(one).check(z.minLength(1))]);
    }
    case 'mapping':
    case 'list':
      throw new Error('a mapping or list is built from the rows under it');
  }
}

/** The rows directly under `parent` ('' for the top level, 'warrants[]' for a list's items). */
function childrenOf(rows: readonly KeyDef[], parent: string): KeyDef[] {
  const prefix = parent ? `${parent}.` : '';
  return rows.filter((r) => r.path.startsWith(prefix) && !r.path.slice(prefix.length).includes('.'));
}

function shape(rows: readonly KeyDef[], parent: string): z.ZodMiniType {
  const fields: Record<string, z.ZodMiniType> = {};
  for (const row of childrenOf(rows, parent)) {
    const name = row.path.slice(parent ? parent.length + 1 : 0);
    let value: z.ZodMiniType;
    if (row.value.form === 'mapping') value = shape(rows, row.path);
    else if (row.value.form === 'list') value = z.array(shape(rows, `${row.path}[]`));
    else value = leaf(row.value);
    fields[name] = row.itemKey ? value : z.optional(value);
  }
  return z.strictObject(fields);
}

function schemaOf(kind: Kind): z.ZodMiniType {
  const rows = keysOf(kind);
  const top = shape(rows, '') as z.ZodMiniObject;
  // `submission` is what makes the file a submission: the one key no kind can do without.
  return z.extend(top, { submission: z.enum(KINDS) });
}

export const SCHEMAS: Record<Kind, z.ZodMiniType> = Object.fromEntries(KINDS.map((k) => [k, schemaOf(k)])) as Record<Kind, z.ZodMiniType>;

/**
 * Every key a kind knows under a written path ("applicant", "warrants.0"), for "did you mean"
 * suggestions on unknown keys.
 */
export function knownKeys(kind: Kind, path: readonly (string | number)[]): string[] {
  const parent = path.map((p) => (typeof p === 'number' || /^\d+$/.test(String(p)) ? '[]' : String(p))).join('.').replace(/\.\[\]/g, '[]');
  return childrenOf(keysOf(kind), parent).map((r) => r.path.slice(parent ? parent.length + 1 : 0));
}
