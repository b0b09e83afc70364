// The bundle's parts one by one: bookmarks, page labels and links written with the PDF library's
// object API and read back; where a stamp goes on a rotated page; how a scan is turned; split file
// names; and the submission interface with a fake producer, for heading bookmarks, citation links
// and the rule that a page number shown after a citation is never wrong.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, StandardFonts } from '@cantoo/pdf-lib';
import { buildBundle, DEFAULT_BUNDLE_SETTINGS, producerFromPdfBytes, splitFileName, type BundleInput, type SubmissionPdf, type SubmissionRequest } from '../../server/src/export/bundle/index';
import { headingTree } from '../../server/src/export/bundle/assemble';
import { parseSubmission } from '../../server/src/core/parse';
import { renderSubmission } from '../../server/src/export/index';
import { orientationMatrix } from '../../server/src/export/bundle/image-page';
import { addLink } from '../../server/src/export/bundle/links';
import { writeOutline } from '../../server/src/export/bundle/outline';
import { writePageLabels } from '../../server/src/export/bundle/page-labels';
import { placeStamp, STAMP_MARGIN } from '../../server/src/export/bundle/stamps';
import { readOutline } from '../../server/src/export/bundle/submission';
import { sniff } from '../../server/src/export/bundle/sources';
import { makePdf, A4 } from '../export/bundle-fixtures';
import { tempDir } from '../export/helpers';

async function blank(pages: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([A4.width, A4.height]);
  return doc;
}

const reload = async (doc: PDFDocument) => PDFDocument.load(await doc.save());

describe('bundle: bookmarks, page labels and links through the object API', () => {
  it('writes nested bookmarks that read back with their titles, depths and pages', async () => {
    const doc = await blank(6);
    writeOutline(doc, [
      { title: 'Index', pageIndex: 0 },
      { title: 'Request', pageIndex: 1, open: true, children: [{ title: 'Facts', pageIndex: 1, y: 700 }, { title: 'Rules violated', pageIndex: 2, children: [{ title: 'Article 3', pageIndex: 3 }] }] },
      { title: 'المرفق A1 — جواز سفر', pageIndex: 5 },
    ]);
    const back = await reload(doc);
    assert.deepEqual(
      readOutline(back).map((h) => [h.text, h.depth, h.pageIndex]),
      [['Index', 1, 0], ['Request', 1, 1], ['Facts', 2, 1], ['Rules violated', 2, 2], ['Article 3', 3, 3], ['المرفق A1 — جواز سفر', 1, 5]],
    );
    const outlines = back.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    // Visible when opened: 3 top items + Request's 2 children (Rules violated stays folded).
    assert.equal((outlines.get(PDFName.of('Count')) as PDFNumber).asNumber(), 5);
    assert.equal(back.catalog.get(PDFName.of('PageMode'))?.toString(), '/UseOutlines');
  });

  it('refuses a bookmark to a page the document does not have', async () => {
    const doc = await blank(2);
    assert.throws(() => writeOutline(doc, [{ title: 'x', pageIndex: 2 }]), /page 3 of 2/);
  });

  it('writes page labels with a prefix and a start', async () => {
    const doc = await blank(3);
    writePageLabels(doc, [{ from: 1, style: 'D', prefix: 'B/', start: 5 }, { from: 0, style: 'r' }]);
    const back = await reload(doc);
    const nums = back.catalog.lookup(PDFName.of('PageLabels'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    assert.equal(nums.size(), 4);
    assert.equal((nums.get(0) as PDFNumber).asNumber(), 0);
    const second = nums.lookup(3, PDFDict);
    assert.equal((second.get(PDFName.of('P')) as PDFHexString).decodeText(), 'B/');
    assert.equal((second.get(PDFName.of('St')) as PDFNumber).asNumber(), 5);
  });

  it('adds a link whose destination is the target page', async () => {
    const doc = await blank(3);
    const pages = doc.getPages();
    addLink(doc, pages[0], { rect: [10, 20, 110, 40], target: pages[2] });
    const back = await reload(doc);
    const annot = back.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray).lookup(0, PDFDict);
    const dest = annot.lookup(PDFName.of('Dest'), PDFArray);
    assert.equal((dest.get(0) as PDFRef).toString(), back.getPage(2).ref.toString());
    assert.deepEqual(annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber()), [10, 20, 110, 40]);
  });
});

