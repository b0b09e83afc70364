// Quick fixes as text edits: pure functions of the parsed submission, so the CLI, the server and
// tests compute the same edits. Insertions follow the document's line endings and indentation.
import type { Fix, SectionId, Span } from '../vocabulary';
import { SECTION_BY_ID, SECTION_ORDER, sectionTitle } from '../data/sections';
import { FIX_TITLES, prompt } from '../data/skeletons';
import { keySkeleton } from './skeletons';
import { fill } from './text';
import type { Submission } from './model';
import { endOf, startOf } from './nodes';
import { renumberFrom } from './paragraphs';
import { paragraphIndex } from './paragraphReferences';
import { eolOf, lineOf } from './text';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface FixEdit {
  title: string;
  edits: TextEdit[];
}

export function editForFix(sub: Submission, fix: Fix): FixEdit | undefined {
  const lang = sub.language;
  switch (fix.kind) {
    case 'insert-section': {
      const name = sectionTitle(fix.section, sub.kind, lang);
      return { title: fill(FIX_TITLES.insertSection[lang], { name }), edits: [insertSection(sub, fix.section)] };
    }
    case 'add-key': {
      const edit = addKey(sub, fix.path);
      return edit && { title: fill(FIX_TITLES.addKey[lang], { key: fix.path }), edits: [edit] };
    }
    case 'declare-exhibit': {
      const edit = declareExhibit(sub, fix.id);
      return edit && { title: fill(FIX_TITLES.declareExhibit[lang], { id: fix.id }), edits: [edit] };
    }
    case 'rename-key':
      if (!canRename(sub, fix.span, fix.to)) return undefined;
      return { title: fill(FIX_TITLES.renameKey[lang], { to: fix.to }), edits: [{ span: fix.span, newText: fix.to }] };
    case 'replace':
      return { title: fix.title, edits: [{ span: fix.span, newText: fix.text }] };
    case 'renumber':
      return renumbering(sub, fix.break);
  }
}

/**
 * One replacement from the first number changed to the last, so the fix is a single edit; the
 * break itself is always renumbered (its written number is not the one expected), and the title
 * says whether more follow. The numbering is the one the check read (paragraphIndex, kept per
 * submission).
 */
function renumbering(sub: Submission, breakIndex: number): FixEdit | undefined {
  const numbering = paragraphIndex(sub).numbering;
  const at = numbering.breaks[breakIndex];
  if (!at) return undefined;
  const edits = renumberFrom(numbering, at.index);
  if (edits.length === 0) return undefined;
  const start = edits[0].span.start;
  const end = edits[edits.length - 1].span.end;
  let out = '';
  let from = start;
  for (const e of edits) {
    out += sub.source.slice(from, e.span.start) + e.text;
    from = e.span.end;
  }
  return { title: `${at.written}. → ${at.expected}.${edits.length > 1 ? ' …' : ''}`, edits: [{ span: { start, end }, newText: out }] };
}

/** A heading (at the depth the document's sections use) and a prompt, placed in the usual order. */
export function sectionSkeleton(sub: Submission, section: SectionId, depth: number): string {
  const def = SECTION_BY_ID.get(section)!;
  const eol = eolOf(sub.source);
  return `${'#'.repeat(depth)} ${sectionTitle(section, sub.kind, sub.language)}${eol}${eol}{{${def.prompt[sub.language]}}}${eol}${eol}`;
}

function insertSection(sub: Submission, section: SectionId): TextEdit {
  const depths = sub.sections.map((s) => s.heading.depth);
  const rank = SECTION_ORDER.indexOf(section);
  const next = sub.sections.find((s) => SECTION_ORDER.indexOf(s.id) > rank);
  // Before a section, at its depth: a shallower heading would hold it and become a title, not a section.
  const depth = next ? next.heading.depth : depths.length ? mostCommon(depths) : 2;
  const skeleton = sectionSkeleton(sub, section, depth);
  if (next) return { span: { start: next.heading.span.start, end: next.heading.span.start }, newText: skeleton };
  // A code block or comment left open at the end would swallow a heading written after it: the
  // section goes before it, and what the lawyer wrote keeps its meaning.
  const open = openAtEnd(sub);
  if (open !== undefined) return { span: { start: open, end: open }, newText: skeleton };
  // At the end, after a blank line.
  const eol = eolOf(sub.source);
  const text = sub.source;
  // The line breaks that end the text ("\n" or "\r\n" each), read back from its end.
  let at = text.length;
  while (at > 0 && (text.charCodeAt(at - 1) === 10 || (text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10))) at--;
  return { span: { start: at, end: text.length }, newText: `${at > 0 ? eol + eol : ''}${skeleton.replace(/(\r?\n)+$/, '')}${eol}` };
}

