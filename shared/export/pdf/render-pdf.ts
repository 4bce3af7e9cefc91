// PdfPlan → PDF bytes with pdfkit: pages, content streams (deflated here, with the caller's deflate), fonts,
// images, 目录 links, named destinations, outline, document info. Same plan → same bytes (fixed dates, so a
// fixed file ID). This module is the one that imports pdfkit; write-pdf.ts loads it on demand.
import PDFDocument from 'pdfkit';
import { InputError } from '../../errors';
import { sfntTables, type SfntTables } from '../../fonts/sfnt';
import { embedFont, type Deflate, type PdfRef, type RefMaker } from './embed-font';
import type { GlyphsAdded, PageBatch, PdfPlan, PlanFont, PlanHead, PlanTail } from './pdf-plan';
import { CffStream, type DeflateRaw } from './font-stream';
import type { SparseCff } from './sparse-cff';
import { concatBytes } from './concat-bytes';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export interface RenderOptions {
  /** The tables of a planned font's face, read as needed (a FontSource's tables()). */
  fontTables?: (font: PlanFont) => SfntTables | undefined;
  /** The whole font file of a planned font (when there is no fontTables). */
  fontBytes?: (font: PlanFont) => Uint8Array | undefined;
  /** zlib-format deflate for the streams (the CLI's worker gives node:zlib at a fast level); without it
   *  pdfkit deflates them itself (zlib, default level). */
  deflate?: Deflate;
  /** Raw deflate with sync flushes: with it (and fontTables) CFF font programs are compressed batch by batch. */
  deflateRaw?: DeflateRaw;
  /** A font's CFF table read piecewise (only the charstrings used), when the caller can read its file. */
  cffSource?: (font: { ref: PlanFont['ref']; postscriptName?: string }) => SparseCff | undefined;
}

interface PdfkitPage {
  fonts: Record<string, unknown>;
  content: PdfRef & { buffer: Uint8Array[] };
}

export function renderPdf(plan: PdfPlan, options: RenderOptions = {}): Promise<Uint8Array> {
  const renderer = new PdfRenderer(plan, options);
  renderer.addPages(plan);
  return renderer.finish(plan);
}

/** Writes a plan as it comes: pages batch by batch (each page is written out when the next begins), then the fonts. */
export class PdfRenderer {
  private readonly doc: PDFKit.PDFDocument;
  private readonly refs: RefMaker;
  private readonly chunks: Uint8Array[] = [];
  private readonly done: Promise<void>;
  private readonly fontRefs = new Map<string, PdfRef>();
  /** Font programs compressed as the batches come (null: not a CFF font, or no raw deflate given). */
  private readonly streams = new Map<string, CffStream | null>();

  constructor(
    private readonly head: PlanHead,
    private readonly options: RenderOptions = {},
  ) {
    const doc = new PDFDocument({
      size: [head.width, head.height],
      margin: 0,
      autoFirstPage: false,
      compress: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: head.info.title, Subject: head.info.subject, Producer: '公报编排', Creator: '公报编排', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    } as PDFKit.PDFDocumentOptions);
    doc.on('data', (c: Uint8Array) => this.chunks.push(c));
    this.done = new Promise<void>((resolve, reject) => {
      doc.on('end', () => resolve());
      doc.on('error', reject);
    });
    this.doc = doc;
    this.refs = doc as unknown as RefMaker;
  }

