// One bundle per process: the extension host (client), the language server, the CLI, plus the
// in-editor test suite; and the PDF/DOCX export engine in a bundle of its own, which the server
// and the CLI load on their first export, so neither carries it (nor the extension at all).
// CommonJS because VS Code 1.100 loads extensions with require(). Minified: the .vsix and the npm
// package ship these files; the source maps stay in dist/ for debugging and are never packaged.
import { build } from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import subsetFont from 'subset-font';
import { pathToFileURL } from 'node:url';
import { common } from './esbuild-options.mjs';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const fontFiles = require('../server/src/export/fontFiles.json');

// `await import('…/service/exporting')` (or bundling) in the server and the CLI becomes import('./export.js'),
// which Node resolves beside the bundle when the first export runs.
const ENGINE = 'dist/export.js';
const engineOnDemand = {
  name: 'export-engine-on-demand',
  setup(b) {
    b.onResolve({ filter: /[\\/]service[\\/](exporting|bundling|engine)$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './export.js', external: true } : undefined));
  },
};
// What only the export engine may contain: if the server or the CLI imported it statically, it
// would be loaded in every editor session and shipped twice.
const ENGINE_ONLY = /node_modules[\\/](pdfkit|fontkit|docx)[\\/]/;

// Code the bundles would carry but never run, replaced by stubs to keep the .vsix small.
const neverRun = {
  name: 'never-run',
  setup(b) {
    // fontkit decodes WOFF2 fonts with brotli (half a megabyte of dictionary); the export embeds TTF only.
    b.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: 'brotli', namespace: 'never-run' }));
    // zod's translations of its own messages: the checks write theirs (zod's English is imported apart).
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'never-run' } : undefined));
    // What pdf-lib needs only to draw SVG, read CSS colours and fill XFA forms, which the bundle never
    // does: an HTML parser and a colour library (55 kB). Its XML escaping of metadata stays, as the
    // five-character escape html-entities' encode() does by default (36 kB for its HTML tables).
    b.onResolve({ filter: /^(culori|node-html-better-parser|html-entities)$/ }, (args) =>
      /[\\/]@cantoo[\\/]pdf-lib[\\/]/.test(args.importer) ? { path: args.path, namespace: 'pdf-lib-extra' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'pdf-lib-extra' }, (args) => ({ contents: PDF_LIB_EXTRAS[args.path], loader: 'js' }));
    // pdf-lib's metrics of the 14 standard PDF fonts (140 kB that compress badly): the bundle only
    // copies and stamps pages with vector paths, and never draws text with a standard font.
    b.onResolve({ filter: /\.compressed\.json$/ }, (args) =>
      /[\\/]standard-fonts$/.test(args.resolveDir) && !/all-encodings/.test(args.path) ? { path: args.path, namespace: 'standard-font' } : undefined,
    );
    // (Module scope runs when the bundle loads, so the stub cannot throw; drawing with such a font
    // would fail inside pdf-lib's decompressJson.)
    b.onLoad({ filter: /.*/, namespace: 'standard-font' }, () => ({ contents: 'export default null;', loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'never-run' }, (args) => ({
      contents: args.path === 'brotli' ? "module.exports = () => { throw new Error('WOFF2 fonts cannot be read: the export embeds TTF fonts only.'); };" : 'export {};',
      loader: 'js',
    }));
  },
};

// The appeal checks need the bank holidays of England and Wales only (core/courtDays.ts): the
// maintained library's data for every country and the time zones of the world would add over a
// megabyte to the server and the CLI. The bundles keep its data for GB and the zones GB uses.
const englandAndWalesOnly = {
  name: 'england-and-wales-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]date-holidays[\\/]src[\\/]data\.js$/ }, async (args) => {
      const { data } = await import(pathToFileURL(args.path).href);
      const gb = { version: data.version, license: data.license, holidays: { GB: data.holidays.GB }, names: data.names };
      return { contents: `export const data = ${JSON.stringify(gb)};`, loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]moment-timezone[\\/]data[\\/]packed[\\/]latest\.json$/ }, (args) => {
      const all = JSON.parse(fs.readFileSync(args.path, 'utf8'));
      const keep = (name) => name === 'Europe/London' || /^(Etc\/)?(UTC|GMT)$/.test(name);
      const zones = all.zones.filter((z) => keep(z.split('|')[0]));
      const links = all.links.filter((l) => keep(l.split('|')[0]));
      return { contents: JSON.stringify({ version: all.version, zones, links, countries: [] }), loader: 'json' };
    });
    // The lunar, Julian and astronomical calendars (and the astronomy library behind them), which no
    // holiday of England and Wales is computed with: a class that refuses to be built instead.
    b.onLoad({ filter: /[\\/]date-holidays-parser[\\/]src[\\/](Julian|Equinox|Chinese|BengaliRevised|Hebrew|Hijri|Jalaali)\.js$/ }, () => ({
      contents: "export default class NotInThisBuild { constructor() { throw new Error('this calendar is not part of this build'); } }",
      loader: 'js',
    }));
  },
};

