// Reading the exhibits: where each file is, what it is (PDF, JPEG or PNG, told by its first bytes,
// not its name), and whether it can be put in a bundle. A PDF is opened with @cantoo/pdf-lib and
// refused when it needs a password, has no pages, or is cut short or damaged (the library would
// otherwise recover what it can and a bundle would silently lack pages); an image is measured from
// its header (image-size) before anything decodes it.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { imageSize } from 'image-size';
import { EncryptedPDFError, PDFArray, PDFDict, PDFDocument, PDFInvalidObject, PDFName, PDFRef, PDFStream, type PDFObject } from '@cantoo/pdf-lib';
import type { Exhibit } from '../../core/model';
import { normalizeExhibitId } from '../../core/exhibits';
import type { Kind, Language } from '../../vocabulary';
import { exhibitName, problemText, type ExhibitProblemReason } from './labels';
import type { ExhibitProblem } from './model';

export type ExhibitType = 'pdf' | 'jpeg' | 'png';

/** Images beyond this many pixels are refused: a PNG is decoded whole, four bytes a pixel. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Where a PDF must say %%EOF: within its last KiB, as readers look for it. */
const EOF_WINDOW = 1024;
/** Enough of a file's start to tell its type and read an image's header (EXIF thumbnails included). */
const HEAD_BYTES = 256 * 1024;

export interface ExhibitFile {
  id: string;
  title?: string;
  date?: string;
  /** As declared. */
  file: string;
  /** Absolute. */
  path: string;
  type: ExhibitType;
  size: number;
}

export interface ImageInfo {
  width: number;
  height: number;
  /** EXIF orientation, 1 to 8 (1: as stored). */
  orientation: number;
}

export class ExhibitError extends Error {
  constructor(
    readonly reason: ExhibitProblemReason,
    readonly detail?: string,
  ) {
    super(detail ?? reason);
  }
}

export interface Context {
  language: Language;
  kind: Kind | undefined;
  baseDir: string;
}

export function problem(ctx: Context, exhibit: Pick<Exhibit, 'id' | 'file'>, reason: ExhibitProblemReason, detail?: string): ExhibitProblem {
  const id = normalizeExhibitId(exhibit.id) ?? '?';
  return { id, file: exhibit.file, reason, message: `${exhibitName(ctx.language, ctx.kind, id)}: ${problemText(ctx.language, reason, exhibit.file, detail)}` };
}

/** Finds an exhibit's file and tells its type from its first bytes; throws ExhibitError. */
export async function locateExhibit(exhibit: Exhibit, baseDir: string): Promise<ExhibitFile> {
  const id = normalizeExhibitId(exhibit.id);
  const file = exhibit.file?.trim();
  if (!file) throw new ExhibitError('no-file');
  const absolute = path.resolve(baseDir, file);
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(absolute, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ExhibitError('not-found');
    throw new ExhibitError('unreadable', systemReason(err));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new ExhibitError('unreadable', 'it is a folder');
    const head = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    if (head.length > 0) await handle.read(head, 0, head.length, 0);
    const type = sniff(head);
    if (!type) throw new ExhibitError('unsupported');
    if (type !== 'pdf') imageInfo(head, type);
    return { id: id ?? '?', title: exhibit.title, date: exhibit.date, file, path: absolute, type, size: stat.size };
  } catch (err) {
    if (err instanceof ExhibitError) throw err;
    throw new ExhibitError('unreadable', systemReason(err));
  } finally {
    await handle.close();
  }
}

export async function readExhibit(file: ExhibitFile): Promise<Buffer> {
  try {
    return await fsp.readFile(file.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ExhibitError(code === 'ENOENT' ? 'not-found' : 'unreadable', systemReason(err));
  }
}

/** PDF, JPEG or PNG from the magic bytes; a PDF may have up to a KiB of junk before "%PDF-". */
export function sniff(head: Uint8Array): ExhibitType | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'png';
  const start = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 1024)).indexOf('%PDF-');
  return start >= 0 ? 'pdf' : undefined;
}

