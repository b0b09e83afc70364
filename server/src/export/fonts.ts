// The fonts export embeds: Amiri (SIL Open Font License), a serif with Latin and Arabic in four
// faces. In the bundle they sit in dist/fonts/ beside the code, Brotli-compressed (scripts/build.mjs
// writes them with the licence); run from source they are read from node_modules/@expo-google-fonts/amiri.
// Nothing depends on fonts installed on the machine.
//
// Amiri's italic faces draw Arabic as the upright letters mechanically slanted (10°, the top to
// the left), while their Latin is a true italic. So italic Arabic is drawn with the upright face
// and that same slant (ARABIC_SLANT_DEGREES), and the bundle's italic faces keep their Latin only: 0.3 MB less
// in the extension package, and the same page.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import fontFiles from './fontFiles.json';

/** The four font files. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_STYLES: readonly FontFace[] = ['regular', 'bold', 'italic', 'boldItalic'];
/**
 * How a run of text is drawn: a face, or an upright face slanted like Amiri's italic Arabic
 * (for Arabic in italic text; textlayout.ts splits italic text by script).
 */
export type FontStyle = FontFace | 'slanted' | 'boldSlanted';

/** Amiri's italic Arabic is its upright Arabic sheared by 10°, leaning left (pdfkit's `oblique` sign). */
export const ARABIC_SLANT_DEGREES = -10;

/** The face a style draws with. */
export function faceOf(style: FontStyle): FontFace {
  return style === 'slanted' ? 'regular' : style === 'boldSlanted' ? 'bold' : style;
}

/** The style of an italic run's Arabic letters (the style itself when not italic). */
export function arabicStyle(style: FontFace): FontStyle {
  return style === 'italic' ? 'slanted' : style === 'boldItalic' ? 'boldSlanted' : style;
}

/** The Arabic script's blocks (letters, digits, marks, punctuation, presentation forms). */
const ARABIC_BLOCKS = fontFiles.arabicBlocks.map(([from, to]) => [parseInt(from, 16), parseInt(to, 16)] as const);

export function isArabicCodePoint(cp: number): boolean {
  return within(ARABIC_BLOCKS, cp);
}

const UPRIGHT_ARABIC = fontFiles.uprightArabic.map(([from, to]) => [parseInt(from, 16), parseInt(to, 16)] as const);
const LATIN_ONLY = new Set<string>(fontFiles.latinOnly);

/**
 * Whether the bundle's file for a face keeps the code point (scripts/build.mjs subsets the faces
 * this way): the italic faces no Arabic, the upright ones the Arabic block only. Read from source,
 * the export uses the full npm fonts and draws only what this allows, so both print alike.
 */
export function shipsCodePoint(face: FontFace, cp: number): boolean {
  if (!isArabicCodePoint(cp)) return true;
  return !LATIN_ONLY.has(face) && within(UPRIGHT_ARABIC, cp);
}

function within(blocks: readonly (readonly [number, number])[], cp: number): boolean {
  for (const [from, to] of blocks) if (cp >= from && cp <= to) return true;
  return false;
}

/** The family name written into DOCX files and PDF metadata. */
export const FONT_FAMILY = 'Amiri';

const FILES: Record<FontFace, string> = fontFiles.files;

export class FontsNotFoundError extends Error {
  constructor(searched: string[]) {
    super(`The export fonts (Amiri) were not found. Looked in:\n  ${searched.join('\n  ')}`);
    this.name = 'FontsNotFoundError';
  }
}

let cache: Record<FontFace, Buffer> | undefined;

/** The four Amiri faces as TTF bytes, read once per process. */
export function loadFonts(): Record<FontFace, Buffer> {
  if (cache) return cache;
  const files = locateFonts();
  cache = mapStyles((face) => readFont(files[face]));
  return cache;
}

function readFont(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  return file.endsWith('.br') ? brotliDecompressSync(bytes) : bytes;
}

/** Paths of the four faces: the bundle's dist/fonts first (.ttf.br), else the npm package up the tree. */
export function locateFonts(from: string = here()): Record<FontFace, string> {
  const searched: string[] = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    const bundled = path.join(dir, 'fonts');
    const flat = mapStyles((style) => path.join(bundled, bundledFontName(style)));
    searched.push(bundled);
    if (FONT_STYLES.every((s) => fs.existsSync(flat[s]))) return flat;
    const pkg = path.join(dir, 'node_modules', '@expo-google-fonts', 'amiri');
    const nested = mapStyles((style) => path.join(pkg, FILES[style]));
    searched.push(pkg);
    if (FONT_STYLES.every((s) => fs.existsSync(nested[s]))) return nested;
    if (path.dirname(dir) === dir) break;
  }
  throw new FontsNotFoundError(searched);
}

function mapStyles<T>(f: (style: FontFace) => T): Record<FontFace, T> {
  return { regular: f('regular'), bold: f('bold'), italic: f('italic'), boldItalic: f('boldItalic') };
}

function here(): string {
  // CommonJS bundle and tsx both define __dirname; the bundle's is dist/, next to dist/fonts.
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

/** The file name a face has in the bundle's fonts folder (scripts/build.mjs writes it). */
export function bundledFontName(face: FontFace): string {
  return `${path.basename(FILES[face])}.br`;
}

export function fontStyle(bold: boolean, italic: boolean): FontFace {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}