const notInThisBuild = (what) => `() => { throw new Error('${what} is not part of this build.'); }`;
const PDF_LIB_EXTRAS = {
  culori: `export const converter = () => ${notInThisBuild('Reading CSS colours')};`,
  'node-html-better-parser': `export const parse = ${notInThisBuild('Reading SVG and XFA')}; export const NodeType = { ELEMENT_NODE: 1, TEXT_NODE: 3, COMMENT_NODE: 8 };`,
  'html-entities': `const named = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
export const encode = (text) => (text == null ? '' : String(text).replace(/[<>'"&]/g, (c) => named[c]));`,
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', plugins: [engineOnDemand, neverRun, englandAndWalesOnly], withoutEngine: true },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', plugins: [engineOnDemand, neverRun, englandAndWalesOnly], withoutEngine: true },
  { entryPoints: ['server/src/service/engine.ts'], outfile: ENGINE, plugins: [neverRun] },
  { entryPoints: ['test/suite/index.ts'], outfile: 'dist/test/suite/index.js', external: ['vscode', 'mocha'], minify: false },
];

await Promise.all([
  ...bundles
    .filter((b) => fs.existsSync(b.entryPoints[0]))
    .map(async ({ withoutEngine, ...b }) => {
      const { metafile } = await build({ ...common, ...b });
      if (process.env.BUILD_META) fs.writeFileSync(`${b.outfile}.meta.json`, JSON.stringify(metafile));
      const leaked = withoutEngine && Object.keys(metafile.inputs).filter((input) => ENGINE_ONLY.test(input));
      if (leaked?.length) throw new Error(`${b.outfile} bundles the export engine (${leaked[0]}, …): import service/exporting with await import().`);
    }),
  // The PDF preview's page runs in a webview (a browser): pdf.js bundled with it, so it works offline.
  build({ entryPoints: ['client/webview/preview.ts'], outfile: 'dist/preview/preview.js', bundle: true, platform: 'browser', format: 'esm', target: 'es2022', minify: true, logLevel: 'warning' }),
]);
fs.chmodSync('dist/cli.js', 0o755);
fs.writeFileSync('dist/preview/pdf.worker.min.mjs', withoutJpxDecoder(fs.readFileSync('node_modules/pdfjs-dist/build/pdf.worker.min.mjs', 'utf8')));
fs.copyFileSync('node_modules/pdfjs-dist/LICENSE', 'dist/preview/LICENSE-pdfjs.txt');
// Fonts travel with the bundles: export must work with no system fonts (Arabic included). They are
// Brotli-compressed (a fifth smaller than the package's zip compression; Node decompresses them
// natively, fonts.ts). The italic faces keep their Latin only: italic Arabic is drawn with the
// upright faces slanted, which is how Amiri's italic Arabic is made (fonts.ts). The upright faces
// keep the Arabic block, not the supplements and presentation forms (fontFiles.json). subset-font
// (HarfBuzz's subsetter) keeps the OpenType layout the remaining characters need.
const amiri = 'node_modules/@expo-google-fonts/amiri';
fs.rmSync('dist/fonts', { recursive: true, force: true });
fs.mkdirSync('dist/fonts', { recursive: true });
await Promise.all(
  Object.entries(fontFiles.files).map(async ([face, file]) => {
    const bytes = await shipped(face, fs.readFileSync(`${amiri}/${file}`));
    const packed = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    fs.writeFileSync(`dist/fonts/${path.basename(file)}.br`, packed);
  }),
);
fs.copyFileSync(`${amiri}/LICENSE_FONT`, 'dist/fonts/OFL-Amiri.txt');

/** The characters fonts.ts shipsCodePoint() keeps: no Arabic in the italic faces, the Arabic block only in the upright ones. */
async function shipped(face, ttf) {
  const blocks = (list) => list.map(([from, to]) => [parseInt(from, 16), parseInt(to, 16)]);
  const within = (list, cp) => list.some(([from, to]) => cp >= from && cp <= to);
  const arabic = blocks(fontFiles.arabicBlocks);
  const kept = fontFiles.latinOnly.includes(face) ? [] : blocks(fontFiles.uprightArabic);
  const keep = fontkit.create(ttf).characterSet.filter((cp) => !within(arabic, cp) || within(kept, cp));
  return subsetFont(ttf, String.fromCodePoint(...keep), { targetFormat: 'truetype' });
}

/**
 * pdf.js 4 embeds its JPEG 2000 decoder (OpenJPEG, WebAssembly) in the worker as a 350 KB base64
 * literal: a third of the package, which the preview never uses. It shows only the PDF the export
 * draws (pdfkit: text, vector rules and links; Markdown images become their alt text, layout.ts),
 * never an annex, so no page it shows has a JPXDecode image. Without the literal, a JPEG 2000 image
 * would fail to decode and pdf.js would leave it blank with a warning; it cannot arise here. The
 * build fails if pdf.js changes the way it embeds the module, rather than shipping it unnoticed.
 */
function withoutJpxDecoder(worker) {
  const literal = /d\?\?="data:application\/octet-stream;base64,[A-Za-z0-9+/=]{100000,}"/g;
  const found = worker.match(literal) ?? [];
  if (found.length !== 1) throw new Error(`pdf.worker.min.mjs: expected one embedded OpenJPEG module, found ${found.length}; check withoutJpxDecoder() against this pdf.js`);
  return worker.replace(literal, 'd??="data:application/octet-stream;base64,"');
}