/** An image's size and orientation from its header; throws ExhibitError when it is damaged or too large. */
export function imageInfo(bytes: Uint8Array, type: 'jpeg' | 'png'): ImageInfo {
  let info: ReturnType<typeof imageSize>;
  try {
    info = imageSize(bytes);
  } catch (err) {
    throw new ExhibitError('corrupt', `unreadable ${type.toUpperCase()} header: ${(err as Error).message}`);
  }
  const width = info.width ?? 0;
  const height = info.height ?? 0;
  if (!width || !height) throw new ExhibitError('corrupt', `the ${type.toUpperCase()} header gives no size`);
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new ExhibitError('too-large', `${width} × ${height} pixels; at most ${MAX_IMAGE_PIXELS / 1e6} million`);
  }
  const orientation = info.orientation && info.orientation >= 1 && info.orientation <= 8 ? info.orientation : 1;
  return { width, height, orientation };
}

/** A whole JPEG ends with its EOI marker (FF D9); a file cut short does not. */
export function checkJpegComplete(bytes: Uint8Array): void {
  const from = Math.max(0, bytes.length - EOF_WINDOW);
  for (let i = bytes.length - 2; i >= from; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return;
  throw new ExhibitError('corrupt', 'the end of the image is missing');
}

export interface OpenedPdf {
  doc: PDFDocument;
  /** Opened without a password although encrypted: it only restricts changes. */
  restricted: boolean;
}

/** Opens an exhibit PDF, refusing one that needs a password, has no pages or is damaged. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  if (!endsWithEof(bytes)) throw new ExhibitError('corrupt', 'the end of the file is missing');
  const options = { updateMetadata: false };
  let doc: PDFDocument;
  let restricted = false;
  try {
    doc = await PDFDocument.load(bytes, options);
  } catch (err) {
    if (!(err instanceof EncryptedPDFError)) throw new ExhibitError('corrupt', firstLine(err));
    // Encrypted with an empty user password: it opens in any reader and only restricts changes.
    try {
      doc = await PDFDocument.load(bytes, { ...options, password: '' });
      restricted = true;
    } catch {
      throw new ExhibitError('encrypted');
    }
  }
  if (doc.getPageCount() === 0) throw new ExhibitError('empty');
  const missing = firstMissingObject(doc);
  if (missing) throw new ExhibitError('corrupt', `object ${missing} is missing or unreadable`);
  return { doc, restricted };
}

function endsWithEof(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - EOF_WINDOW));
  return tail.includes('%%EOF');
}

/**
 * The first object that a page needs (its contents, resources, annotations, inherited attributes)
 * and that the file does not hold, or holds in a form the parser could not read: what a file cut
 * short or badly repaired lacks.
 */
export function firstMissingObject(doc: PDFDocument): string | undefined {
  const { context } = doc;
  const seen = new Set<PDFObject>();
  const stack: PDFObject[] = [];
  const inheritable = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map((n) => PDFName.of(n));
  for (const page of doc.getPages()) {
    for (const [key, value] of page.node.entries()) if (key !== PDFName.of('Parent')) stack.push(value);
    for (const name of inheritable) {
      const value = page.node.getInheritableAttribute(name);
      if (value) stack.push(value);
    }
  }
  while (stack.length) {
    const obj = stack.pop()!;
    if (seen.has(obj)) continue;
    seen.add(obj);
    if (obj instanceof PDFRef) {
      const target = context.lookup(obj);
      if (target === undefined || target instanceof PDFInvalidObject) return `${obj.objectNumber} ${obj.generationNumber}`;
      stack.push(target);
    } else if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) if (key !== PDFName.of('Parent') && key !== PDFName.of('P')) stack.push(value);
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) stack.push(obj.get(i));
    } else if (obj instanceof PDFStream) {
      stack.push(obj.dict);
    }
  }
  return undefined;
}

function systemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return firstLine(err);
}

function firstLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0].slice(0, 200);
}
