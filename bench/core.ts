// What the benchmark runs in-process, bundled by bench/run.mjs with the esbuild settings of
// dist/server.js (scripts/esbuild-options.mjs), so that it measures the code the server runs.
export { parseSubmission, SubmissionParser, MAX_BODY_CHARS } from '../server/src/core/parse';
export { parseMarkdown } from '../server/src/core/markdown';
export { checkSubmission } from '../server/src/rules/index';
export { renderSubmission } from '../server/src/export/index';
export { benchmarkSubmissionText, generateSubmission } from '../test/support/generate';
export { LspClient } from '../test/support/lspClient';
export { timeMarkdownLanguageService } from './markdown-languageservice';
