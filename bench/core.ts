// What the benchmark calls in-process; bundled by bench/run.mjs with the same esbuild settings as
// dist/server.js, so that it measures the code the server runs.
export { parseSubmission, SubmissionParser, MAX_BODY_CHARS } from '../server/src/core/parse';
export { parseMarkdown } from '../server/src/core/markdown';
export { checkSubmission } from '../server/src/rules/index';
export { renderSubmission } from '../server/src/export/index';
export { benchmarkSubmissionText } from '../server/src/export/bench';
