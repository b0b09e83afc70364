// Shared by the export tests: fixtures, rendering, reading a DOCX's XML, finding Debian tools.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSubmission } from '../../server/src/core/parse';
import type { Submission } from '../../server/src/core/model';
import { renderSubmission, type ExportFormat } from '../../server/src/export/index';
import { readZipEntry } from '../../server/src/export/zip';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(__dirname, 'fixtures');

/** Every shipped example plus the export fixtures (French, Spanish, Arabic). */
export function exampleFiles(): string[] {
  const list = (dir: string) =>
    fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f)) : [];
  return [...list(path.join(ROOT, 'examples')), ...list(FIXTURES)];
}

export function load(file: string): Submission {
  return parseSubmission(fs.readFileSync(file, 'utf8'));
}

export function submission(markdown: string): Submission {
  return parseSubmission(markdown);
}

export async function render(format: ExportFormat, sub: Submission, opts: { draft?: boolean; paper?: 'a4' | 'letter'; referenceDocx?: string; baseDir?: string } = {}): Promise<Buffer> {
  const bytes = await renderSubmission(format, {
    submission: sub,
    draft: opts.draft ?? false,
    settings: { paper: opts.paper ?? 'a4', referenceDocx: opts.referenceDocx },
    baseDir: opts.baseDir ?? ROOT,
  });
  return Buffer.from(bytes);
}

export function docxPart(docx: Buffer, part: string): string {
  const entry = readZipEntry(docx, part);
  if (!entry) throw new Error(`${part} is missing from the DOCX`);
  return entry.toString('utf8');
}

export function tempDir(prefix = 'export-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const DEBIAN_PACKAGE: Record<string, string> = {
  qpdf: 'qpdf',
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  libreoffice: 'libreoffice-writer-nogui',
};

/** The path of a Debian tool the consumer checks need, or an error that says how to install it. */
export function requireTool(name: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (found.status !== 0 || !found.stdout.trim()) {
    throw new Error(`${name} is not installed; the export consumer checks need it: apt-get install -y ${DEBIAN_PACKAGE[name] ?? name}`);
  }
  return found.stdout.trim();
}

export function run(tool: string, args: string[], options: { timeout?: number } = {}): string {
  return execFileSync(requireTool(tool), args, { encoding: 'utf8', timeout: options.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024 });
}

/** pdftotext output with the bidi marks poppler adds around embedded runs taken out, spaces collapsed. */
export function pdfText(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-'])
    .replace(/[\u202a-\u202e\u200e\u200f]/g, '')
    .replace(/[ \t]+/g, ' ');
}

/** The same text with all whitespace collapsed to single spaces, for phrase checks across lines. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
