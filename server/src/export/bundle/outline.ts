// PDF bookmarks (the document outline, ISO 32000-1 §12.3.3) written with the library's object API:
// pdf-lib has no outline API. Each item is a dictionary linked to its parent and siblings, with a
// destination on a page; Count says how many items show under an open one.
import { PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from '@cantoo/pdf-lib';

export interface OutlineNode {
  title: string;
  pageIndex: number;
  /** Top of the target in user space; absent: the whole page (/Fit). */
  y?: number;
  children?: OutlineNode[];
  /** Shown unfolded. */
  open?: boolean;
}

/** Replaces the document's outline with `nodes` and opens the bookmarks pane with the document. */
export function writeOutline(doc: PDFDocument, nodes: OutlineNode[]): void {
  const { context } = doc;
  const pages = doc.getPages();
  const root = context.nextRef();

  // Returns the number of items visible under `list` when its parent is open.
  const writeLevel = (list: OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef; visible: number } => {
    const refs = list.map(() => context.nextRef());
    let visible = list.length;
    list.forEach((node, i) => {
      const page = pages[node.pageIndex];
      if (!page) throw new RangeError(`Bookmark “${node.title}” points at page ${node.pageIndex + 1} of ${pages.length}`);
      const dest = node.y === undefined ? [page.ref, PDFName.of('Fit')] : [page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(node.y), PDFNull];
      const dict = context.obj({ Title: PDFHexString.fromText(node.title), Parent: parent, Dest: dest });
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
      if (node.children?.length) {
        const sub = writeLevel(node.children, refs[i]);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(node.open ? sub.visible : -sub.visible));
        if (node.open) visible += sub.visible;
      }
      context.assign(refs[i], dict);
    });
    return { first: refs[0], last: refs[refs.length - 1], visible };
  };

  if (nodes.length === 0) {
    doc.catalog.delete(PDFName.of('Outlines'));
    return;
  }
  const top = writeLevel(nodes, root);
  context.assign(root, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.visible }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
