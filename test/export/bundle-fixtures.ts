// Exhibits of the kind lawyers bundle, made by the tests themselves: PDFs of several page sizes and
// rotations, a scanned-style JPEG (rendered by pdftoppm, turned by its EXIF orientation), a PNG,
// a PDF locked with a password, one that only restricts changes, one cut short, a Word file, an
// image too large to decode, and a submission that declares them.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { degrees, PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { requireTool, tempDir } from './helpers';

export interface PageSpec {
  width: number;
  height: number;
  rotate?: number;
}

/** A PDF whose page i says "<marker> page i" near its top-left corner, upright as the page is shown. */
export async function makePdf(file: string, marker: string, pages: PageSpec[], options: { upright?: boolean } = {}): Promise<void> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  pages.forEach((spec, i) => {
    const page = doc.addPage([spec.width, spec.height]);
    page.setRotation(degrees(spec.rotate ?? 0));
    // Written the way up the page is shown: a page stored sideways with /Rotate reads upright.
    const r = options.upright === false ? 0 : ((spec.rotate ?? 0) % 360 + 360) % 360;
    const shownH = r % 180 ? spec.width : spec.height;
    // (upright: false writes it unturned: the page then shows it sideways.)
    const [dx, dy] = [60, shownH - 80];
    const [x, y] = r === 90 ? [spec.width - dy, dx] : r === 180 ? [spec.width - dx, spec.height - dy] : r === 270 ? [dy, spec.height - dx] : [dx, dy];
    page.drawText(`${marker} page ${i + 1}`, { x, y, size: 20, font, rotate: degrees(r) });
    // Ink to the edges, as a scan has: the stamp must stay readable on it.
    page.drawRectangle({ x: 0, y: 0, width: spec.width, height: 20, borderWidth: 0 });
  });
  fs.writeFileSync(file, await doc.save());
}

/** Inserts an EXIF block with `orientation` after the JPEG's start marker. */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, payload, jpeg.subarray(2)]);
}

/** A PNG header that claims `width` × `height` (image-size reads no further). */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(13);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), len, Buffer.from('IHDR', 'latin1'), ihdr, Buffer.alloc(4), Buffer.alloc(64)]);
}

export const A4 = { width: 595.28, height: 841.89 };
export const LETTER = { width: 612, height: 792 };

export interface ExhibitsFolder {
  dir: string;
  /** file name → pages it holds in the bundle (without its divider). */
  pages: Record<string, number>;
}

/** The good exhibits, in a fresh folder (exhibits/…), and the bad ones beside them. */
export async function makeExhibits(): Promise<ExhibitsFolder> {
  const dir = tempDir('bundle-');
  const ex = path.join(dir, 'exhibits');
  fs.mkdirSync(ex);
  await makePdf(path.join(ex, 'passport.pdf'), 'PASSPORT', [A4]);
  await makePdf(path.join(ex, 'judgment.pdf'), 'JUDGMENT', [A4, { width: A4.height, height: A4.width }, LETTER, { ...A4, rotate: 90 }, { ...LETTER, rotate: 270 }, { ...A4, rotate: 180 }]);
  await makePdf(path.join(ex, 'report.pdf'), 'REPORT', [{ width: 420, height: 595 }, { width: 1190, height: 842 }]);
  // A scan: a portrait page stored sideways (turned a quarter anticlockwise) with EXIF orientation 6,
  // which turns it back upright, as phones do.
  requireTool('pdftoppm');
  await makePdf(path.join(dir, 'scan-source.pdf'), 'SCAN', [{ ...A4, rotate: 270 }], { upright: false });
  execFileSync('pdftoppm', ['-jpeg', '-r', '40', '-singlefile', path.join(dir, 'scan-source.pdf'), path.join(dir, 'scan-landscape')]);
  fs.writeFileSync(path.join(ex, 'scan.jpg'), withExifOrientation(fs.readFileSync(path.join(dir, 'scan-landscape.jpg')), 6));
  execFileSync('pdftoppm', ['-png', '-r', '30', '-singlefile', path.join(ex, 'passport.pdf'), path.join(ex, 'photo')]);
  // The bad ones.
  requireTool('qpdf');
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', path.join(ex, 'passport.pdf'), path.join(ex, 'locked.pdf')]);
  execFileSync('qpdf', ['--encrypt', '', 'owner', '256', '--modify=none', '--', path.join(ex, 'passport.pdf'), path.join(ex, 'restricted.pdf')]);
  const judgment = fs.readFileSync(path.join(ex, 'judgment.pdf'));
  fs.writeFileSync(path.join(ex, 'truncated.pdf'), judgment.subarray(0, Math.floor(judgment.length * 0.6)));
  fs.writeFileSync(path.join(ex, 'statement.docx'), Buffer.from('PK\u0003\u0004 not really a document', 'latin1'));
  fs.writeFileSync(path.join(ex, 'huge.png'), pngHeader(30_000, 30_000));
  const jpeg = fs.readFileSync(path.join(ex, 'scan.jpg'));
  fs.writeFileSync(path.join(ex, 'cut.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  return { dir, pages: { 'passport.pdf': 1, 'judgment.pdf': 6, 'report.pdf': 2, 'scan.jpg': 1, 'photo.png': 1, 'restricted.pdf': 1 } };
}

export interface DeclaredExhibit {
  id: string;
  title: string;
  date?: string;
  file?: string;
}

/** A complete English CCF request (no errors) declaring `exhibits`, citing each of them. */
export function requestWith(exhibits: DeclaredExhibit[], options: { language?: 'en' | 'ar'; broken?: boolean } = {}): string {
  const list = exhibits
    .map((e) => [`  - id: ${e.id}`, `    title: ${JSON.stringify(e.title)}`, e.date ? `    date: ${e.date}` : '', e.file ? `    file: ${e.file}` : ''].filter(Boolean).join('\n'))
    .join('\n');
  const cites = exhibits.map((e) => `Annex ${e.id}`).join(', ');
  const source = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', options.language === 'ar' ? 'ccf-access-ar.md' : 'ccf-deletion-en.md'), 'utf8');
  const declared = new Set(exhibits.map((e) => e.id));
  let text = source.replace(/exhibits:\n(?:  .*\n)+/, `exhibits:\n${list}\n`);
  // The example cites A1 to A5: citations of exhibits not declared here go, as a lawyer would remove them.
  text = text.replace(/\((?:Exhibit|المرفق) (A\d)\)/g, (m, id: string) => (declared.has(id) ? m : ''));
  text = text.replace(/(?:at|بموجب التوكيل المرفق) \(?(?:Exhibit|المرفق) (A\d)\)?/g, (m, id: string) => (declared.has(id) ? m : ''));
  text = text.replace(/^\| (A\d) \|.*\n/gm, (m, id: string) => (declared.has(id) ? m : ''));
  text = text.replace(/^- المرفق (A\d):.*\n/gm, (m, id: string) => (declared.has(id) ? m : ''));
  text = text.replace(/(identity_document|power_of_attorney): \w+/g, `$1: ${exhibits[0]?.id ?? 'A1'}`);
  text = `${text.trimEnd()}\n\nThe documents relied on are ${cites}.\n`;
  if (options.broken) text = text.replace(/^## .*facts.*$[\s\S]*?(?=^## )/im, '');
  return text;
}