  addPages(batch: PageBatch): void {
    const { doc, head } = this;
    for (const added of batch.glyphs ?? []) this.addGlyphs(added);
    const deflate = this.options.deflate;
    let start = 0;
    for (const page of batch.pages) {
      doc.addPage({ size: [head.width, head.height], margin: 0 });
      const p = doc.page as unknown as PdfkitPage;
      for (const id of page.fonts) p.fonts[id] ??= this.fontRef(id);
      const content = batch.content.subarray(start, page.contentEnd);
      if (page.deflated) {
        // Already a whole stream, pdfkit's y flip included: it replaces what pdfkit wrote.
        p.content.buffer = [content];
        p.content.compress = false;
        p.content.data.Filter = 'FlateDecode';
      } else (doc as unknown as { addContent(s: Uint8Array): void }).addContent(content);
      start = page.contentEnd;
      for (const link of page.links) doc.goTo(link.x, link.y, link.w, link.h, link.anchor);
      for (const image of page.images) {
        const bytes = batch.images[image.asset];
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
      if (deflate && !page.deflated) {
        const content = p.content;
        content.buffer = [deflate(concatBytes(content.buffer))];
        content.compress = false;
        content.data.Filter = 'FlateDecode';
      }
    }
  }

  async finish(tail: PlanTail): Promise<Uint8Array> {
    const { doc } = this;
    for (const section of tail.outline) {
      const item = doc.outline.addItem(section.title, { pageNumber: section.page } as never);
      for (const child of section.children) item.addItem(child.title, { pageNumber: child.page } as never);
    }
    tail.fonts.forEach((font, i) => {
      const name = font.ref.file ?? font.ref.family ?? font.id;
      const wanted = { postscriptName: font.postscriptName, family: font.ref.family };
      let tables: SfntTables | undefined;
      try {
        const whole = font.bytes ?? (this.options.fontTables ? undefined : this.options.fontBytes?.(font));
        tables = whole ? sfntTables(whole, wanted) : this.options.fontTables?.(font);
      } catch (e) {
        throw new InputError(name, '', `字体文件无法读取，无法嵌入 PDF：${(e as Error).message}`);
      }
      if (!tables) throw new InputError(name, '', '找不到这个字体文件，无法嵌入 PDF');
      const program = this.streams.get(font.id)?.finish(font.glyphs);
      embedFont(this.refs, this.fontRef(font.id), font, tables, this.options.deflate, subsetTag(i), program);
    });
    // pdfkit orders named destinations with localeCompare (starting ICU's collator costs ~10 ms); a PDF name
    // tree is ordered by the keys' bytes, which a plain comparison gives for our ASCII anchor ids.
    const dests = (doc as unknown as { _root?: { data?: { Names?: { data?: { Dests?: { _compareKeys?: unknown } } } } } })._root?.data?.Names?.data?.Dests;
    if (dests) dests._compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    doc.end();
    await this.done;
    return concatBytes(this.chunks, true);
  }

  /** Compresses the charstrings of a CFF font's new subset entries now (see font-stream.ts). */
  private addGlyphs(added: GlyphsAdded): void {
    const { deflateRaw, fontTables } = this.options;
    if (!deflateRaw || !fontTables) return;
    let stream = this.streams.get(added.id);
    if (stream === undefined) {
      let cff: Uint8Array | undefined;
      let sparse: SparseCff | undefined;
      try {
        sparse = added.from === 0 ? this.options.cffSource?.(added) : undefined;
        const tables = added.from === 0 && !sparse ? fontTables({ ...added, glyphs: added.gids, widths: new Float64Array(0), unicode: [] }) : undefined;
        cff = sparse?.bytes ?? tables?.get('CFF ');
        // A TrueType face is subset at the end; its outlines are read now, while the pages are still coming.
        if (tables && !cff) for (const tag of ['glyf', 'loca', 'hmtx']) tables.get(tag);
      } catch {
        cff = undefined; // reported when the font is embedded
      }
      this.streams.set(added.id, (stream = cff ? new CffStream(cff, deflateRaw, sparse && ((gids) => sparse!.ensure(gids))) : null));
    }
    if (stream && stream.count === added.from) stream.add(added.gids);
  }

  /** The Type0 font object pages name (filled in by finish). */
  private fontRef(id: string): PdfRef {
    let ref = this.fontRefs.get(id);
    if (!ref) this.fontRefs.set(id, (ref = this.refs.ref()));
    return ref;
  }
}

/** Six capital letters naming a subset (PDF 9.6.4), distinct per font of the document. */
function subsetTag(index: number): string {
  let tag = '';
  for (let i = 0, n = index; i < 6; i++, n = Math.floor(n / 26)) tag = String.fromCharCode(65 + (n % 26)) + tag;
  return tag;
}

