// The frontmatter's shape, per kind, in zod, built from the key table (data/frontmatter.ts).
// Shape only: whether a required element is present is a domain rule (rules/requirements.ts) with
// its own code and message; here a key is wrong when its value has the wrong type or format, or
// when the key itself is unknown (usually a typo).
import { z } from 'zod';
import { keysOf, type KeyDef, type ValueForm } from '../data/frontmatter';
import { KINDS, type Kind } from '../vocabulary';

const text = z.string().min(1);

function leaf(form: ValueForm): z.ZodType {
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
      return z.union([text, z.array(text).min(1)]);
    case 'text-list':
      return z.array(text);
    case 'enum':
      return z.enum(form.values as [string, ...string[]]);
    case 'enum-or-list': {
      const one = z.enum(form.values as [string, ...string[]]);
      return z.union([one, z.array(one).min(1)]);
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

function shape(rows: readonly KeyDef[], parent: string): z.ZodType {
  const fields: Record<string, z.ZodType> = {};
  for (const row of childrenOf(rows, parent)) {
    const name = row.path.slice(parent ? parent.length + 1 : 0);
    let value: z.ZodType;
    if (row.value.form === 'mapping') value = shape(rows, row.path);
    else if (row.value.form === 'list') value = z.array(shape(rows, `${row.path}[]`));
    else value = leaf(row.value);
    fields[name] = row.itemKey ? value : value.optional();
  }
  return z.strictObject(fields);
}

function schemaOf(kind: Kind): z.ZodType {
  const rows = keysOf(kind);
  const top = shape(rows, '') as z.ZodObject;
  // `submission` is what makes the file a submission: the one key no kind can do without.
  return top.extend({ submission: z.enum(KINDS) });
}

export const SCHEMAS: Record<Kind, z.ZodType> = Object.fromEntries(KINDS.map((k) => [k, schemaOf(k)])) as Record<Kind, z.ZodType>;

/**
 * Every key a kind knows under a written path ("applicant", "warrants.0"), for "did you mean"
 * suggestions on unknown keys.
 */
export function knownKeys(kind: Kind, path: readonly (string | number)[]): string[] {
  const parent = path.map((p) => (typeof p === 'number' || /^\d+$/.test(String(p)) ? '[]' : String(p))).join('.').replace(/\.\[\]/g, '[]');
  return childrenOf(keysOf(kind), parent).map((r) => r.path.slice(parent ? parent.length + 1 : 0));
}
