// Glyph runs written straight into the page content (TYPESETTING.md §5.1): the engine has placed every
// glyph, so no shaping per call. Glyph ids go into the font's subset list; a mark the engine set at half
// width gets its own subset entry whose width is the half, so text extraction sees the line as set.
import type { DrawItem, GlyphRun, PageNode } from '../../typeset/page-tree';
import { HEX, type AsciiWriter } from './ascii-writer';

/** A font being planned: its subset so far (subset id = index; entry 0 is .notdef), widths and text. */
export interface PdfFont {
  id: string;
  unitsPerEm: number;
  /** Advance in font units by glyph id (hmtx). */
  advance(gid: number): number;
  /** Glyph id of each subset entry. */
  glyphs: number[];
  /** Subset id + 1 of a glyph at its natural width, by glyph id (0: not yet in the subset). Zero-filled
   *  typed arrays by glyph id (glyph ids are 16-bit) cost nothing to make; filling them would. */
  mapping: Int32Array;
  /** Natural advance by glyph id, 1/1000 em (0: not read yet). */
  natural: Float64Array;
  /** Subset id of a narrowed glyph by gid · 100000 + its width in 1/1000 em, rounded. */
  narrowed: Map<number, number>;
  /** Width of each subset entry, 1/1000 em. */
  widths: number[];
  /** The text each subset entry stands for (ToUnicode). */
  unicode: string[];
}

export function newPdfFont(id: string, unitsPerEm: number, advance: (gid: number) => number): PdfFont {
  const mapping = new Int32Array(0x10000);
  mapping[0] = 1;
  const natural = new Float64Array(0x10000);
  return { id, unitsPerEm, advance, glyphs: [0], mapping, natural, narrowed: new Map(), widths: [(advance(0) / unitsPerEm) * 1000], unicode: ['\0'] };
}

/** Adds glyphs to a font's subset as the runs use them (typed arrays by glyph id: glyph ids are 16-bit). */
export class GlyphEncoder {
  /** Width (1/1000 em) of the subset entry the last encode() returned. */
  width = 0;

  /** Subset id of a glyph set at `setAdvance` (points; undefined: natural width); its width goes to `width`. */
  encode(font: PdfFont, gid: number, char: string, setAdvance: number | undefined, size: number): number {
    let natural = font.natural[gid]!;
    if (natural === 0) natural = font.natural[gid] = (font.advance(gid) / font.unitsPerEm) * 1000;
    let sid: number;
    if (setAdvance !== undefined && (setAdvance / size) * 1000 < natural * 0.75) {
      // A mark the engine set narrower: an entry of its own whose width is the width as set.
      const width = (setAdvance / size) * 1000;
      const key = gid * 100000 + Math.round(width);
      const known = font.narrowed.get(key);
      if (known !== undefined) sid = known;
      else {
        sid = font.glyphs.push(gid) - 1;
        font.narrowed.set(key, sid);
        font.widths[sid] = width;
        font.unicode[sid] = char;
      }
    } else {
      sid = font.mapping[gid]! - 1;
      if (sid < 0) {
        sid = font.glyphs.push(gid) - 1;
        font.mapping[gid] = sid + 1;
        font.widths[sid] = natural;
        font.unicode[sid] = char;
      }
    }
    this.width = font.widths[sid]!;
    return sid;
  }
}

/** Scratch arrays for one run (content is written synchronously, one run at a time). */
let sids = new Int32Array(256);
let widths = new Float64Array(256);

/** Content stream operators for the page's glyph runs and rules, in PDF coordinates (y up), lines ending in \n. */
export function pageContent(page: PageNode, height: number, fontFor: (key: string) => PdfFont, enc: GlyphEncoder, used: Set<PdfFont>, w: AsciiWriter): void {
  w.text('q\n1 0 0 -1 0 ').num(height).text(' cm\n');
  itemsContent(page.items, height, fontFor, enc, used, w);
  // Groups (a landscape table's turned page) after the page's own text: a cm cannot stand inside BT … ET.
  // The group's items are written as if on a page of height 0 (y → −y); the matrix takes them to the page.
  for (const item of page.items) {
    if (item.kind !== 'group') continue;
    const [a, b, c, d, e, f] = item.transform;
    w.text('q\n').num(a).byte(32).num(-b).byte(32).num(-c).byte(32).num(d).byte(32).num(e).byte(32).num(height - f).text(' cm\n');
    itemsContent(item.items, 0, fontFor, enc, used, w);
    w.text('Q\n');
  }
  w.text('Q\n');
}

