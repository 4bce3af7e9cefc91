// Glyph runs written straight into the page content (TYPESETTING.md §5.1): the engine has placed every
// glyph, so no shaping per call. Glyph ids go into the font's subset list; a mark the engine set at half
// width gets its own subset entry whose width is the half, so text extraction sees the line as set.
import type { GlyphRun, PageNode } from '../../typeset/page-tree';

/** A font being planned: its subset so far (subset id = index; entry 0 is .notdef), widths and text. */
export interface PdfFont {
  id: string;
  unitsPerEm: number;
  /** Advance in font units by glyph id (hmtx). */
  advance(gid: number): number;
  /** Glyph id of each subset entry. */
  glyphs: number[];
  /** Subset id of a glyph at its natural width, by glyph id (−1: not yet in the subset). */
  mapping: Int32Array;
  /** Width of each subset entry, 1/1000 em. */
  widths: number[];
  /** The text each subset entry stands for (ToUnicode). */
  unicode: string[];
}

export function newPdfFont(id: string, unitsPerEm: number, advance: (gid: number) => number): PdfFont {
  const mapping = new Int32Array(0x10000).fill(-1);
  mapping[0] = 0;
  return { id, unitsPerEm, advance, glyphs: [0], mapping, widths: [(advance(0) / unitsPerEm) * 1000], unicode: ['\0'] };
}

