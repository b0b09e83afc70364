// The bundle as separate files, for the CCF's portal, which takes the request and each annex as
// uploads of their own: "01 Request.pdf", "02 Annex A1 - Passport.pdf", … in declared order. Each
// exhibit is checked as for the single bundle and written as a PDF of its own (a scan becomes a
// one-page PDF); no index, divider or page numbers, but "DRAFT" on every page of a draft.
import { PDFDocument } from '@cantoo/pdf-lib';
import { LANGUAGE_INFO } from '../../data/languages';
import { draftMarking } from '../labels';
import { imagePage } from './image-page';
import { BUNDLE_LABELS, exhibitName, warningText } from './labels';
import { BundleCancelled, ExhibitProblems, type BundleHooks, type BundleInput, type ExhibitProblem } from './model';
import { PAPER } from './assemble';
import { checkJpegComplete, ExhibitError, imageInfo, locateExhibit, openPdf, problem, readExhibit, type Context } from './sources';
import { stampPages } from './stamps';

export interface SplitFile {
  name: string;
  bytes: Uint8Array;
  /** undefined for the submission. */
  exhibitId?: string;
}

export interface SplitResult {
  files: SplitFile[];
  skipped: ExhibitProblem[];
  warnings: string[];
}

/** Characters no file system accepts in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_TITLE = 80;

/** "02 Annex A1 - Passport.pdf": position, what it is, title, in a name every file system takes. */
export function splitFileName(position: number, total: number, name: string, title?: string): string {
  const digits = Math.max(2, String(total).length);
  const clean = (s: string) => s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  let t = title ? clean(title) : '';
  if (t.length > MAX_TITLE) t = `${t.slice(0, MAX_TITLE - 1).trimEnd()}…`;
  const base = [String(position).padStart(digits, '0'), clean(name)].join(' ') + (t ? ` - ${t}` : '');
  return `${base.replace(/[. ]+$/, '')}.pdf`;
}

export async function buildSplit(input: BundleInput, hooks: BundleHooks = {}): Promise<SplitResult> {
  const { language, kind, settings } = input;
  const ctx: Context = { language, kind, baseDir: input.baseDir };
  const tag = LANGUAGE_INFO[language].tag;
  const dir = LANGUAGE_INFO[language].direction;
  const warnings: string[] = [];
  const skipped: ExhibitProblem[] = [];
  const total = input.exhibits.length + 1;
  const exhibitFiles: SplitFile[] = [];
  for (const [index, exhibit] of input.exhibits.entries()) {
    if (hooks.cancelled?.()) throw new BundleCancelled();
    const id = String(exhibit.id ?? `#${index + 1}`).trim().toUpperCase();
    hooks.progress?.({ kind: 'exhibit', index, count: input.exhibits.length, id, title: exhibit.title });
    try {
      const file = await locateExhibit(exhibit, input.baseDir);
      const bytes = await readExhibit(file);
      const doc = await PDFDocument.create();
      if (file.type === 'pdf') {
        const opened = await openPdf(bytes);
        if (opened.restricted) warnings.push(warningText(language, 'restricted', { exhibit: exhibitName(language, kind, id), file: file.file }));
        for (const page of await doc.copyPages(opened.doc, opened.doc.getPageIndices())) doc.addPage(page);
      } else {
        const info = imageInfo(bytes, file.type);
        if (file.type === 'jpeg') checkJpegComplete(bytes);
        const image = await (file.type === 'jpeg' ? doc.embedJpg(bytes) : doc.embedPng(bytes)).catch((err: Error) => {
          throw new ExhibitError('corrupt', err.message.split('\n')[0]);
        });
        doc.addPage(imagePage(doc, image, info, PAPER[settings.paper]));
      }
      const name = exhibitName(language, kind, id);
      if (input.draft) await stampDraft(doc, language, tag, dir);
      doc.setTitle([name, exhibit.title].filter(Boolean).join(' — '));
      doc.setLanguage(tag);
      doc.setProducer('Submission Checker with pdf-lib');
      exhibitFiles.push({ name: splitFileName(index + 2, total, name, exhibit.title), bytes: await doc.save(), exhibitId: id });
    } catch (err) {
      if (!(err instanceof ExhibitError)) throw err;
      skipped.push(problem(ctx, { id, file: exhibit.file }, err.reason, err.detail));
    }
  }
  if (skipped.length && !settings.skipMissing) throw new ExhibitProblems(skipped);
  if (hooks.cancelled?.()) throw new BundleCancelled();
  hooks.progress?.({ kind: 'submission' });
  const submission = await input.renderSubmission({});
  const submissionName = kind ? BUNDLE_LABELS[language].submissionFile[kind] : input.submissionTitle;
  return { files: [{ name: splitFileName(1, total, submissionName), bytes: submission.bytes }, ...exhibitFiles], skipped, warnings };
}

async function stampDraft(doc: PDFDocument, language: BundleInput['language'], lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  const pages = doc.getPages();
  await stampPages(doc, pages, pages.map(() => ''), { position: 'bottom-right', draft: { text: draftMarking(language), pages: new Set(pages.map((_, i) => i)) }, lang, dir });
}
