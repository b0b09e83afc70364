// The filing bundle engine: what service/bundling.ts calls. See docs/bundle.md.
export { buildBundle, PAPER } from './assemble';
export { buildSplit, splitFileName, type SplitFile, type SplitResult } from './split';
export * from './model';
export { producerFromPdfBytes, type SubmissionPdf, type SubmissionProducer, type SubmissionRequest, type HeadingAnchor, type CitationAnchor } from './submission';
export { exhibitName } from './labels';
