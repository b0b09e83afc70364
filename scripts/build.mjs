// One bundle per process: the extension host (client), the language server, the CLI, plus the
// in-editor test suite; and the PDF/DOCX export engine in a bundle of its own, which the server
// and the CLI load on their first export, so neither carries it (nor the extension at all).
// CommonJS because VS Code 1.100 loads extensions with require(). Minified: the .vsix and the npm
// package ship these files; the source maps stay in dist/ for debugging and are never packaged.
import { build } from 'esbuild';
import * as fs from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  // pdfkit's ESM build reads import.meta.url; give it a CommonJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// `await import('…/service/exporting')` in the server and the CLI becomes import('./export.js'),
// which Node resolves beside the bundle when the first export runs.
const ENGINE = 'dist/export.js';
const engineOnDemand = {
  name: 'export-engine-on-demand',
  setup(b) {
    b.onResolve({ filter: /[\\/]service[\\/]exporting$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './export.js', external: true } : undefined));
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
    b.onLoad({ filter: /.*/, namespace: 'never-run' }, (args) => ({
      contents: args.path === 'brotli' ? "module.exports = () => { throw new Error('WOFF2 fonts cannot be read: the export embeds TTF fonts only.'); };" : 'export {};',
      loader: 'js',
    }));
  },
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [engineOnDemand, neverRun], withoutEngine: true },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', plugins: [engineOnDemand, neverRun], withoutEngine: true },
  { entryPoints: ['server/src/service/exporting.ts'], outfile: ENGINE, plugins: [neverRun] },
  { entryPoints: ['test/suite/index.ts'], outfile: 'dist/test/suite/index.js', external: ['vscode', 'mocha'], minify: false },
];

await Promise.all(
  bundles
    .filter((b) => fs.existsSync(b.entryPoints[0]))
    .map(async ({ withoutEngine, ...b }) => {
      const { metafile } = await build({ ...common, ...b });
      const leaked = withoutEngine && Object.keys(metafile.inputs).filter((input) => ENGINE_ONLY.test(input));
      if (leaked?.length) throw new Error(`${b.outfile} bundles the export engine (${leaked[0]}, …): import service/exporting with await import().`);
    }),
);
fs.chmodSync('dist/cli.js', 0o755);
// Fonts travel with the bundles: export must work with no system fonts (Arabic included).
const amiri = 'node_modules/@expo-google-fonts/amiri';
fs.mkdirSync('dist/fonts', { recursive: true });
for (const style of ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic']) {
  fs.copyFileSync(`${amiri}/${style}/Amiri_${style}.ttf`, `dist/fonts/Amiri_${style}.ttf`);
}
fs.copyFileSync(`${amiri}/LICENSE_FONT`, 'dist/fonts/OFL-Amiri.txt');
if (watch) console.log('watch mode is not implemented; rerun npm run build');
