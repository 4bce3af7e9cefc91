// The PageTree: the engine's display list. The PDF writer, the on-screen preview and print all draw it,
// so what the clerk sees is what the printer gets. Units are PDF points; origin at the page's top-left,
// y growing downwards (the PDF writer flips it).

/** A positioned run of glyphs in one font at one size, on one baseline. */
export interface GlyphRun {
  kind: 'glyphs';
  /** Key of the font face in PageTree.fonts */
  font: string;
  size: number;
  /** Baseline origin of the first glyph. */
  x: number;
  y: number;
  /** Glyph ids in the face. */
  glyphs: number[];
  /** x offset of each glyph from `x`, in points (the engine has already justified and compressed). */
  offsets: number[];
  /** The characters the glyphs stand for, one string per glyph (for ToUnicode, search, tests). */
  chars: string[];
  /** Advance of each glyph as set (a compressed mark is narrower than its natural width), points. */
  advances?: number[];
}

export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  stroke?: number;
}

export interface ImageItem {
  kind: 'image';
  asset: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A clickable area that jumps to an anchor (目录 entries). */
export interface LinkItem {
  kind: 'link';
  x: number;
  y: number;
  w: number;
  h: number;
  anchor: string;
}

/**
 * Items drawn in a frame of their own: a local point (x, y) lands on the page at
 * (a·x + c·y + e, b·x + d·y + f). A landscape table's page is such a group, turned a quarter.
 */
export interface GroupItem {
  kind: 'group';
  transform: [a: number, b: number, c: number, d: number, e: number, f: number];
  items: DrawItem[];
}

export type DrawItem = GlyphRun | RuleItem | RectItem | ImageItem | LinkItem | GroupItem;

export type PageKind = 'cover' | 'board' | 'toc' | 'body' | 'blank' | 'back';

export interface PageNode {
  kind: PageKind;
  /** Printed page number, or null where no folio is printed (cover, blank pages …). */
  folio: number | null;
  items: DrawItem[];
  /** Ids of the articles that have text on this page (preview: click a page → jump to its text). */
  articles: string[];
}

export interface FontFace {
  key: string;
  /** Bundled file name or installed font path the bytes came from. */
  source: string;
  postscriptName?: string;
}

/** A named destination: an article's title, a 栏目 start. */
export interface Anchor {
  id: string;
  /** 0-based index into pages */
  page: number;
  y: number;
}

export interface OutlineNode {
  title: string;
  anchor: string;
  children: OutlineNode[];
}

export interface TocLine {
  section: string;
  articleId: string;
  title: string;
  docNo?: string;
  /** Printed page number */
  page: number;
  /** 1-based page index in the PDF */
  pdfPage: number;
}

export interface MissingGlyph {
  char: string;
  article: string;
}

export interface PageTree {
  width: number;
  height: number;
  pages: PageNode[];
  fonts: FontFace[];
  anchors: Anchor[];
  outline: OutlineNode[];
  toc: TocLine[];
  missingGlyphs: MissingGlyph[];
  /** Document info for the PDF */
  info: { title: string; subject: string };
}
