// The export's fonts as shipped: Amiri's italic Arabic is drawn as the upright face slanted (which
// is how Amiri makes it), so the bundle's italic faces carry Latin only. These tests hold that the
// page is the same as with Amiri's own italic faces, and that the bundle's fonts are what it needs.
// They need poppler-utils (pdftoppm) and a build (`npm test` builds first).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import { ARABIC_SLANT_DEGREES, bundledFontName, FONT_STYLES, isArabicCodePoint, loadFonts, locateFonts, shipsCodePoint } from '../../server/src/export/fonts';
import { unprintable } from '../../server/src/core/glyphs';
import { JOINER, joinsAcross, printable } from '../../server/src/export/printable';
import { breakLines, lineRuns, prepare } from '../../server/src/export/textlayout';
import { shapingFonts } from '../../server/src/export/pdf/measure';
import { tuneShaping, type ShapingFont } from '../../server/src/export/shaping';
import { load, render, requireTool, ROOT, submission, tempDir } from '../export/helpers';

/** fontkit (pdfkit's font parser) has no types of its own; the part used here. */
const fontkit = createRequire(__filename)('fontkit') as { create(bytes: Buffer): { characterSet: number[] } };
const AMIRI = path.join(ROOT, 'node_modules/@expo-google-fonts/amiri');
const ARABIC = 'هذا نص مائل بالعربية، والمادة ٨٢ من القواعد';

/** A page with one line of text in a font file, rasterised in grey at 100 dpi. */
async function line(dir: string, name: string, fontFile: string, text: string, oblique?: number): Promise<Buffer> {
  const pdf = new PDFDocument({ size: [460, 70], margin: 0, font: fs.readFileSync(fontFile) as unknown as string });
  pdf.fontSize(24).text(text, 10, 45, { lineBreak: false, baseline: 'alphabetic', features: [], oblique } as PDFKit.Mixins.TextOptions);
  const file = path.join(dir, `${name}.pdf`);
  await writePdf(pdf, file);
  return raster(file, path.join(dir, name));
}

function writePdf(pdf: PDFKit.PDFDocument, file: string): Promise<void> {
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => {
    pdf.on('end', () => {
      fs.writeFileSync(file, Buffer.concat(chunks));
      resolve();
    });
    pdf.end();
  });
}

/** The grey pixels of a PDF's pages, one after the other (pdftoppm's PGM files). */
function raster(pdfFile: string, prefix: string): Buffer {
  const r = spawnSync(requireTool('pdftoppm'), ['-r', '100', '-gray', pdfFile, prefix], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const pages = fs.readdirSync(path.dirname(prefix)).filter((f) => f.startsWith(path.basename(prefix) + '-') && f.endsWith('.pgm')).sort();
  return Buffer.concat(pages.map((p) => {
    const b = fs.readFileSync(path.join(path.dirname(prefix), p));
    const [, w, h] = b.toString('latin1', 0, 32).split(/\s+/);
    return b.subarray(b.length - Number(w) * Number(h));
  }));
}

/** Pixels that differ clearly, as a share of the pixels inked in either image. */
function difference(a: Buffer, b: Buffer): number {
  assert.equal(a.length, b.length, 'same page sizes');
  let ink = 0;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < 128 || b[i] < 128) ink++;
    if (Math.abs(a[i] - b[i]) > 96) diff++;
  }
  assert.ok(ink > 0, 'something was drawn');
  return diff / ink;
}

