// One bundle per process: the extension host (client), the language server, the CLI,
// plus the in-editor test suite. CommonJS because VS Code 1.100 loads extensions with require().
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // pdfkit's ESM build reads import.meta.url; give it a CommonJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['test/suite/index.ts'], outfile: 'dist/test/suite/index.js', external: ['vscode', 'mocha'] },
];

const fs = await import('node:fs');
await Promise.all([
  ...bundles.filter((b) => fs.existsSync(b.entryPoints[0])).map((b) => build({ ...common, ...b })),
  // The PDF preview's page runs in a webview (a browser): pdf.js bundled with it, so it works offline.
  build({ entryPoints: ['client/webview/preview.ts'], outfile: 'dist/preview/preview.js', bundle: true, platform: 'browser', format: 'esm', target: 'es2022', minify: true, logLevel: 'warning' }),
]);
fs.copyFileSync('node_modules/pdfjs-dist/build/pdf.worker.min.mjs', 'dist/preview/pdf.worker.min.mjs');
fs.copyFileSync('node_modules/pdfjs-dist/LICENSE', 'dist/preview/LICENSE-pdfjs.txt');
// Fonts travel with the bundles: export must work with no system fonts (Arabic included).
const amiri = 'node_modules/@expo-google-fonts/amiri';
fs.mkdirSync('dist/fonts', { recursive: true });
for (const style of ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic']) {
  fs.copyFileSync(`${amiri}/${style}/Amiri_${style}.ttf`, `dist/fonts/Amiri_${style}.ttf`);
}
fs.copyFileSync(`${amiri}/LICENSE_FONT`, 'dist/fonts/OFL-Amiri.txt');
if (watch) console.log('watch mode is not implemented; rerun npm run build');