describe('bundle: stamps and scans', () => {
  const box = { x: 0, y: 0, width: 600, height: 800 };
  const size = { width: 40, height: 20 };
  const { side, end } = STAMP_MARGIN;
  /** Where the stamp's corners land as the page is shown (rotated clockwise by `rotation`). */
  const shown = (rotation: number, at: { x: number; y: number; rotate: number }) => {
    const rad = (at.rotate * Math.PI) / 180;
    const corner = (u: number, v: number) => {
      const x = at.x + u * Math.cos(rad) - v * Math.sin(rad);
      const y = at.y + u * Math.sin(rad) + v * Math.cos(rad);
      // User space → shown space for a page turned clockwise.
      if (rotation === 90) return [y, box.width - x];
      if (rotation === 180) return [box.width - x, box.height - y];
      if (rotation === 270) return [box.height - y, x];
      return [x, y];
    };
    return { origin: corner(0, 0), right: corner(size.width, 0), up: corner(0, size.height) };
  };
  for (const rotation of [0, 90, 180, 270]) {
    it(`puts the stamp upright at the bottom right of a page rotated ${rotation}°`, () => {
      const at = placeStamp(box, rotation, size, 'bottom-right');
      const s = shown(rotation, at);
      const shownWidth = rotation % 180 ? box.height : box.width;
      assert.deepEqual(s.origin.map((n) => Math.round(n) + 0), [shownWidth - side - size.width, end]);
      assert.deepEqual([s.right[0] - s.origin[0], s.right[1] - s.origin[1]].map((n) => Math.round(n) + 0), [size.width, 0], 'its text runs left to right');
      assert.deepEqual([s.up[0] - s.origin[0], s.up[1] - s.origin[1]].map((n) => Math.round(n) + 0), [0, size.height], 'and upwards');
    });
  }

  it('takes the crop box, not the media box, and positions other than bottom right', () => {
    const at = placeStamp({ x: 50, y: 100, width: 500, height: 700 }, 0, size, 'top-right');
    assert.deepEqual([at.x, at.y], [50 + 500 - side - size.width, 100 + 700 - end - size.height]);
    assert.equal(placeStamp(box, -90, size, 'bottom-center').rotate, 270);
  });

  it('turns a scan as its EXIF orientation says', () => {
    // Where the stored image's top-left corner (0, 1) ends up in the unit square.
    const topLeft = (o: number) => {
      const [a, b, c, d, e, f] = orientationMatrix(o);
      return [a * 0 + c * 1 + e, b * 0 + d * 1 + f];
    };
    assert.deepEqual(topLeft(1), [0, 1]);
    assert.deepEqual(topLeft(3), [1, 0]);
    assert.deepEqual(topLeft(6), [1, 1], 'turned a quarter clockwise: top-left goes top-right');
    assert.deepEqual(topLeft(8), [0, 0], 'anticlockwise: top-left goes bottom-left');
    assert.deepEqual(topLeft(2), [1, 1], 'mirrored');
  });

  it('tells PDF, JPEG and PNG by their first bytes, not their names', () => {
    assert.equal(sniff(Buffer.from('%PDF-1.7\n')), 'pdf');
    assert.equal(sniff(Buffer.from('\n\n  junk %PDF-1.4')), 'pdf');
    assert.equal(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'jpeg');
    assert.equal(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47])), 'png');
    assert.equal(sniff(Buffer.from('PK\u0003\u0004')), undefined);
    assert.equal(sniff(Buffer.alloc(0)), undefined);
  });

  it('names split files in declared order with what every file system accepts', () => {
    assert.equal(splitFileName(2, 5, 'Annex A1', 'Passport'), '02 Annex A1 - Passport.pdf');
    assert.equal(splitFileName(1, 120, 'Request'), '001 Request.pdf');
    assert.equal(splitFileName(3, 5, 'Annex A2', 'Letter: "urgent" / reply?'), '03 Annex A2 - Letter urgent reply.pdf');
    assert.ok(splitFileName(4, 5, 'Annex A3', 'x'.repeat(300)).length < 110);
  });

  it('nests headings under each other by depth', () => {
    const tree = headingTree([
      { text: 'A', depth: 1, pageIndex: 0, y: 1 },
      { text: 'A.1', depth: 2, pageIndex: 0, y: 1 },
      { text: 'A.1.a', depth: 3, pageIndex: 1, y: 1 },
      { text: 'B', depth: 1, pageIndex: 2, y: 1 },
      { text: 'B.1', depth: 3, pageIndex: 2, y: 1 },
    ], 10);
    assert.deepEqual(tree.map((n) => [n.title, n.pageIndex, n.children?.map((c) => c.title)]), [['A', 10, ['A.1']], ['B', 12, ['B.1']]]);
    assert.equal(tree[0].children![0].children![0].title, 'A.1.a');
  });
});