function includeGlyph(font: PdfFont, gid: number): number {
  let sid = font.mapping[gid] ?? -1;
  if (sid < 0) {
    font.glyphs.push(gid);
    sid = font.glyphs.length - 1;
    if (gid >= 0 && gid < 0x10000) font.mapping[gid] = sid;
  }
  return sid;
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

/** Per font, by glyph id: the subset id and width (1/1000 em) of the glyph at its natural width, once seen. */
interface PlainCache {
  sid: Int32Array;
  width: Float64Array;
}

export class GlyphEncoder {
  private half = new Map<string, number>();
  private naturals = new Map<PdfFont, Map<number, number>>();
  private plain = new Map<PdfFont, PlainCache>();

  /** Natural advance in 1/1000 em, cached (read straight from hmtx). */
  private natural(font: PdfFont, gid: number): number {
    let m = this.naturals.get(font);
    if (!m) this.naturals.set(font, (m = new Map()));
    let w = m.get(gid);
    if (w === undefined) m.set(gid, (w = (font.advance(gid) / font.unitsPerEm) * 1000));
    return w;
  }

  /** Typed arrays by glyph id (glyph ids are 16-bit): the per-glyph lookup of a run without a Map or an object. */
  plainOf(font: PdfFont): PlainCache {
    let c = this.plain.get(font);
    if (!c) this.plain.set(font, (c = { sid: new Int32Array(0x10000).fill(-1), width: new Float64Array(0x10000) }));
    return c;
  }

  encode(font: PdfFont, gid: number, char: string, setAdvance: number | undefined, size: number): { sid: number; width: number } {
    // Fast path: a glyph at its natural width (all but compressed marks) seen before in this font.
    const known = this.plainOf(font);
    const hitSid = known.sid[gid] ?? -1;
    if (hitSid >= 0 && (setAdvance === undefined || (setAdvance / size) * 1000 >= known.width[gid]! * 0.75)) return { sid: hitSid, width: known.width[gid]! };
    const natural = this.natural(font, gid);
    const narrowed = setAdvance !== undefined && (setAdvance / size) * 1000 < natural * 0.75;
    let sid: number;
    let width = natural;
    if (narrowed) {
      width = (setAdvance! / size) * 1000;
      const key = `${font.id}:${gid}:${Math.round(width)}`;
      const known = this.half.get(key);
      if (known !== undefined) sid = known;
      else {
        font.glyphs.push(gid);
        sid = font.glyphs.length - 1;
        this.half.set(key, sid);
      }
    } else sid = includeGlyph(font, gid);
    if (font.widths[sid] == null) font.widths[sid] = width;
    if (font.unicode[sid] == null) font.unicode[sid] = char;
    const result = { sid, width: font.widths[sid]! };
    if (!narrowed && gid >= 0 && gid < 0x10000) {
      known.sid[gid] = sid;
      known.width[gid] = result.width;
    }
    return result;
  }
}

/** Four hex digits of a subset glyph id, made once per id. */
const HEX: string[] = [];
const hex4 = (sid: number) => (HEX[sid] ??= sid.toString(16).padStart(4, '0'));

/** Scratch arrays for one run (content is written synchronously, one run at a time). */
let sids = new Int32Array(256);
let widths = new Float64Array(256);

/** Content stream operators for the page's glyph runs and rules, in PDF coordinates (y up). */
export function pageContent(page: PageNode, height: number, fontFor: (key: string) => PdfFont, enc: GlyphEncoder, used: Set<PdfFont>): string {
  const out: string[] = ['q', `1 0 0 -1 0 ${num(height)} cm`];
  const graphics: string[] = [];
  for (const item of page.items) {
    if (item.kind === 'rule') graphics.push(`${num(item.width)} w ${num(item.x1)} ${num(height - item.y1)} m ${num(item.x2)} ${num(height - item.y2)} l S`);
    else if (item.kind === 'rect') graphics.push(`${num(item.stroke ?? 0.5)} w ${num(item.x)} ${num(height - item.y - item.h)} ${num(item.w)} ${num(item.h)} re S`);
  }
  if (graphics.length) out.push('0 G', ...graphics);
  out.push('BT', '0 g');
  let font = '';
  let size = Number.NaN;
  for (const item of page.items) {
    if (item.kind !== 'glyphs' || item.glyphs.length === 0) continue;
    out.push(runOps(item, height, fontFor(item.font), enc, used, item.font !== font || item.size !== size));
    font = item.font;
    size = item.size;
  }
  out.push('ET', 'Q');
  return out.join('\n');
}

function runOps(run: GlyphRun, height: number, font: PdfFont, enc: GlyphEncoder, used: Set<PdfFont>, newFont: boolean): string {
  used.add(font);
  let head = newFont ? `/${font.id} ${num(run.size)} Tf\n` : '';
  head += `1 0 0 1 ${num(run.x)} ${num(height - run.y)} Tm\n`;
  // Most runs are set on an even pitch: one Tc (character spacing) and a plain Tj then replace a
  // per-glyph TJ adjustment, which keeps the content stream (and its compression) small.
  const n = run.glyphs.length;
  if (sids.length < n) {
    sids = new Int32Array(n * 2);
    widths = new Float64Array(n * 2);
  }
  const plain = enc.plainOf(font);
  const { glyphs, offsets, advances, size } = run;
  for (let i = 0; i < n; i++) {
    const gid = glyphs[i]!;
    const setAdvance = advances?.[i];
    let sid = plain.sid[gid] ?? -1;
    let width: number;
    if (sid >= 0 && (setAdvance === undefined || (setAdvance / size) * 1000 >= plain.width[gid]! * 0.75)) width = plain.width[gid]!;
    else {
      const e = enc.encode(font, gid, run.chars[i] ?? '', setAdvance, size);
      sid = e.sid;
      width = e.width;
    }
    sids[i] = sid;
    widths[i] = (width * size) / 1000;
  }
  let spacing = n > 1 ? offsets[1]! - offsets[0]! - widths[0]! : 0;
  for (let i = 1; i + 1 < n && Number.isFinite(spacing); i++) {
    if (Math.abs(offsets[i + 1]! - offsets[i]! - widths[i]! - spacing) > 0.02) spacing = Number.NaN;
  }
  let hex = '';
  if (Number.isFinite(spacing)) {
    for (let i = 0; i < n; i++) hex += hex4(sids[i]!);
    return `${head}${num(spacing)} Tc <${hex}> Tj 0 Tc`;
  }
  let tj = '';
  for (let i = 0; i < n; i++) {
    hex += hex4(sids[i]!);
    if (i + 1 < n) {
      const adj = ((offsets[i]! + widths[i]! - offsets[i + 1]!) * 1000) / size;
      if (Math.abs(adj) > 0.05) {
        tj += `${tj ? ' ' : ''}<${hex}> ${num(adj)}`;
        hex = '';
      }
    }
  }
  if (hex) tj += `${tj ? ' ' : ''}<${hex}>`;
  return `${head}[${tj}] TJ`;
}
