// Character → glyph id and advance for one face, read straight from the font's bytes. fontkit answers the same
// question by decoding cmap and hmtx records one at a time (≈20 µs a character on a CJK face, and copying its
// tables out costs 50–100 ms a face); a gazette issue asks for thousands of characters in six roles. Here the
// binary search runs on a DataView over the cmap subtable (formats 4 and 12) and the advance is one read from
// hmtx. Anything else (other formats, odd encodings) falls back to fontkit, opened only then.
import type { Font } from 'fontkit';
import type { SfntTables } from './sfnt';

export type GlyphLookup = (codePoint: number) => { id: number; advance: number } | undefined;

interface TableRecord {
  offset: number;
  length: number;
}

interface Directory {
  directory?: { tables?: Record<string, TableRecord | undefined> };
}

/** The lookup over the face's tables; `fontkitFont` is called only when the tables cannot answer (unusual cmap, no hmtx). */
export function glyphLookup(tables: SfntTables, fontkitFont: () => Font): GlyphLookup {
  const cmap = tables.get('cmap');
  const cmapId = (cmap && subtableLookup(viewOf(cmap), 0)) || fontkitLookup(fontkitFont);
  const advance = tableAdvances(tables) ?? ((id: number) => fontkitFont().getGlyph(id).advanceWidth);
  return (cp) => {
    const id = cmapId(cp);
    return id ? { id, advance: advance(id) } : undefined;
  };
}

function viewOf(table: Uint8Array): DataView {
  return new DataView(table.buffer, table.byteOffset, table.byteLength);
}

/** Advances from hmtx: the last of numberOfHMetrics (hhea) repeats for the glyphs after it. */
function tableAdvances(tables: SfntTables): ((id: number) => number) | undefined {
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  if (!hhea || !hmtx || hhea.length < 36) return undefined;
  const count = viewOf(hhea).getUint16(34); // numberOfHMetrics
  if (count === 0 || count * 4 > hmtx.length) return undefined;
  const view = viewOf(hmtx);
  return (id) => view.getUint16(4 * Math.min(id, count - 1));
}

function fontkitLookup(fontkitFont: () => Font): (cp: number) => number {
  return (cp) => {
    const font = fontkitFont();
    return font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0;
  };
}

function advanceReader(view: DataView, hhea?: TableRecord, hmtx?: TableRecord): ((id: number) => number) | undefined {
  if (!hhea || !hmtx) return undefined;
  const count = view.getUint16(hhea.offset + 34); // numberOfHMetrics
  if (count === 0 || hmtx.offset + count * 4 > view.byteLength) return undefined;
  return (id) => view.getUint16(hmtx.offset + 4 * Math.min(id, count - 1));
}

/** The best Unicode subtable: full-repertoire format 12 first, then BMP format 4. */
function subtableLookup(view: DataView, cmap: number): ((cp: number) => number) | undefined {
  const count = view.getUint16(cmap + 2);
  let bmp: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const at = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) return format12(view, at);
    if (format === 4) bmp ??= at;
  }
  return bmp === undefined ? undefined : format4(view, bmp);
}

function format12(view: DataView, at: number): (cp: number) => number {
  const groups = view.getUint32(at + 12);
  const base = at + 16;
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = base + mid * 12;
      if (cp < view.getUint32(g)) hi = mid - 1;
      else if (cp > view.getUint32(g + 4)) lo = mid + 1;
      else return view.getUint32(g + 8) + (cp - view.getUint32(g));
    }
    return 0;
  };
}

function format4(view: DataView, at: number): (cp: number) => number {
  const segCount = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp > view.getUint16(ends + mid * 2)) lo = mid + 1;
      else if (cp < view.getUint16(starts + mid * 2)) hi = mid - 1;
      else {
        const delta = view.getInt16(deltas + mid * 2);
        const rangeOffset = view.getUint16(rangeOffsets + mid * 2);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const gid = view.getUint16(rangeOffsets + mid * 2 + rangeOffset + (cp - view.getUint16(starts + mid * 2)) * 2);
        return gid === 0 ? 0 : (gid + delta) & 0xffff;
      }
    }
    return 0;
  };
}

/** Advance (font units) by glyph id read from hmtx, as fontkit's glyph.advanceWidth gives it without building a
 *  glyph object; undefined for a variable font (HVAR moves advances) or a face without hmtx. */
export function hmtxAdvances(tables: SfntTables): ((id: number) => number) | undefined {
  const tags = tables.tags();
  return tags.includes('fvar') || tags.includes('HVAR') ? undefined : tableAdvances(tables);
}

/** The same as hmtxAdvances, for a fontkit Font (its directory and bytes). */
export function glyphAdvances(font: Font): ((id: number) => number) | undefined {
  const f = font as unknown as Directory & { stream?: { buffer?: Uint8Array } };
  const tables = f.directory?.tables ?? {};
  const bytes = f.stream?.buffer;
  if (!bytes || tables.fvar || tables.HVAR) return undefined;
  return advanceReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), tables.hhea, tables.hmtx);
}
