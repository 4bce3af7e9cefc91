// PageTree → PDF bytes with pdfkit: fonts subset and embedded, glyph runs written directly, outline of 栏目
// and documents, 目录 links, document info. Same input → same bytes (fixed dates, so a fixed file ID).
import PDFDocument from 'pdfkit';
import { InputError } from '../../errors';
import type { PageTree } from '../../typeset/page-tree';
import type { FontSource } from '../../fonts/font-source';
import { openFace } from '../../fonts/open-face';
import { fontSetUsedWith } from '../../typeset/layout-issue';
import { GlyphEncoder, pageContent, type PdfFont } from './glyph-runs';
import { skipOutlineParsing } from './cff-subset';

export interface PdfAssets {
  /** Bytes of an image asset by name. */
  image(name: string): Uint8Array | undefined;
}

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export async function writePdf(tree: PageTree, fonts: FontSource, assets?: PdfAssets): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: [tree.width, tree.height],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: tree.info.title, Subject: tree.info.subject, Producer: '公报编排', Creator: '公报编排', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  } as PDFKit.PDFDocumentOptions);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const pdfFonts = new Map<string, PdfFont>();
  const fontFor = (key: string): PdfFont => {
    let f = pdfFonts.get(key);
    if (!f) {
      const face = tree.fonts.find((x) => x.key === key);
      const ref = { file: face?.source ?? key, ...(face?.postscriptName ? { postscriptName: face.postscriptName } : {}) };
      // The fontkit face layout used (same object, metrics already decoded); else open it from the source.
      const known = fontSetUsedWith(fonts)?.faces.get(key)?.font;
      const bytes = known ? undefined : fonts.read(ref);
      if (!known && !bytes) throw new InputError(ref.file, '', '找不到这个字体文件，无法嵌入 PDF');
      doc.font((known ?? openFace(bytes!, ref).font) as unknown as string);
      f = (doc as unknown as { _font: PdfFont })._font;
      skipOutlineParsing(f.subset);
      pdfFonts.set(key, f);
    }
    return f;
  };
  const enc = new GlyphEncoder();
  const ascii = new TextEncoder();
  const anchorsByPage = new Map<number, PageTree['anchors']>();
  for (const a of tree.anchors) anchorsByPage.set(a.page, [...(anchorsByPage.get(a.page) ?? []), a]);

  tree.pages.forEach((page, index) => {
    doc.addPage({ size: [tree.width, tree.height], margin: 0 });
    const used = new Set<PdfFont>();
    const content = pageContent(page, tree.height, fontFor, enc, used);
    const p = doc.page as unknown as { fonts: Record<string, unknown> };
    for (const f of used) p.fonts[f.id] ??= f.ref();
    // The content is ASCII: encoded natively here (pdfkit would copy a string into bytes char by char),
    // with the newline pdfkit appends to a string chunk.
    (doc as unknown as { addContent(s: Uint8Array): void }).addContent(ascii.encode(`${content}\n`));
    for (const item of page.items) {
      if (item.kind === 'link') doc.goTo(item.x, item.y, item.w, item.h, item.anchor);
      else if (item.kind === 'image') {
        const bytes = assets?.image(item.asset);
        let drawn = false;
        try {
          if (bytes) {
            doc.image(bytes as unknown as Buffer, item.x, item.y, { width: item.w, height: item.h });
            drawn = true;
          }
        } catch {
          drawn = false; // not a PNG/JPEG pdfkit can read: leave the frame, the checker reports the asset
        }
        if (!drawn) doc.rect(item.x, item.y, item.w, item.h).lineWidth(0.5).stroke();
      }
    }
    for (const a of anchorsByPage.get(index) ?? []) doc.addNamedDestination(a.id, 'XYZ', 0, a.y, null);
  });

  for (const section of tree.outline) {
    const page = tree.anchors.find((a) => a.id === section.anchor)?.page ?? 0;
    const item = doc.outline.addItem(section.title, { pageNumber: page } as never);
    for (const child of section.children) {
      const childPage = tree.anchors.find((a) => a.id === child.anchor)?.page ?? page;
      item.addItem(child.title, { pageNumber: childPage } as never);
    }
  }
  doc.end();
  await done;
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