describe('export fonts', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = tempDir('export-fonts-');
  });
  after(() => process.env.KEEP_TMP || fs.rmSync(dir, { recursive: true, force: true }));

  it("draws italic Arabic as Amiri's italic face does: the upright face slanted", async () => {
    for (const [upright, italic] of [['400Regular/Amiri_400Regular.ttf', '400Regular_Italic/Amiri_400Regular_Italic.ttf'], ['700Bold/Amiri_700Bold.ttf', '700Bold_Italic/Amiri_700Bold_Italic.ttf']]) {
      const name = path.basename(upright, '.ttf');
      const reference = await line(dir, `${name}-italic`, path.join(AMIRI, italic), ARABIC);
      const slanted = await line(dir, `${name}-slanted`, path.join(AMIRI, upright), ARABIC, ARABIC_SLANT_DEGREES);
      const plain = await line(dir, `${name}-upright`, path.join(AMIRI, upright), ARABIC);
      const otherWay = await line(dir, `${name}-other-way`, path.join(AMIRI, upright), ARABIC, -ARABIC_SLANT_DEGREES);
      assert.ok(difference(reference, slanted) < 0.01, `${name} slanted: ${difference(reference, slanted)}`);
      // The comparison can tell: the upright face, or a slant the wrong way, is far off.
      assert.ok(difference(reference, plain) > 0.3, `${name} upright: ${difference(reference, plain)}`);
      assert.ok(difference(reference, otherWay) > 0.3, `${name} other way: ${difference(reference, otherWay)}`);
    }
  });

  it('draws Arabic-Indic digits in their order: article ٨٢ is not printed as ٢٨', async () => {
    // The bidirectional algorithm puts the digits in a left-to-right run; fontkit, left to guess,
    // took them for Arabic and reversed them.
    await render('pdf', submission('---\nlanguage: ar\n---\n\nالمادة ٨٢ والمادة ١٢٣٤.\n'));
    const fonts = shapingFonts() as Record<string, ShapingFont>;
    assert.equal(typeof fonts.regular.layout, 'function', 'the tuned fonts');
    for (const face of ['regular', 'bold'] as const) {
      const digits = (text: string, features?: unknown[]) => fonts[face].layout(text, features).glyphs.map((g) => String.fromCodePoint(...g.codePoints)).join('');
      assert.equal(digits('٨٢'), '٨٢', face);
      assert.equal(digits('١٢٣٤'), '١٢٣٤', face);
      // A right-to-left run is still reversed into visual order.
      assert.equal(digits('نص', []).length, 2);
      assert.equal(fonts[face].layout('نص', []).glyphs[0].codePoints[0], 'ص'.codePointAt(0));
    }
  });

  it('cuts italic text by script: Arabic slanted, Latin italic, punctuation with the letters before it', () => {
    const p = prepare([{ text: 'نص ' }, { text: '(كلمة) Soering v. UK ٨٢.', italic: true }, { text: ' نص', bold: true, italic: true }], 'rtl', { size: 12 });
    const pieces = p.segments.map((s) => [p.text.slice(s.start, s.end), s.style]);
    assert.deepEqual(pieces, [
      ['نص ', 'regular'],
      ['(كلمة) ', 'slanted'],
      ['Soering v. UK ', 'italic'],
      ['٨٢.', 'slanted'],
      [' نص', 'boldSlanted'],
    ]);
    // Not italic, or italic with no Arabic: one segment, as before.
    assert.deepEqual(prepare([{ text: 'Soering v. UK', italic: true }], 'ltr', { size: 12 }).segments.map((s) => s.style), ['italic']);
    assert.deepEqual(prepare([{ text: '...', italic: true }], 'ltr', { size: 12 }).segments.map((s) => s.style), ['italic']);
  });

  it('ships the upright faces with the Arabic block and the italic faces with their Latin only', () => {
    const fonts = locateFonts(path.join(ROOT, 'dist'));
    for (const face of FONT_STYLES) {
      assert.equal(path.basename(fonts[face]), bundledFontName(face));
      const font = fontkit.create(brotliDecompressSync(fs.readFileSync(fonts[face])));
      const arabic = font.characterSet.filter(isArabicCodePoint);
      const latin = font.characterSet.filter((cp) => cp >= 0x41 && cp <= 0x17f).length;
      assert.ok(latin > 250, `${face}: ${latin} Latin characters`);
      if (face === 'italic' || face === 'boldItalic') assert.equal(arabic.length, 0, face);
      else {
        assert.ok(arabic.length > 200, `${face}: ${arabic.length} Arabic characters`);
        assert.deepEqual(arabic.filter((cp) => cp < 0x600 || cp > 0x6ff), [], `${face}: Arabic outside the Arabic block`);
      }
      assert.deepEqual(font.characterSet.filter((cp) => !shipsCodePoint(face, cp)), [], `${face}: what shipsCodePoint leaves out`);
    }
  });

  it('keeps a shadda a mark after the name of God (الله, as in عبد الله), in the same process', () => {
    // Amiri draws الله with a ligature made of parts, one of them the shadda; embedding it in a PDF
    // (pdfkit subsets the font) made fontkit keep that glyph, standing for no character, for every later shadda.
    const fresh = () => {
      const font = fontkit.create(loadFonts().regular) as unknown as ShapingFont;
      tuneShaping(font);
      return font;
    };
    const shaped = (font: ShapingFont, text: string) => {
      const run = font.layout(text, []);
      return run.glyphs.map((g, i) => ({ id: g.id, codePoints: g.codePoints, xAdvance: Math.round(run.positions[i].xAdvance) }));
    };
    const expected = shaped(fresh(), 'عمّان');
    assert.ok(expected.some((g) => g.codePoints.includes(0x651) && g.xAdvance === 0), 'the shadda is a mark, with no advance');
    const font = fresh() as ShapingFont & { createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array } };
    const subset = font.createSubset();
    for (const g of font.layout('عبد الله', []).glyphs) subset.includeGlyph(g.id);
    subset.encode();
    assert.deepEqual(shaped(font, 'عمّان'), expected);
  });

  it('draws Arabic presentation forms (text pasted from a PDF) from the letters they stand for', async () => {
    const front = '---\nsubmission: ccf-request\nlanguage: ar\n---\n\n## بيان الوقائع\n\n';
    const letters = 'قررت المحكمة رفض التسليم ﷲ.';
    const forms = '\ufed7\ufeae\ufead\ufe95 \ufe8d\ufee0\ufee4\ufea4\ufedc\ufee4\ufe94 \ufead\ufed3\ufebe \ufe8d\ufedf\ufe98\ufeb4\ufee0\ufef4\ufee2 \ufdf2.';
    assert.equal(forms.normalize('NFKC'), letters.replace('ﷲ', 'الله'));
    const page = async (name: string, body: string) => {
      const file = path.join(dir, `${name}.pdf`);
      fs.writeFileSync(file, await render('pdf', submission(front + body)));
      return raster(file, path.join(dir, name));
    };
    assert.ok(difference(await page('arabic-letters', letters.replace('ﷲ', 'الله')), await page('arabic-forms', forms)) < 0.001);
    // Nothing the checker would warn of (FMT-GLYPH): the forms print.
    assert.deepEqual(unprintable(forms), []);
    // A letter of the Arabic Supplement (African writing) is not in the package: reported, not boxed silently.
    assert.deepEqual(unprintable('\u0750').map((u) => u.char), ['\u0750']);
  });

  it('draws the same pages from the bundle (its fonts) as from the sources (the npm package\'s fonts)', async () => {
    const source = fs.readFileSync(path.join(ROOT, 'examples/ccf-access-ar.md'), 'utf8');
    const italic = '\nوتشير المحكمة إلى *قضية سويرينغ ضد المملكة المتحدة (Soering v. United Kingdom)، الفقرة ٨٢* و***الحكم النهائي***.\n';
    const md = source.replace(/(## بيان الوقائع\n\n[^\n]+\n)/, `$1${italic}`);
    assert.notEqual(md, source);
    const file = path.join(dir, 'talab.md');
    fs.writeFileSync(file, md);
    fs.writeFileSync(path.join(dir, 'from-sources.pdf'), await render('pdf', load(file), { baseDir: dir }));
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'export', file, '-o', path.join(dir, 'from-bundle.pdf')], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stdout + cli.stderr);
    const fonts = spawnSync(requireTool('pdffonts'), [path.join(dir, 'from-bundle.pdf')], { encoding: 'utf8' }).stdout;
    assert.match(fonts, /Amiri-Italic/, 'the Latin italic is drawn with the italic face');
    assert.match(fonts, /Amiri-BoldItalic|Amiri-Bold/);
    const a = raster(path.join(dir, 'from-sources.pdf'), path.join(dir, 'sources'));
    const b = raster(path.join(dir, 'from-bundle.pdf'), path.join(dir, 'bundle'));
    assert.ok(difference(a, b) < 0.001, `difference ${difference(a, b)}`);
  });

  describe('what the PDF draws of the text', () => {
    const front = '---\nsubmission: ccf-request\nlanguage: en\n---\n\n## Facts\n\n';
    /** Page 1 of a PDF of `body`, rasterised. */
    const page = async (name: string, body: string, language = 'en') => {
      const file = path.join(dir, `${name}.pdf`);
      fs.writeFileSync(file, await render('pdf', submission(front.replace('language: en', `language: ${language}`) + body)));
      return raster(file, path.join(dir, name));
    };

    it('leaves out invisible characters: soft hyphen, zero-width space, marks, isolates, word joiner, BOM', async () => {
      const shown = await page('visible', 'extradition AB CD EF GH IJ K (A-4321/1-2024) end.');
      const pasted = await page('invisible', 'extra\u00addition A\u200bB C\u2060D E\u200cF G\ufeffH I\u200eJ \u2066K\u2069 (\u202aA-4321/1-2024\u202c) end.');
      assert.ok(difference(shown, pasted) < 0.001, `difference ${difference(shown, pasted)}`);
    });

    it('draws a letter the font lacks from its parts: Ș as S with a comma below', async () => {
      const precomposed = await page('precomposed', 'Mr Ștefan Țurcanu and Ms Ioana Dumitrașcu.');
      const decomposed = await page('decomposed', 'Mr S\u0326tefan T\u0326urcanu and Ms Ioana Dumitras\u0326cu.');
      const cedilla = await page('cedilla', 'Mr Ştefan Ţurcanu and Ms Ioana Dumitraşcu.');
      assert.equal(difference(precomposed, decomposed), 0);
      // Not the look-alike with a cedilla: the comparison can tell them apart.
      assert.ok(difference(precomposed, cedilla) > 0.002, `cedilla ${difference(precomposed, cedilla)}`);
    });

    it('keeps an Arabic word joined where a link or a style starts inside it', async () => {
      await render('pdf', submission(front));
      const fonts = shapingFonts() as Record<string, ShapingFont>;
      const glyph = (text: string, i: number) => fonts.regular.layout(text, []).glyphs[i].id;
      // The joiner gives the letter before a cut its joined form (fontkit reverses a right-to-left run).
      assert.equal(glyph(`ب${JOINER}`, 1), glyph('بال', 2), 'initial form of ب');
      assert.notEqual(glyph('ب', 0), glyph('بال', 2), 'the isolated form differs');
      // Where the cut falls in a paragraph, lineRuns adds the joiners.
      const p = prepare([{ text: 'إلى ال' }, { text: 'محكمة', link: 'https://example.org' }, { text: ' وا' }, { text: 'لمرفق', bold: true }], 'rtl', { size: 12 });
      const measure = (_style: unknown, text: string) => text.length;
      const [line] = breakLines(p, 1000, measure);
      const runs = lineRuns(p, line, measure, (c) => c).sort((a, b) => a.start - b.start);
      assert.deepEqual(runs.map((r) => r.text), ['إلى ال' + JOINER, JOINER + 'محكمة', ' وا', 'لمرفق']);
    });

    it('printable: what is left out, composed or kept', () => {
      const covers = (cp: number) => cp < 0x2000 && cp !== 0x0218 && cp !== 0x00ad && cp !== 0x200e;
      assert.equal(printable('plain ASCII', () => false), 'plain ASCII');
      assert.equal(printable('extra\u00addition I\u200eJ', covers), 'extradition IJ');
      assert.equal(printable('Ștefan', covers), 'S\u0326tefan');
      assert.equal(printable('\u2122 \u2264', (cp) => cp !== 0x2122 && cp !== 0x2264), 'TM \u2264');
      // The joiners stay in Arabic, where they choose the letters' forms, and go elsewhere.
      assert.equal(printable('ب\u200dا', () => true), 'ب\u200dا');
      assert.equal(printable('E\u200cF', () => true), 'EF');
      assert.equal(joinsAcross('بال', 1), true);
      assert.equal(joinsAcross('دال', 1), false, 'د does not join the letter after it');
      assert.equal(joinsAcross('بَال', 2), true, 'a mark on the letter does not break the join');
      assert.equal(joinsAcross('ب ال', 2), false);
    });
  });
});
