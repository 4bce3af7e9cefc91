// PageTree → PdfPlan: everything the PDF will hold, worked out without pdfkit — page content streams as bytes,
// per font the subset's glyphs in order with widths and text, links, named destinations, outline, images,
// info. Rendering the plan (render-pdf.ts) is the only step that loads pdfkit, so it can run in a worker that
// imported pdfkit while this thread laid the issue out. The plan is plain data: typed arrays and small objects,
// cheap to post to a worker (the page contents are one buffer).
import { InputError } from '../../errors';
import type { FontRef } from '../../profiles/profile';
import type { PageTree } from '../../typeset/page-tree';
import type { FontSource } from '../../fonts/font-source';
import { sfntTables } from '../../fonts/sfnt';
import { fontSetUsedWith } from '../../typeset/layout-issue';
import { advanceReader } from './font-file';
import { AsciiWriter } from './ascii-writer';
import { GlyphEncoder, newPdfFont, pageContent, type PdfFont } from './glyph-runs';
import type { GlyphsAdded, PageBatch, PdfAssets, PdfPlan, PlanHead, PlanPage, PlanTail } from './plan-types';

export type { GlyphsAdded, PageBatch, PdfAssets, PdfPlan, PlanFont, PlanHead, PlanPage, PlanTail } from './plan-types';

/** Pages per batch: a worker starts writing early, messages stay few. The same on every path, so that the
 *  font programs (compressed a batch at a time) come out the same bytes. */
export const BATCH_PAGES = 24;

export function planPdf(tree: PageTree, fonts: FontSource, assets?: PdfAssets): PdfPlan {
  const planner = new PdfPlanner(tree, fonts, assets);
  return { ...planner.head(), ...planner.nextBatch(Number.POSITIVE_INFINITY)!, ...planner.tail() };
}

/**
 * Plans a PageTree a batch of pages at a time, so a renderer in another thread can write the first pages
 * while the next are planned; the fonts (whose subsets grow with every page) come last, in tail().
 */
export class PdfPlanner {
  private readonly fontsByKey = new Map<string, { font: PdfFont; ref: FontRef; postscriptName?: string }>();
  private readonly enc = new GlyphEncoder();
  private readonly writer = new AsciiWriter();
  private readonly anchorsByPage = new Map<number, PlanPage['anchors']>();
  private next = 0;
  /** Per font id, how many subset entries earlier batches reported. */
  private readonly sent = new Map<string, number>();

  constructor(
    private readonly tree: PageTree,
    private readonly fonts: FontSource,
    private readonly assets?: PdfAssets,
    /** zlib deflate: pages are compressed here (so a worker rendering them has less to do). */
    private readonly deflate?: (bytes: Uint8Array) => Uint8Array,
  ) {
    for (const a of tree.anchors) this.anchorsByPage.set(a.page, [...(this.anchorsByPage.get(a.page) ?? []), { id: a.id, y: a.y }]);
  }

  head(): PlanHead {
    return { width: this.tree.width, height: this.tree.height, info: { ...this.tree.info } };
  }