/** The start of the line where a fenced code block or an HTML comment opens and never closes, if the text ends in one. */
function openAtEnd(sub: Submission): number | undefined {
  const last = sub.tree.children[sub.tree.children.length - 1];
  if (!last || (last.type !== 'code' && last.type !== 'html')) return undefined;
  const start = startOf(last);
  const source = sub.source.slice(start, endOf(last));
  let open = false;
  if (last.type === 'html') open = source.startsWith('<!--') && !source.includes('-->');
  else {
    const fence = /^(`{3,}|~{3,})/.exec(source);
    const lines = source.split(/\r?\n/);
    const closing = fence && new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`);
    open = !!closing && (lines.length < 2 || !closing.test(lines[lines.length - 1]));
  }
  return open ? sub.source.lastIndexOf('\n', start - 1) + 1 : undefined;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function addKey(sub: Submission, path: string): TextEdit | undefined {
  const fm = sub.frontmatter;
  // A key already written (even empty or invalid) is not written twice: that would be invalid YAML.
  if (!fm || fm.locations.has(path)) return undefined;
  const parts = path.split('.');
  // Insert under the deepest ancestor that exists as a block mapping, or at the top level.
  for (let n = parts.length - 1; n >= 1; n--) {
    const parent = fm.locations.get(parts.slice(0, n).join('.'));
    if (!parent) continue;
    if (!isBlockValue(sub, parent.value)) return undefined;
    const childIndent = firstChildIndent(sub, parts.slice(0, n).join('.')) ?? parent.indent + 2;
    const lines = skeletonFor(sub, parts.slice(0, n).join('.'), parts.slice(n));
    return insertLines(sub, endOfLine(sub, parent.value.end), lines, childIndent);
  }
  return insertLines(sub, fm.content.end, skeletonFor(sub, '', parts), 0);
}

/** Skeleton lines for the missing part of a key path under `parent`: parents not yet written are written around the leaf. */
function skeletonFor(sub: Submission, parent: string, parts: string[]): string[] {
  let lines = keySkeleton(sub.kind, [parent, ...parts].filter(Boolean).join('.'), sub.language);
  for (let i = parts.length - 2; i >= 0; i--) lines = [`${parts[i]}:`, ...lines.map((l) => `  ${l}`)];
  return lines;
}

/**
 * Whether an exhibit can be declared without breaking the YAML: `exhibits` absent, empty, or a
 * list written in block style. A mapping, a scalar or a flow list (`[…]`) is left to the user.
 */
export function canDeclareExhibits(sub: Submission): boolean {
  const fm = sub.frontmatter;
  if (!fm) return false;
  const list = fm.locations.get('exhibits');
  if (!list) return true;
  if (fm.placeholders.has('exhibits')) return false;
  const value = fm.raw?.exhibits;
  if (value !== null && value !== undefined && !Array.isArray(value)) return false;
  // An empty value (`exhibits:`) ends where its key does; anything written after it must be a block list.
  return list.value.start === list.value.end || isBlockValue(sub, list.value);
}

/** A key may be renamed only to a name its mapping does not hold yet (a duplicate key is invalid YAML). */
function canRename(sub: Submission, span: Span, to: string): boolean {
  const fm = sub.frontmatter;
  if (!fm) return false;
  for (const [path, loc] of fm.locations) {
    if (loc.key?.start !== span.start || loc.key.end !== span.end) continue;
    const parent = path.slice(0, Math.max(0, path.lastIndexOf('.')));
    return !fm.locations.has(parent ? `${parent}.${to}` : to);
  }
  return true;
}

function declareExhibit(sub: Submission, id: string): TextEdit | undefined {
  const fm = sub.frontmatter;
  if (!fm || !canDeclareExhibits(sub)) return undefined;
  const item = [`- id: ${id}`, `  title: "${prompt('exhibitTitle', sub.language, { id })}"`];
  const list = fm.locations.get('exhibits');
  if (!list) return insertLines(sub, fm.content.end, ['exhibits:', ...item.map((l) => `  ${l}`)], 0);
  if (!isBlockValue(sub, list.value)) return undefined;
  const last = sub.exhibits.length - 1;
  const first = fm.locations.get('exhibits.0');
  if (!first) return insertLines(sub, endOfLine(sub, list.value.end), item, list.indent + 2);
  const lineStart = sub.lineStarts[lineOf(sub.lineStarts, first.value.start)];
  const dash = sub.source.slice(lineStart, first.value.start).lastIndexOf('-');
  const lastItem = fm.locations.get(`exhibits.${last}`) ?? first;
  return insertLines(sub, endOfLine(sub, lastItem.value.end), item, dash >= 0 ? dash : list.indent + 2);
}

function firstChildIndent(sub: Submission, parentPath: string): number | undefined {
  for (const [path, loc] of sub.frontmatter!.locations) {
    if (path.startsWith(`${parentPath}.`) && !path.slice(parentPath.length + 1).includes('.') && loc.key) return loc.indent;
  }
  return undefined;
}

/** Block style ("key:\n  child: x"), as opposed to flow style ("key: {child: x}"), which we do not edit. */
function isBlockValue(sub: Submission, value: Span): boolean {
  const ch = sub.source.charAt(value.start);
  return ch !== '{' && ch !== '[';
}

function endOfLine(sub: Submission, offset: number): number {
  // A YAML node's range may end after its trailing newline; step back onto its last line.
  let at = offset;
  while (at > 0 && (sub.source.charAt(at - 1) === '\n' || sub.source.charAt(at - 1) === '\r')) at--;
  const line = lineOf(sub.lineStarts, at);
  const next = sub.lineStarts[line + 1];
  return next === undefined ? sub.source.length : next;
}

function insertLines(sub: Submission, at: number, lines: string[], indent: number): TextEdit {
  const eol = eolOf(sub.source);
  const pad = ' '.repeat(indent);
  let text = lines.map((l) => pad + l + eol).join('');
  const atLineStart = at === 0 || sub.source.charAt(at - 1) === '\n';
  if (!atLineStart) text = eol + text;
  return { span: { start: at, end: at }, newText: text };
}