describe('bundle: the submission through its interface (a fake producer)', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = tempDir('bundle-fake-');
    await makePdf(path.join(dir, 'one.pdf'), 'ONE', [A4, A4]);
    await makePdf(path.join(dir, 'two.pdf'), 'TWO', [A4, A4, A4]);
  });

  /**
   * A submission of `pages` pages (plus `growth` when citation text is asked for), citing A1 on
   * its first page and A2 on its last, whose headings are on pages 1 and 2.
   */
  function fake(pages: number, options: { growth?: (call: number) => number; applied?: boolean } = {}) {
    const calls: SubmissionRequest[] = [];
    const produce = async (req: SubmissionRequest): Promise<SubmissionPdf> => {
      calls.push(req);
      const count = pages + (req.citationText ? (options.growth?.(calls.length) ?? 0) : 0);
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (let i = 0; i < count; i++) doc.addPage([A4.width, A4.height]).drawText(`SUBMISSION page ${i + 1}`, { x: 72, y: 760, size: 12, font });
      return {
        bytes: await doc.save(),
        pageCount: count,
        anchors: {
          headings: [
            { text: 'Facts', depth: 1, pageIndex: 0, y: 700 },
            { text: 'Chronology', depth: 2, pageIndex: 1, y: 500 },
          ],
          exhibitCitations: [
            { id: 'A1', pageIndex: 0, rect: [100, 600, 160, 615] },
            { id: 'a2', pageIndex: count - 1, rect: [100, 300, 160, 315] },
          ],
        },
        citationTextApplied: options.applied ?? true,
      };
    };
    return { calls, produce };
  }

  const input = (produce: BundleInput['renderSubmission'], citationPages = true): BundleInput => ({
    language: 'en',
    kind: 'extradition-defence',
    submissionTitle: 'Skeleton argument',
    exhibits: [
      { id: 'A1', title: 'One', file: 'one.pdf', index: 0 },
      { id: 'A2', title: 'Two', file: 'two.pdf', index: 1 },
    ],
    baseDir: dir,
    draft: false,
    renderSubmission: produce,
    settings: { ...DEFAULT_BUNDLE_SETTINGS, citationPages, pagePrefix: 'P' },
  });

  async function linksOf(bytes: Uint8Array, page: number): Promise<number[]> {
    const doc = await PDFDocument.load(bytes);
    const index = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
    const annots = doc.getPage(page).node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const out: number[] = [];
    for (let i = 0; i < (annots?.size() ?? 0); i++) out.push(index.get(annots!.lookup(i, PDFDict).lookup(PDFName.of('Dest'), PDFArray).get(0).toString())! + 1);
    return out;
  }

  it('nests the producer’s headings under the submission’s bookmark, and links each citation to its exhibit’s divider', async () => {
    const { produce } = fake(3);
    const result = await buildBundle(input(produce, false));
    const headings = readOutline(await PDFDocument.load(result.bytes));
    assert.deepEqual(headings.map((h) => [h.text, h.depth, h.pageIndex + 1]), [
      ['Index', 1, 1], ['Skeleton argument', 1, 2], ['Facts', 2, 2], ['Chronology', 3, 3], ['Exhibit A1 — One', 1, 5], ['Exhibit A2 — Two', 1, 8],
    ]);
    assert.deepEqual(await linksOf(result.bytes, 1), [5], 'the citation of A1 on the first submission page opens A1’s divider');
    assert.deepEqual(await linksOf(result.bytes, 3), [8], 'the citation of a2 opens A2’s divider');
  });

  it('shows after each citation the page its exhibit really starts on, laying the submission out again while it grows', async () => {
    // Adding the numbers makes the submission one page longer, once.
    const { calls, produce } = fake(3, { growth: () => 1 });
    const result = await buildBundle(input(produce));
    assert.deepEqual(result.warnings, []);
    const shown = calls.at(-1)!.citationText!;
    for (const item of result.items.slice(1)) assert.equal(shown.get(item.exhibitId!), `, p. P${item.firstPage}`, `${item.exhibitId} starts on P${item.firstPage}`);
    assert.equal(result.items[0].lastPage - result.items[0].firstPage + 1, 4, 'the bundle holds the longer submission');
    assert.equal(calls.length, 3, 'plain, with numbers (one page longer), with the corrected numbers');
  });

  it('shows no numbers, and says so, when the length never settles', async () => {
    const { calls, produce } = fake(3, { growth: (call) => call });
    const result = await buildBundle(input(produce));
    assert.match(result.warnings.join('\n'), /kept changing/);
    assert.equal(result.items[0].lastPage - result.items[0].firstPage + 1, 3, 'the plain submission is bundled');
    assert.ok(calls.length <= 5);
  });

  it('says so when the producer cannot add the numbers', async () => {
    const { produce } = fake(3, { applied: false });
    const result = await buildBundle(input(produce));
    assert.match(result.warnings.join('\n'), /not available/);
  });

  it('reads the export’s own PDF through producerFromPdfBytes: its bookmarks become the headings', async () => {
    const sub = parseSubmission(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'ccf-deletion-en.md'), 'utf8'));
    const produce = producerFromPdfBytes(() => renderSubmission('pdf', { submission: sub, draft: false, settings: { paper: 'a4' }, baseDir: dir }));
    const pdf = await produce({ citationText: new Map([['A1', ', p. 9']]) });
    assert.equal(pdf.citationTextApplied, false, 'it cannot add text after citations, and says so');
    assert.equal(pdf.pageCount, (await PDFDocument.load(pdf.bytes)).getPageCount());
    const titles = pdf.anchors.headings.map((h) => h.text);
    for (const h of ['Statement of facts', 'Rules violated', 'Relief sought']) assert.ok(titles.includes(h), `${h} in ${titles.join(', ')}`);
    assert.ok(pdf.anchors.headings.every((h) => h.pageIndex >= 0 && h.pageIndex < pdf.pageCount && h.y > 0));
  });
});
