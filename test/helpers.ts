// Shared by the unit tests: parse + check with a fixed date, and small text utilities.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSubmission } from '../server/src/core/parse';
import { checkSubmission, type Finding } from '../server/src/rules/index';

export const TODAY = '2026-11-22';
export const ROOT = path.resolve(__dirname, '..');

export function check(text: string, fileDir?: string): Finding[] {
  const sub = parseSubmission(text);
  return checkSubmission(sub, {
    today: TODAY,
    fileExists: fileDir ? (rel) => fs.existsSync(path.resolve(fileDir, rel)) : undefined,
  });
}

export function codes(findings: Finding[], severity?: Finding['severity']): string[] {
  return findings.filter((f) => !severity || f.severity === severity).map((f) => f.code);
}

export function examples(): { name: string; file: string; text: string }[] {
  const dir = path.join(ROOT, 'examples');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: f, file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Removes the lines of a frontmatter key and its nested block. */
export function removeKey(text: string, key: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start < 0) return text;
  let end = start + 1;
  while (end < lines.length && /^(\s+|-\s)/.test(lines[end]) && lines[end] !== '---') end++;
  lines.splice(start, end - start);
  return lines.join('\n');
}

/** Removes a section: its heading and everything up to the next heading of the same or a higher level. */
export function removeSection(text: string, headingStart: number, sectionEnd: number): string {
  return text.slice(0, headingStart) + text.slice(sectionEnd);
}
