// Bookmarks (the PDF "outline"). pdf-lib has no API for them, so the dictionaries are written
// by hand as the PDF specification (ISO 32000, 12.3.3) describes: a linked list per level.
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFDocument,
  type PDFRef,
} from '@cantoo/pdf-lib';

export interface OutlineItem {
  title: string;
  page: PDFRef;
  /** Where the view jumps to on the page, in points from the bottom. */
  top: number;
  children: OutlineItem[];
}

/** Writes the items as the document's outline and opens the bookmarks panel; nothing if empty. */
export function addOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const root = doc.context.nextRef();
  const level = writeLevel(doc, items, root);
  const dict = doc.context.obj({ Type: 'Outlines' }) as PDFDict;
  setLevel(dict, level);
  doc.context.assign(root, dict);
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

interface Level {
  first: PDFRef;
  last: PDFRef;
  count: number;
}

function setLevel(dict: PDFDict, level: Level): void {
  dict.set(PDFName.of('First'), level.first);
  dict.set(PDFName.of('Last'), level.last);
  // A positive count: the level shows open.
  dict.set(PDFName.of('Count'), PDFNumber.of(level.count));
}

/** Writes one level under `parent`: its ends, and how many items it holds with their children. */
function writeLevel(doc: PDFDocument, items: readonly OutlineItem[], parent: PDFRef): Level {
  const { context } = doc;
  const refs = items.map(() => context.nextRef());
  let count = 0;
  items.forEach((item, i) => {
    const ref = refs[i]!;
    const dest = PDFArray.withContext(context);
    for (const part of [item.page, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(item.top)), PDFNull])
      dest.push(part);
    const dict = context.obj({}) as PDFDict;
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
    dict.set(PDFName.of('Parent'), parent);
    dict.set(PDFName.of('Dest'), dest);
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    count += 1;
    if (item.children.length) {
      const below = writeLevel(doc, item.children, ref);
      setLevel(dict, below);
      count += below.count;
    }
    context.assign(ref, dict);
  });
  return { first: refs[0]!, last: refs.at(-1)!, count };
}
