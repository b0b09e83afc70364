// The filing bundle, page by page: the index, the submission, and for each exhibit a divider and
// its pages (or a placeholder). Exhibits are read one at a time and their pages copied into the
// bundle at once, so only one exhibit's parsed file is alive at a time. Page numbers are given
// only when every page count is known: the submission's comes from its real layout, laid out
// again with the citation page numbers in it until its length no longer changes.
import { PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import type { Exhibit } from '../../core/model';
import { LANGUAGE_INFO } from '../../data/languages';
import { draftMarking, formatDate } from '../labels';
import { paintDivider, paintPlaceholder } from './dividers';
import { imagePage } from './image-page';
import { indexLayout, paintIndex, type IndexRow, type PageGeometry } from './index-page';
import { BUNDLE_LABELS, exhibitName, warningText } from './labels';
import { addLink } from './links';
import { BundleCancelled, ExhibitProblems, type BundleHooks, type BundleInput, type BundleItem, type BundleResult, type ExhibitProblem } from './model';
import { writeOutline, type OutlineNode } from './outline';
import { writePageLabels } from './page-labels';
import { Sheet } from './sheet';
import { checkJpegComplete, ExhibitError, imageInfo, locateExhibit, openPdf, problem, readExhibit, type Context, type ExhibitFile } from './sources';
import { stampPages } from './stamps';
import type { HeadingAnchor, SubmissionPdf } from './submission';

export const PAPER: Record<'a4' | 'letter', [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
const MARGIN = 72;
/** Layouts of the submission with citation page numbers, at most, before giving up on them. */
const MAX_LAYOUTS = 4;

interface ExhibitPart {
  exhibit: Exhibit;
  id: string;
  file?: ExhibitFile;
  pages: PDFPage[];
  problem?: ExhibitProblem;
}

export async function buildBundle(input: BundleInput, hooks: BundleHooks = {}): Promise<BundleResult> {
  const { language, kind, settings } = input;
  const ctx: Context = { language, kind, baseDir: input.baseDir };
  const labels = BUNDLE_LABELS[language];
  const dir = LANGUAGE_INFO[language].direction;
  const paper = PAPER[settings.paper];
  const geometry: PageGeometry = { width: paper[0], height: paper[1], margin: MARGIN };
  const checkpoint = () => {
    if (hooks.cancelled?.()) throw new BundleCancelled();
  };
  const warnings: string[] = [];

  // 1. Every exhibit's file is found and of a known type before anything heavy is done, so that all
  //    such problems are reported together.
  const parts: ExhibitPart[] = [];
  for (const exhibit of input.exhibits) {
    const part: ExhibitPart = { exhibit, id: exhibitId(exhibit, parts.length), pages: [] };
    try {
      part.file = await locateExhibit(exhibit, input.baseDir);
    } catch (err) {
      if (!(err instanceof ExhibitError)) throw err;
      part.problem = problem(ctx, { id: part.id, file: exhibit.file }, err.reason, err.detail);
    }
    parts.push(part);
  }
  const problems = () => parts.flatMap((p) => (p.problem ? [p.problem] : []));
  if (!settings.skipMissing && problems().length) throw new ExhibitProblems(problems());

  // 2. Each exhibit's pages, copied into the bundle one exhibit at a time. Once one has failed
  //    (without --skip-missing), the others are only checked, to report every problem at once.
  const out = await PDFDocument.create();
  for (const [index, part] of parts.entries()) {
    checkpoint();
    if (!part.file) continue;
    hooks.progress?.({ kind: 'exhibit', index, count: parts.length, id: part.id, title: part.exhibit.title });
    const copy = settings.skipMissing || problems().length === 0;
    try {
      part.pages = await exhibitPages(out, part.file, settings.paper, copy, () =>
        warnings.push(warningText(language, 'restricted', { exhibit: exhibitName(language, kind, part.id), file: part.file?.file })),
      );
    } catch (err) {
      if (err instanceof BundleCancelled) throw err;
      const e = err instanceof ExhibitError ? err : new ExhibitError('corrupt', String((err as Error)?.message ?? err).split('\n')[0]);
      part.problem = problem(ctx, { id: part.id, file: part.exhibit.file }, e.reason, e.detail);
      part.pages = [];
    }
  }
  if (!settings.skipMissing && problems().length) throw new ExhibitProblems(problems());
  checkpoint();

  // 3. The submission, first without citation page numbers: its length sizes the index.
  hooks.progress?.({ kind: 'submission' });
  let submission = await input.renderSubmission({});
  const sheet = new Sheet({ lang: LANGUAGE_INFO[language].tag, title: input.submissionTitle });
  const rows: IndexRow[] = [
    { tab: '', document: input.submissionTitle, date: formatDate(input.submissionDate, language) },
    ...parts.map((p) => ({
      tab: p.id,
      document: p.exhibit.title ?? exhibitName(language, kind, p.id),
      date: formatDate(p.exhibit.date, language),
      note: p.problem ? labels.notIncluded : undefined,
    })),
  ];
  const exhibitCount = (p: ExhibitPart) => 1 + (p.problem ? 1 : p.pages.length);
  const upperBound = rows.length + 2 * submission.pageCount + parts.reduce((n, p) => n + exhibitCount(p), 0);
  const digits = String(upperBound).length;
  const widest = labels.range(`${settings.pagePrefix}${'8'.repeat(digits)}`, `${settings.pagePrefix}${'9'.repeat(digits)}`);
  const indexText = {
    title: labels.index,
    subtitle: undefined,
    columns: labels.columns,
  };
  const layout = indexLayout(sheet, rows, indexText, widest, geometry, dir);
  const indexPages = layout.pages.length;
  const label = (n: number) => `${settings.pagePrefix}${n}`;
  const ranges = (submissionPages: number) => {
    let next = indexPages + 1;
    return [submissionPages, ...parts.map(exhibitCount)].map((count) => {
      const first = next;
      next += count;
      return { first, last: next - 1 };
    });
  };

  // 4. With citation page numbers: laid out again until the submission's length is stable.
  if (settings.citationPages && parts.length) {
    let applied: SubmissionPdf | undefined;
    let pages = submission.pageCount;
    for (let attempt = 0; attempt < MAX_LAYOUTS && !applied; attempt++) {
      checkpoint();
      const r = ranges(pages);
      const citationText = new Map(parts.map((p, i) => [p.id, labels.citationPage(label(r[i + 1].first))]));
      const candidate = await input.renderSubmission({ citationText });
      if (!candidate.citationTextApplied) {
        warnings.push(warningText(language, 'citationPagesUnavailable'));
        break;
      }
      if (candidate.pageCount === pages) applied = candidate;
      else pages = candidate.pageCount;
    }
    if (applied) submission = applied;
    else if (!warnings.includes(warningText(language, 'citationPagesUnavailable'))) warnings.push(warningText(language, 'citationPagesUnstable'));
  }
  const itemRanges = ranges(submission.pageCount);
  checkpoint();

  // 5. The pages the bundle draws: index, dividers, placeholders.
  hooks.progress?.({ kind: 'assembling' });
  const rowPages = itemRanges.map((r) => labels.range(label(r.first), label(r.last)));
  const rowBoxes = paintIndex(sheet, layout, rows, indexText, rowPages, geometry, dir);
  for (const part of parts) {
    const heading = exhibitName(language, kind, part.id);
    paintDivider(sheet, { heading, title: part.exhibit.title, date: formatDate(part.exhibit.date, language) }, geometry, dir);
    if (part.problem) paintPlaceholder(sheet, { heading, statement: labels.placeholder, reason: part.problem.message }, geometry, dir);
  }
  const drawn = await PDFDocument.load(await sheet.end(), { updateMetadata: false });
  const drawnPages = await out.copyPages(drawn, drawn.getPageIndices());
  const submissionDoc = await PDFDocument.load(submission.bytes, { updateMetadata: false });
  const submissionPages = await out.copyPages(submissionDoc, submissionDoc.getPageIndices());

  // 6. Pages in bundle order.
  const order: PDFPage[] = [];
  let d = 0;
  for (let i = 0; i < indexPages; i++) order.push(drawnPages[d++]);
  order.push(...submissionPages);
  for (const part of parts) {
    order.push(drawnPages[d++]);
    if (part.problem) order.push(drawnPages[d++]);
    else order.push(...part.pages);
  }
  for (const page of order) out.addPage(page);
  checkpoint();

  // 7. Stamps, page labels, links, bookmarks, metadata.
  const draftPages = new Set<number>();
  if (input.draft) order.forEach((_, i) => (i < indexPages || i >= indexPages + submission.pageCount) && draftPages.add(i));
  await stampPages(
    out,
    order,
    order.map((_, i) => label(i + 1)),
    {
      position: settings.stampPosition,
      draft: input.draft ? { text: draftMarking(language), pages: draftPages } : undefined,
      lang: LANGUAGE_INFO[language].tag,
      dir,
    },
  );
  writePageLabels(out, [{ from: 0, style: 'D', prefix: settings.pagePrefix || undefined }]);
  for (const box of rowBoxes) addLink(out, order[box.page], { rect: box.rect, target: order[itemRanges[box.row].first - 1] });
  const dividerOf = new Map(parts.map((p, i) => [p.id, order[itemRanges[i + 1].first - 1]]));
  for (const citation of submission.anchors.exhibitCitations) {
    const target = dividerOf.get(citation.id.toUpperCase());
    const page = submissionPages[citation.pageIndex];
    if (target && page) addLink(out, page, { rect: citation.rect, target });
  }
  const firstSubmissionPage = indexPages;
  writeOutline(out, [
    { title: labels.index, pageIndex: 0 },
    {
      title: input.submissionTitle,
      pageIndex: firstSubmissionPage,
      open: true,
      children: headingTree(submission.anchors.headings, firstSubmissionPage),
    },
    ...parts.map((p, i) => ({
      title: [exhibitName(language, kind, p.id), p.exhibit.title].filter(Boolean).join(' — '),
      pageIndex: itemRanges[i + 1].first - 1,
    })),
  ]);
  out.setTitle(input.submissionTitle, { showInWindowTitleBar: true });
  out.setLanguage(LANGUAGE_INFO[language].tag);
  out.setCreator('Submission Checker (VS Code)');
  out.setProducer('Submission Checker with pdf-lib');
  checkpoint();
  const bytes = await out.save();

  const items: BundleItem[] = itemRanges.map((r, i) => ({
    exhibitId: i === 0 ? undefined : parts[i - 1].id,
    title: i === 0 ? input.submissionTitle : (parts[i - 1].exhibit.title ?? ''),
    date: i === 0 ? input.submissionDate : parts[i - 1].exhibit.date,
    firstPage: r.first,
    lastPage: r.last,
    missing: i === 0 ? undefined : parts[i - 1].problem,
  }));
  return { bytes, pageCount: order.length, indexPages, items, skipped: problems(), warnings };
}

/** An exhibit's pages in `out` (not yet in its page tree); with `copy` false, only checks it. */
async function exhibitPages(out: PDFDocument, file: ExhibitFile, paper: 'a4' | 'letter', copy: boolean, restricted: () => void): Promise<PDFPage[]> {
  const bytes = await readExhibit(file);
  if (file.type === 'pdf') {
    const opened = await openPdf(bytes);
    if (opened.restricted) restricted();
    return copy ? out.copyPages(opened.doc, opened.doc.getPageIndices()) : [];
  }
  const info = imageInfo(bytes, file.type);
  if (file.type === 'jpeg') checkJpegComplete(bytes);
  if (!copy) return [];
  let image;
  try {
    image = file.type === 'jpeg' ? await out.embedJpg(bytes) : await out.embedPng(bytes);
  } catch (err) {
    throw new ExhibitError('corrupt', String((err as Error)?.message ?? err).split('\n')[0]);
  }
  return [imagePage(out, image, info, PAPER[paper])];
}

function exhibitId(exhibit: Exhibit, index: number): string {
  const id = typeof exhibit.id === 'string' || typeof exhibit.id === 'number' ? String(exhibit.id).trim().toUpperCase() : '';
  return id || `#${index + 1}`;
}

/** The submission's headings as nested bookmarks, their pages moved to the bundle's. */
export function headingTree(headings: HeadingAnchor[], offset: number): OutlineNode[] {
  const root: OutlineNode[] = [];
  const stack: { depth: number; node: OutlineNode }[] = [];
  for (const h of headings) {
    const node: OutlineNode = { title: h.text, pageIndex: h.pageIndex + offset, y: h.y, children: [] };
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].node.children! : root).push(node);
    stack.push({ depth: h.depth, node });
  }
  return root;
}