  /** The next `count` pages (fewer at the end), or undefined when every page is planned. */
  nextBatch(count: number): PageBatch | undefined {
    const { tree } = this;
    if (this.next >= tree.pages.length) return undefined;
    const end = Math.min(tree.pages.length, this.next + count);
    const images: Record<string, Uint8Array> = {};
    const pages: PlanPage[] = [];
    const w = this.writer;
    for (let index = this.next; index < end; index++) {
      const page = tree.pages[index]!;
      const used = new Set<PdfFont>();
      const start = w.length;
      const deflated = this.deflate !== undefined && !page.items.some((i) => i.kind === 'image');
      // The y flip pdfkit writes first on every page (its number format), then the page's operators.
      if (deflated) w.text(`1 0 0 -1 0 ${Math.round(tree.height * 1e6) / 1e6} cm\n`);
      pageContent(page, tree.height, this.fontFor, this.enc, used, w);
      if (deflated) {
        const packed = this.deflate!(w.since(start));
        w.length = start;
        w.bytes(packed);
      }
      const plan: PlanPage = { contentEnd: w.length, fonts: [...used].map((f) => f.id), links: [], images: [], anchors: this.anchorsByPage.get(index) ?? [] };
      if (deflated) plan.deflated = true;
      for (const item of page.items) {
        if (item.kind === 'link') plan.links.push({ x: item.x, y: item.y, w: item.w, h: item.h, anchor: item.anchor });
        else if (item.kind === 'image') {
          plan.images.push({ asset: item.asset, x: item.x, y: item.y, w: item.w, h: item.h });
          const bytes = this.assets?.image(item.asset);
          if (bytes) images[item.asset] = bytes;
        }
      }
      pages.push(plan);
    }
    this.next = end;
    const glyphs: GlyphsAdded[] = [];
    for (const f of this.fontsByKey.values()) {
      const from = this.sent.get(f.font.id) ?? 0;
      if (f.font.glyphs.length === from) continue;
      glyphs.push({ id: f.font.id, ref: f.ref, ...(f.postscriptName ? { postscriptName: f.postscriptName } : {}), from, gids: Uint16Array.from(f.font.glyphs.slice(from)) });
      this.sent.set(f.font.id, f.font.glyphs.length);
    }
    return { content: w.take(), pages, images, glyphs };
  }

  tail(): PlanTail {
    const { tree } = this;
    const pageOf = (anchor: string, fallback: number) => tree.anchors.find((a) => a.id === anchor)?.page ?? fallback;
    const outline = tree.outline.map((section) => {
      const page = pageOf(section.anchor, 0);
      return { title: section.title, page, children: section.children.map((c) => ({ title: c.title, page: pageOf(c.anchor, page) })) };
    });
    const fonts = [...this.fontsByKey.values()].map(({ font, ref, postscriptName }) => ({
      id: font.id,
      ref,
      ...(postscriptName ? { postscriptName } : {}),
      glyphs: Uint16Array.from(font.glyphs),
      widths: Float64Array.from(font.widths, (w) => w ?? 0),
      unicode: Array.from(font.unicode, (u) => u ?? ''),
    }));
    return { fonts, outline };
  }

  private readonly fontFor = (key: string): PdfFont => {
    let f = this.fontsByKey.get(key);
    if (!f) {
      const face = this.tree.fonts.find((x) => x.key === key);
      const entry = fontSetUsedWith(this.fonts)?.faces.get(key);
      const ref: FontRef = entry?.ref ?? { file: face?.source ?? key, ...(face?.postscriptName ? { postscriptName: face.postscriptName } : {}) };
      const name = ref.file ?? ref.family ?? key;
      // The tables layout already read (advances and units per em are all the plan needs), else the file's.
      let tables = entry?.tables;
      try {
        if (!tables) {
          const bytes = this.fonts.tables ? undefined : this.fonts.read(ref);
          tables = this.fonts.tables?.(ref) ?? (bytes ? sfntTables(bytes, { postscriptName: face?.postscriptName ?? ref.postscriptName, family: ref.family }) : undefined);
        }
      } catch (e) {
        throw new InputError(name, '', `字体文件无法读取，无法嵌入 PDF：${(e as Error).message}`);
      }
      if (!tables) throw new InputError(name, '', '找不到这个字体文件，无法嵌入 PDF');
      const head = tables.get('head');
      const upm = head ? new DataView(head.buffer, head.byteOffset).getUint16(18) : 1000;
      f = { font: newPdfFont(`G${this.fontsByKey.size + 1}`, upm || 1000, advanceReader(tables)), ref, postscriptName: face?.postscriptName };
      this.fontsByKey.set(key, f);
    }
    return f.font;
  };
}

/** The buffers of a plan's fonts a worker message can transfer instead of copying. */
export function tailTransferables(tail: PlanTail): ArrayBuffer[] {
  return tail.fonts.flatMap((f) => [f.glyphs.buffer as ArrayBuffer, f.widths.buffer as ArrayBuffer]);
}
