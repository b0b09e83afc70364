// The export engine as the server and the command line load it: on their first export or bundle,
// from its own bundle (dist/export.js, scripts/build.mjs), so that neither carries the PDF and DOCX
// writers until a user asks for a file.
export { exportAnalysis, previewAnalysis } from './exporting';
export { bundleAnalysis } from './bundling';
