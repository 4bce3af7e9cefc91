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
import { GlyphEncoder, newPdfFont, pageContent, type PdfFont } from './glyph-runs';

export interface PlanFont {
  /** Resource name in the page dictionaries. */
  id: string;
  /** Where the bytes come from (the renderer reads them through a FontSource, or gets `bytes`). */
  ref: FontRef;
  /** The face's PostScript name (picks the member of a collection). */
  postscriptName?: string;
  /** Glyph id of each subset entry (entry 0 is .notdef); a glyph may appear twice (narrowed marks). */
  glyphs: Uint16Array;
  /** Width of each subset entry, 1/1000 em. */
  widths: Float64Array;
  /** Text of each subset entry (ToUnicode). */
  unicode: string[];
  /** The font file, when the renderer cannot read it itself. */
  bytes?: Uint8Array;
}

export interface PlanPage {
  /** End of this page's content in PdfPlan.content (the previous page's end is its start). */
  contentEnd: number;
  fonts: string[];
  links: Array<{ x: number; y: number; w: number; h: number; anchor: string }>;
  images: Array<{ asset: string; x: number; y: number; w: number; h: number }>;
  anchors: Array<{ id: string; y: number }>;
}

export interface PdfPlan {
  width: number;
  height: number;
  info: { title: string; subject: string };
  /** Every page's content stream (ASCII operators), one after another. */
  content: Uint8Array;
  pages: PlanPage[];
  fonts: PlanFont[];
  outline: Array<{ title: string; page: number; children: Array<{ title: string; page: number }> }>;
  /** Bytes of the image assets the pages draw, by name. */
  images: Record<string, Uint8Array>;
}

export interface PdfAssets {
  /** Bytes of an image asset by name. */
  image(name: string): Uint8Array | undefined;
}

export function planPdf(tree: PageTree, fonts: FontSource, assets?: PdfAssets): PdfPlan {
  const planFonts = new Map<string, { font: PdfFont; ref: FontRef; postscriptName?: string }>();
  const fontFor = (key: string): PdfFont => {
    let f = planFonts.get(key);
    if (!f) {
      const face = tree.fonts.find((x) => x.key === key);
      const entry = fontSetUsedWith(fonts)?.faces.get(key);
      const ref: FontRef = entry?.ref ?? { file: face?.source ?? key, ...(face?.postscriptName ? { postscriptName: face.postscriptName } : {}) };
      const bytes = entry?.bytes ?? fonts.read(ref);
      const name = ref.file ?? ref.family ?? key;
      if (!bytes) throw new InputError(name, '', '找不到这个字体文件，无法嵌入 PDF');
      let tables;
      try {
        tables = sfntTables(bytes, { postscriptName: face?.postscriptName ?? ref.postscriptName, family: ref.family });
      } catch (e) {
        throw new InputError(name, '', `字体文件无法读取，无法嵌入 PDF：${(e as Error).message}`);
      }
      const upm = new DataView(tables.get('head')!.buffer, tables.get('head')!.byteOffset).getUint16(18);
      f = { font: newPdfFont(`G${planFonts.size + 1}`, upm || 1000, advanceReader(tables)), ref, postscriptName: face?.postscriptName };
      planFonts.set(key, f);
    }
    return f.font;
  };

  const enc = new GlyphEncoder();
  const anchorsByPage = new Map<number, PlanPage['anchors']>();
  for (const a of tree.anchors) anchorsByPage.set(a.page, [...(anchorsByPage.get(a.page) ?? []), { id: a.id, y: a.y }]);
  const images: Record<string, Uint8Array> = {};
  const texts: string[] = [];
  let length = 0;
  const pages = tree.pages.map((page, index): PlanPage => {
    const used = new Set<PdfFont>();
    const text = `${pageContent(page, tree.height, fontFor, enc, used)}\n`;
    texts.push(text);
    length += text.length;
    const plan: PlanPage = { contentEnd: length, fonts: [...used].map((f) => f.id), links: [], images: [], anchors: anchorsByPage.get(index) ?? [] };
    for (const item of page.items) {
      if (item.kind === 'link') plan.links.push({ x: item.x, y: item.y, w: item.w, h: item.h, anchor: item.anchor });
      else if (item.kind === 'image') {
        plan.images.push({ asset: item.asset, x: item.x, y: item.y, w: item.w, h: item.h });
        const bytes = assets?.image(item.asset);
        if (bytes) images[item.asset] = bytes;
      }
    }
    return plan;
  });
  // The content is ASCII: one buffer, each page's text written into it natively.
  const content = new Uint8Array(length);
  const ascii = new TextEncoder();
  let at = 0;
  for (const t of texts) at += ascii.encodeInto(t, content.subarray(at)).written;

  const pageOf = (anchor: string, fallback: number) => tree.anchors.find((a) => a.id === anchor)?.page ?? fallback;
  const outline = tree.outline.map((section) => {
    const page = pageOf(section.anchor, 0);
    return { title: section.title, page, children: section.children.map((c) => ({ title: c.title, page: pageOf(c.anchor, page) })) };
  });
  return {
    width: tree.width,
    height: tree.height,
    info: { ...tree.info },
    content,
    pages,
    fonts: [...planFonts.values()].map(({ font, ref, postscriptName }) => ({
      id: font.id,
      ref,
      ...(postscriptName ? { postscriptName } : {}),
      glyphs: Uint16Array.from(font.glyphs),
      widths: Float64Array.from(font.widths, (w) => w ?? 0),
      unicode: Array.from(font.unicode, (u) => u ?? ''),
    })),
    outline,
    images,
  };
}

/** The buffers of a plan a worker message can transfer instead of copying. */
export function planTransferables(plan: PdfPlan): ArrayBuffer[] {
  const list = new Set<ArrayBuffer>([plan.content.buffer as ArrayBuffer]);
  for (const f of plan.fonts) {
    list.add(f.glyphs.buffer as ArrayBuffer);
    list.add(f.widths.buffer as ArrayBuffer);
  }
  return [...list];
}
