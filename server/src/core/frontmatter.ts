// Finds the YAML frontmatter block and reads it with node positions, so every problem can be
// reported on the key or value that causes it. Shape validation (zod) lives in schema.ts.
import type { Span, YamlErrorKind } from '../vocabulary';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Frontmatter, YamlLocation } from './model';
import { detach, isPlaceholderValue, lineOf } from './text';

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Locates the block: `---` on the very first line, closed by `---` or `...`. While the closing
 * line is not typed yet, the block is taken to end at the first blank line, so that the body
 * below is not read as YAML.
 */
export function findFrontmatter(text: string): { span: Span; content: Span; closed: boolean } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEnd(text, bom);
  if (!FENCE.test(text.slice(bom, firstEnd))) return undefined;
  const contentStart = nextLine(text, firstEnd);
  let pos = contentStart;
  let firstBlank: number | undefined;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const line = text.slice(pos, end);
    if (CLOSE.test(line)) {
      return { span: { start: bom, end }, content: { start: contentStart, end: pos }, closed: true };
    }
    if (firstBlank === undefined && line.trim() === '') firstBlank = pos;
    pos = nextLine(text, end);
  }
  const end = firstBlank ?? text.length;
  return { span: { start: bom, end }, content: { start: contentStart, end }, closed: false };
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function nextLine(text: string, end: number): number {
  if (text[end] === '\r' && text[end + 1] === '\n') return end + 2;
  return end < text.length ? end + 1 : end;
}

export function parseFrontmatter(text: string, lineStarts: readonly number[]): Frontmatter | undefined {
  const found = findFrontmatter(text);
  if (!found) return undefined;
  const { content } = found;
  // The values read from it are kept while the frontmatter is unchanged, over many versions.
  const source = detach(text.slice(content.start, content.end));
  const base = content.start;
  const fm: Frontmatter = {
    span: found.span,
    content,
    raw: undefined,
    locations: new Map(),
    placeholders: new Map(),
    closed: found.closed,
    syntaxErrors: [],
  };
  if (!found.closed) {
    fm.syntaxErrors.push({ kind: 'unclosed-frontmatter', detail: 'no closing ---', span: { start: found.span.start, end: found.span.start + 3 } });
  }

  // Duplicate keys are found in the walk below: the library's own check compares each key with
  // every key before it, which takes seconds on a mapping of tens of thousands of keys.
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false, strict: false });
  for (const err of doc.errors) {
    const detail = err.message.split('\n')[0];
    const kind = errorKind(err.code, detail);
    // The library notices an unclosed quote or bracket where the document ends; point at where it opens.
    const opened = kind === 'unclosed-quote' || kind === 'unclosed-bracket' ? openingOf(source, err.pos[0], detail) : undefined;
    const start = base + (opened?.start ?? Math.min(err.pos[0], source.length));
    const end = base + (opened?.end ?? Math.min(Math.max(err.pos[1], err.pos[0] + 1), source.length));
    fm.syntaxErrors.push({ kind, detail, span: { start, end: Math.max(end, start) } });
  }

  const indentOf = (offset: number) => offset - lineStarts[lineOf(lineStarts, offset)];
  const spanOf = (node: YamlNode): Span => {
    const [s, e] = node.range ?? [0, 0];
    return { start: base + s, end: base + e };
  };

  // Builds plain data and the location index in one walk; placeholder values are left out of the
  // data so that "fill me in" counts as missing.
  const walk = (node: unknown, path: string): unknown => {
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
        if (key === undefined) continue;
        const childPath = path ? `${path}.${key}` : key;
        const keySpan = spanOf(keyNode as YamlNode);
        // As YAML compares keys: by value, so `1` and `"1"` are two keys.
        if (seen.has((keyNode as { value: unknown }).value)) fm.syntaxErrors.push({ kind: 'duplicate-key', detail: 'Map keys must be unique', span: keySpan });
        seen.add((keyNode as { value: unknown }).value);
        const valueNode = pair.value as YamlNode | null;
        const value: Span = valueNode?.range ? spanOf(valueNode) : { start: keySpan.end, end: keySpan.end };
        const loc: YamlLocation = { key: keySpan, value, indent: indentOf(keySpan.start) };
        fm.locations.set(childPath, loc);
        const v = walk(valueNode, childPath);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      node.items.forEach((item, i) => {
        const childPath = `${path}.${i}`;
        const itemNode = item as YamlNode | null;
        if (itemNode?.range) {
          const value = spanOf(itemNode);
          fm.locations.set(childPath, { value, indent: indentOf(value.start) });
        }
        const v = walk(itemNode, childPath);
        // A prompt standing alone in a list ("- '{{Person served}}'") is no item yet.
        if (v !== undefined || !fm.placeholders.has(childPath)) out.push(v);
      });
      return out;
    }
    if (isScalar(node)) {
      if (typeof node.value === 'string' && isPlaceholderValue(node.value)) {
        fm.placeholders.set(path, spanOf(node as YamlNode));
        return undefined;
      }
      // An empty value ("name:") stays null: the key is written but holds nothing.
      return node.value;
    }
    return undefined;
  };

  const data = walk(doc.contents, '');
  if (data && typeof data === 'object' && !Array.isArray(data)) fm.raw = data as Record<string, unknown>;
  return fm;
}

function errorKind(code: string, detail: string): YamlErrorKind {
  if (code === 'MISSING_CHAR' && /quote/i.test(detail)) return 'unclosed-quote';
  if (code === 'MISSING_CHAR' || /end with a [\]}]/.test(detail)) return 'unclosed-bracket';
  if (code === 'TAB_AS_INDENT') return 'tab';
  if (code === 'DUPLICATE_KEY') return 'duplicate-key';
  if (code === 'BAD_INDENT') return 'indentation';
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || code === 'MISSING_KEY') return 'not-key-value';
  if (code === 'UNEXPECTED_TOKEN' || code === 'BAD_SCALAR_START' || code === 'UNEXPECTED_END') return 'unexpected';
  return 'other';
}

/** The nearest line above `pos` where a quote or bracket opens without closing on that line. */
function openingOf(source: string, pos: number, detail: string): Span | undefined {
  const quote = /"quote/.test(detail) ? '"' : /'quote/.test(detail) ? "'" : undefined;
  const lines = source.slice(0, Math.min(pos, source.length)).split('\n');
  let offset = source.slice(0, Math.min(pos, source.length)).length;
  for (let i = lines.length - 1; i >= 0; i--) {
    offset -= lines[i].length + (i < lines.length - 1 ? 1 : 0);
    const line = lines[i];
    const open = quote
      ? (line.split(quote).length - 1) % 2 === 1 && line.indexOf(quote)
      : count(line, '[') + count(line, '{') > count(line, ']') + count(line, '}') && line.search(/[[{]/);
    if (typeof open === 'number' && open >= 0) return { start: offset + open, end: offset + line.length };
  }
  return undefined;
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** Reads a dotted path from plain data. */
export function getPath(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
