// The PdfPlan: what the PDF will hold, as plain data (typed arrays and small objects) that a worker message
// can carry: made by pdf-plan.ts without pdfkit, written by render-pdf.ts with it.
import type { FontRef } from '../../profiles/profile';

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
  /** End of this page's content in its batch's content (the previous page's end is its start). */
  contentEnd: number;
  /** The content is a whole zlib stream, pdfkit's y flip included (planned with a deflate; not on pages with
   *  images, whose placements pdfkit writes after it). */
  deflated?: boolean;
  fonts: string[];
  links: Array<{ x: number; y: number; w: number; h: number; anchor: string }>;
  images: Array<{ asset: string; x: number; y: number; w: number; h: number }>;
  anchors: Array<{ id: string; y: number }>;
}

export interface PlanHead {
  width: number;
  height: number;
  info: { title: string; subject: string };
}

/** Pages in order, planned together. */
export interface PageBatch {
  /** The pages' content streams (ASCII operators), one after another. */
  content: Uint8Array;
  pages: PlanPage[];
  /** Bytes of the image assets these pages draw, by name. */
  images: Record<string, Uint8Array>;
  /** Per font, the subset entries these pages added (a renderer may start on the font programs early). */
  glyphs?: GlyphsAdded[];
}

export interface GlyphsAdded {
  id: string;
  ref: FontRef;
  postscriptName?: string;
  /** Glyph id of each new subset entry, from entry `from` on. */
  from: number;
  gids: Uint16Array;
}

/** What is known only once every page is planned. */
export interface PlanTail {
  fonts: PlanFont[];
  outline: Array<{ title: string; page: number; children: Array<{ title: string; page: number }> }>;
}

/** The whole plan: all pages as one batch. */
export type PdfPlan = PlanHead & PageBatch & PlanTail;

export interface PdfAssets {
  /** Bytes of an image asset by name. */
  image(name: string): Uint8Array | undefined;
}
