// The esbuild settings of every bundle: the product's (scripts/build.mjs) and the benchmark's
// (bench/run.mjs), so that the benchmark measures code built the way the server is.
export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !process.env.NO_MINIFY,
  // Messages in French, Spanish and Arabic written as themselves, not as \uXXXX escapes (six bytes
  // a letter instead of two): Node reads the bundles as UTF-8.
  charset: 'utf8',
  // Maps stay in dist/ for debugging; the .vsix and the npm package never ship them.
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  // pdfkit's ESM build reads import.meta.url; give it a CommonJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
