// The YAML the product writes when it adds a key (quick fixes, templates): the data's own
// skeleton where there is one, else derived from the key table, with prompts in the document's
// language. Prompts are in {{double braces}} and quoted, so the YAML stays valid and the checks
// keep flagging them until they are filled in.
import { keysOf } from '../data/frontmatter';
import { KEY_SKELETONS, prompt, type PromptId } from '../data/skeletons';
import type { Kind, Language } from '../vocabulary';

export function keySkeleton(kind: Kind | undefined, path: string, language: Language): string[] {
  return skeleton(kind, path).map((line) => line.replace(/\{\{@(\w+)\}\}/g, (_m, id: string) => prompt(id as PromptId, language)));
}

function skeleton(kind: Kind | undefined, path: string): string[] {
  const name = path.slice(path.lastIndexOf('.') + 1);
  return KEY_SKELETONS[path] ?? KEY_SKELETONS[name] ?? derived(kind, path, name);
}

function derived(kind: Kind | undefined, path: string, name: string): string[] {
  const row = kind ? keysOf(kind).find((k) => k.path === path) : undefined;
  if (row?.value.form === 'mapping') {
    const children = keysOf(kind!).filter((k) => k.required && k.path.startsWith(`${path}.`) && !k.path.slice(path.length + 1).includes('.'));
    return [`${name}:`, ...children.flatMap((c) => skeleton(kind, c.path).map((l) => `  ${l}`))];
  }
  if (row?.value.form === 'date') return [`${name}: "{{@ymd}}"`];
  if (row?.prompt) return [`${name}: "{{@${row.prompt}}}"`];
  return [`${name}: "{{…}}"`];
}