function itemsContent(items: DrawItem[], height: number, fontFor: (key: string) => PdfFont, enc: GlyphEncoder, used: Set<PdfFont>, w: AsciiWriter): void {
  let graphics = false;
  for (const item of items) {
    if (item.kind !== 'rule' && item.kind !== 'rect') continue;
    if (!graphics) w.text('0 G\n');
    graphics = true;
    if (item.kind === 'rule') {
      w.num(item.width).text(' w ').num(item.x1).byte(32).num(height - item.y1).text(' m ').num(item.x2).byte(32).num(height - item.y2).text(' l S\n');
    } else w.num(item.stroke ?? 0.5).text(' w ').num(item.x).byte(32).num(height - item.y - item.h).byte(32).num(item.w).byte(32).num(item.h).text(' re S\n');
  }
  w.text('BT\n0 g\n');
  let font = '';
  let size = Number.NaN;
  for (const item of items) {
    if (item.kind !== 'glyphs' || item.glyphs.length === 0) continue;
    runOps(item, height, fontFor(item.font), enc, used, item.font !== font || item.size !== size, w);
    font = item.font;
    size = item.size;
  }
  w.text('ET\n');
}

function runOps(run: GlyphRun, height: number, font: PdfFont, enc: GlyphEncoder, used: Set<PdfFont>, newFont: boolean, w: AsciiWriter): void {
  used.add(font);
  if (newFont) w.byte(47).text(font.id).byte(32).num(run.size).text(' Tf\n');
  w.text('1 0 0 1 ').num(run.x).byte(32).num(height - run.y).text(' Tm\n');
  // Most runs are set on an even pitch: one Tc (character spacing) and a plain Tj then replace a
  // per-glyph TJ adjustment, which keeps the content stream (and its compression) small.
  const n = run.glyphs.length;
  if (sids.length < n) {
    sids = new Int32Array(n * 2);
    widths = new Float64Array(n * 2);
  }
  const { glyphs, offsets, advances, size } = run;
  const { mapping, natural, widths: sidWidths } = font;
  for (let i = 0; i < n; i++) {
    const gid = glyphs[i]!;
    const setAdvance = advances?.[i];
    // Fast path: a glyph at its natural width seen before in this font (all but compressed marks).
    let sid = mapping[gid]! - 1;
    let width: number;
    if (sid >= 0 && (setAdvance === undefined || (setAdvance / size) * 1000 >= natural[gid]! * 0.75)) width = sidWidths[sid]!;
    else {
      sid = enc.encode(font, gid, run.chars[i] ?? '', setAdvance, size);
      width = enc.width;
    }
    sids[i] = sid;
    widths[i] = (width * size) / 1000;
  }
  let spacing = n > 1 ? offsets[1]! - offsets[0]! - widths[0]! : 0;
  for (let i = 1; i + 1 < n && Number.isFinite(spacing); i++) {
    if (Math.abs(offsets[i + 1]! - offsets[i]! - widths[i]! - spacing) > 0.02) spacing = Number.NaN;
  }
  if (Number.isFinite(spacing)) {
    w.num(spacing).text(' Tc <');
    // The glyph ids as hex, written straight into the buffer (the bulk of every content stream).
    const buf = w.reserve(n * 4);
    let at = w.length;
    for (let i = 0; i < n; i++) {
      const v = sids[i]!;
      buf[at] = HEX[(v >> 12) & 15]!;
      buf[at + 1] = HEX[(v >> 8) & 15]!;
      buf[at + 2] = HEX[(v >> 4) & 15]!;
      buf[at + 3] = HEX[v & 15]!;
      at += 4;
    }
    w.length = at;
    w.text('> Tj 0 Tc\n');
    return;
  }
  w.text('[<');
  for (let i = 0; i < n; i++) {
    w.hex4(sids[i]!);
    if (i + 1 < n) {
      const adj = ((offsets[i]! + widths[i]! - offsets[i + 1]!) * 1000) / size;
      if (Math.abs(adj) > 0.05) w.text('> ').num(adj).text(' <');
    }
  }
  w.text('>] TJ\n');
}
