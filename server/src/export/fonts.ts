// The fonts export embeds: Amiri (SIL Open Font License), a serif with Latin and Arabic in four
// styles. In the bundle they sit in dist/fonts/ beside the code (scripts/build.mjs copies them
// with the licence); run from source they are read from node_modules/@expo-google-fonts/amiri.
// Nothing depends on fonts installed on the machine.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** The family name written into DOCX files and PDF metadata. */
export const FONT_FAMILY = 'Amiri';

const FILES: Record<FontStyle, string> = {
  regular: '400Regular/Amiri_400Regular.ttf',
  bold: '700Bold/Amiri_700Bold.ttf',
  italic: '400Regular_Italic/Amiri_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Amiri_700Bold_Italic.ttf',
};

export class FontsNotFoundError extends Error {
  constructor(searched: string[]) {
    super(`The export fonts (Amiri) were not found. Looked in:\n  ${searched.join('\n  ')}`);
    this.name = 'FontsNotFoundError';
  }
}

let cache: Record<FontStyle, Buffer> | undefined;

/** The four Amiri faces as TTF bytes, read once per process. */
export function loadFonts(): Record<FontStyle, Buffer> {
  if (cache) return cache;
  const files = locateFonts();
  cache = {
    regular: fs.readFileSync(files.regular),
    bold: fs.readFileSync(files.bold),
    italic: fs.readFileSync(files.italic),
    boldItalic: fs.readFileSync(files.boldItalic),
  };
  return cache;
}

/** Paths of the four faces: the bundle's dist/fonts first, else the npm package up the tree. */
export function locateFonts(from: string = here()): Record<FontStyle, string> {
  const searched: string[] = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    const bundled = path.join(dir, 'fonts');
    const flat = mapStyles((style) => path.join(bundled, path.basename(FILES[style])));
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

function mapStyles(f: (style: FontStyle) => string): Record<FontStyle, string> {
  return { regular: f('regular'), bold: f('bold'), italic: f('italic'), boldItalic: f('boldItalic') };
}

function here(): string {
  // CommonJS bundle and tsx both define __dirname; the bundle's is dist/, next to dist/fonts.
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

export function fontStyle(bold: boolean, italic: boolean): FontStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}
