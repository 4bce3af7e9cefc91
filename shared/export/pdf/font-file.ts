// Numbers the PDF writer reads from a font's tables (found by shared/fonts/sfnt.ts): the font descriptor's
// metrics and the hmtx advances. No fontkit: opening a 5–15 MB CJK face costs tens of ms for a few numbers.
import type { SfntTables } from '../../fonts/sfnt';

type FontFile = Pick<SfntTables, 'get'>;

const dv = (t: Uint8Array) => new DataView(t.buffer, t.byteOffset, t.byteLength);

export interface FaceMetrics {
  unitsPerEm: number;
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight?: number;
  xHeight?: number;
  italicAngle: number;
  fixedPitch: boolean;
  italic: boolean;
  familyClass: number;
}

/** The numbers a PDF font descriptor wants, as fontkit reports them (hhea ascent/descent, OS/2 heights). */
export function faceMetrics(font: FontFile): FaceMetrics {
  const head = dv(font.get('head')!);
  const hhea = font.get('hhea');
  const os2 = font.get('OS/2');
  const post = font.get('post');
  const o = os2 && dv(os2);
  const p = post && dv(post);
  return {
    unitsPerEm: head.getUint16(18),
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    ascent: hhea ? dv(hhea).getInt16(4) : 0,
    descent: hhea ? dv(hhea).getInt16(6) : 0,
    capHeight: o && o.getUint16(0) >= 2 && o.byteLength >= 90 ? o.getInt16(88) : undefined,
    xHeight: o && o.getUint16(0) >= 2 && o.byteLength >= 88 ? o.getInt16(86) : undefined,
    italicAngle: p ? p.getInt32(4) / 65536 : 0,
    fixedPitch: p ? p.getUint32(12) !== 0 : false,
    italic: (head.getUint16(44) & 2) !== 0,
    familyClass: o ? o.getInt16(30) : 0,
  };
}

/** Advance width in font units by glyph id, from hmtx. */
export function advanceReader(font: FontFile): (gid: number) => number {
  const hhea = font.get('hhea');
  const hmtx = font.get('hmtx');
  if (!hhea || !hmtx) return () => 0;
  const m = dv(hmtx);
  const count = dv(hhea).getUint16(34);
  return (gid) => (count ? m.getUint16(4 * Math.min(gid, count - 1)) : 0);
}
