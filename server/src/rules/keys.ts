// Reading the frontmatter: a key's value, whether it is there, and where to point at it.
import { REQUEST_TYPES, type RequestType, type Span } from '../vocabulary';
import { getPath } from '../core/frontmatter';
import type { Submission } from '../core/model';

export function valueAt(sub: Submission, path: string): unknown {
  return getPath(sub.frontmatter?.raw, path);
}

/** A key path as a lawyer reads it: list positions count from 1 ("warrants › 1 › status"). */
export function displayPath(path: string): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part))
    .join(' › ');
}

export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The key's own span, else its nearest written ancestor's, else the `submission:` key, else the first line. */
export function anchorFor(sub: Submission, path: string): Span {
  const fm = sub.frontmatter;
  if (!fm) return { start: 0, end: 0 };
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const loc = fm.locations.get(parts.slice(0, n).join('.'));
    if (loc) return loc.key ?? loc.value;
  }
  const submission = fm.locations.get('submission');
  return submission?.key ?? { start: fm.span.start, end: fm.span.start + 3 };
}

/** Where a value sits (for "this value is wrong"), falling back to its key or ancestors. */
export function valueSpan(sub: Submission, path: string): Span {
  const loc = sub.frontmatter?.locations.get(path);
  if (loc && loc.value.end > loc.value.start) return loc.value;
  return anchorFor(sub, path);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

export function requestTypes(sub: Submission): RequestType[] {
  const value = valueAt(sub, 'request');
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is RequestType => REQUEST_TYPES.includes(v as RequestType));
}
