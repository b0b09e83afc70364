// text → Submission: the single parse every feature (checks, outline, hover, completion, export) reads.
import { findCitations } from './citations';
import { findExhibitCitations, normalizeExhibitId } from './exhibits';
import { parseFrontmatter } from './frontmatter';
import { parseMarkdown } from './markdown';
import { KINDS, LANGUAGES, type Exhibit, type Kind, type Language, type Submission, type Warrant } from './model';
import { collectHeadings, collectSections } from './sections';
import { findSuppressions } from './suppressions';
import { computeLineStarts, PLACEHOLDER } from './text';

/** Beyond this the body is not parsed: micromark would take tens of seconds (docs/performance.md). */
export const MAX_BODY_CHARS = 3_000_000;

export interface ParseOptions {
  maxBodyChars?: number;
}

export function parseSubmission(text: string, options: ParseOptions = {}): Submission {
  const lineStarts = computeLineStarts(text);
  const frontmatter = parseFrontmatter(text, lineStarts);
  const raw = frontmatter?.raw;
  // Broken YAML may hide the key from the parser; the file is still meant to be a submission.
  const isSubmission =
    (raw !== undefined && 'submission' in raw) ||
    (!!frontmatter?.syntaxErrors.length && /^submission\s*:/m.test(text.slice(frontmatter.content.start, frontmatter.content.end)));
  const kind = KINDS.includes(raw?.submission as Kind) ? (raw!.submission as Kind) : undefined;
  const declaredLanguage = LANGUAGES.includes(raw?.language as Language) ? (raw!.language as Language) : undefined;
  const bodyStart = frontmatter ? frontmatter.span.end : 0;

  const oversized = isSubmission && text.length > (options.maxBodyChars ?? MAX_BODY_CHARS);
  const readBody = isSubmission && !oversized;
  // Plain Markdown files get nothing, so they cost nothing beyond finding the frontmatter.
  const tree = readBody ? parseMarkdown(text) : { type: 'root' as const, children: [] };
  tree.children = tree.children.filter((n) => (n.position?.start.offset ?? 0) >= bodyStart && n.type !== 'yaml');
  const headings = collectHeadings(tree, bodyStart);
  const sections = collectSections(tree, headings, text.length);

  return {
    text,
    frontmatter,
    isSubmission,
    kind,
    declaredLanguage,
    language: declaredLanguage ?? 'en',
    tree,
    headings,
    sections,
    citations: readBody ? findCitations(text, bodyStart) : [],
    exhibitCitations: readBody ? findExhibitCitations(text, bodyStart) : [],
    warrants: listOf(raw?.warrants).map(toWarrant),
    exhibits: listOf(raw?.exhibits).map(toExhibit),
    placeholders: readBody ? findPlaceholders(text, bodyStart) : [],
    suppressions: readBody ? findSuppressions(text, lineStarts) : { file: new Set(), lines: new Map() },
    oversized,
    lineStarts,
  };
}

function listOf(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}));
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function toWarrant(w: Record<string, unknown>, index: number): Warrant {
  return {
    id: str(w.id),
    type: str(w.type),
    authority: str(w.authority),
    date: str(w.date),
    reference: str(w.reference),
    status: str(w.status),
    index,
  };
}

function toExhibit(e: Record<string, unknown>, index: number): Exhibit {
  return { id: normalizeExhibitId(e.id), title: str(e.title), date: str(e.date), file: str(e.file), index };
}

function findPlaceholders(text: string, from: number) {
  const spans = [];
  PLACEHOLDER.lastIndex = from;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
