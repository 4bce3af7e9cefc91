// PdfPlan → PDF bytes with pdfkit: pages, content streams (deflated here, with the caller's deflate), fonts,
// images, 目录 links, named destinations, outline, document info. Same plan → same bytes (fixed dates, so a
// fixed file ID). This module is the one that imports pdfkit; write-pdf.ts loads it on demand.
import PDFDocument from 'pdfkit';
import { InputError } from '../../errors';
import { embedFont, type Deflate, type PdfRef, type RefMaker } from './embed-font';
import type { PdfPlan, PlanFont } from './pdf-plan';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export interface RenderOptions {
  /** The font file of a planned font (else its `bytes`). */
  fontBytes?: (font: PlanFont) => Uint8Array | undefined;
  /** zlib-format deflate for the streams (the CLI's worker gives node:zlib at a fast level); without it
   *  pdfkit deflates them itself (zlib, default level). */
  deflate?: Deflate;
}

interface PdfkitPage {
  fonts: Record<string, unknown>;
  content: PdfRef & { buffer: Uint8Array[] };
}

export async function renderPdf(plan: PdfPlan, options: RenderOptions = {}): Promise<Uint8Array> {
  const deflate = options.deflate;
  const doc = new PDFDocument({
    size: [plan.width, plan.height],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: plan.info.title, Subject: plan.info.subject, Producer: '公报编排', Creator: '公报编排', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  } as PDFKit.PDFDocumentOptions);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const refs = doc as unknown as RefMaker;
  const fontRefs = new Map(plan.fonts.map((f) => [f.id, refs.ref()]));

  let start = 0;
  for (const page of plan.pages) {
    doc.addPage({ size: [plan.width, plan.height], margin: 0 });
    const p = doc.page as unknown as PdfkitPage;
    for (const id of page.fonts) p.fonts[id] ??= fontRefs.get(id);
    (doc as unknown as { addContent(s: Uint8Array): void }).addContent(plan.content.subarray(start, page.contentEnd));
    start = page.contentEnd;
    for (const link of page.links) doc.goTo(link.x, link.y, link.w, link.h, link.anchor);
    for (const image of page.images) {
      const bytes = plan.images[image.asset];
      let drawn = false;
      try {
        if (bytes) {
          doc.image(bytes as unknown as Buffer, image.x, image.y, { width: image.w, height: image.h });
          drawn = true;
        }
      } catch {
        drawn = false; // not a PNG/JPEG pdfkit can read: leave the frame, the checker reports the asset
      }
      if (!drawn) doc.rect(image.x, image.y, image.w, image.h).lineWidth(0.5).stroke();
    }
    for (const a of page.anchors) doc.addNamedDestination(a.id, 'XYZ', 0, a.y, null);
    // The page's whole content (pdfkit's y flip, our operators, image placements), deflated by us before
    // pdfkit writes the page out on the next addPage; with a Filter set it does not deflate again.
    if (deflate) {
      const content = p.content;
      content.buffer = [deflate(concat(content.buffer))];
      content.compress = false;
      content.data.Filter = 'FlateDecode';
    }
  }

  for (const section of plan.outline) {
    const item = doc.outline.addItem(section.title, { pageNumber: section.page } as never);
    for (const child of section.children) item.addItem(child.title, { pageNumber: child.page } as never);
  }

  plan.fonts.forEach((font, i) => {
    const bytes = font.bytes ?? options.fontBytes?.(font);
    const name = font.ref.file ?? font.ref.family ?? font.id;
    if (!bytes) throw new InputError(name, '', '找不到这个字体文件，无法嵌入 PDF');
    embedFont(refs, fontRefs.get(font.id)!, font, bytes, deflate, subsetTag(i));
  });
  doc.end();
  await done;
  return concat(chunks, true);
}

/** Six capital letters naming a subset (PDF 9.6.4), distinct per font of the document. */
function subsetTag(index: number): string {
  let tag = '';
  for (let i = 0, n = index; i < 6; i++, n = Math.floor(n / 26)) tag = String.fromCharCode(65 + (n % 26)) + tag;
  return tag;
}

/** One array of the chunks; `fresh`: always a new buffer of its own (a worker can transfer it). */
function concat(chunks: Uint8Array[], fresh = false): Uint8Array {
  if (chunks.length === 1 && !fresh) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
