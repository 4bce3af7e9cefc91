// Our own TrueType subsetter: the kept glyphs in the given order (duplicates allowed, as for CFF), glyphs that
// composites are built from added at the end, component ids renumbered. Tables written: the ones a PDF
// CIDFontType2 needs (head, hhea, maxp, hmtx, loca, glyf) and the hinting ones (cvt, fpgm, prep), as fontkit's
// subsetter does — without fontkit creating a face from the whole 15 MB file first.
import type { SfntTables } from '../../fonts/sfnt';

const view = (t: Uint8Array) => new DataView(t.buffer, t.byteOffset, t.byteLength);

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export function subsetTrueType(tables: Pick<SfntTables, 'get'>, kept: ArrayLike<number>): Uint8Array {
  const need = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`TrueType 字体缺少 ${tag.trim()} 表`);
    return t;
  };
  const head = need('head');
  const hhea = need('hhea');
  const maxp = need('maxp');
  const hmtx = view(need('hmtx'));
  const glyf = need('glyf');
  const loca = view(need('loca'));
  const longLoca = view(head).getInt16(50) === 1;
  const numGlyphs = view(maxp).getUint16(4);
  const metrics = view(hhea).getUint16(34);
  const at = (gid: number) => (longLoca ? loca.getUint32(gid * 4) : loca.getUint16(gid * 2) * 2);

  const glyphs = Array.from(kept);
  const index = new Map<number, number>();
  glyphs.forEach((gid, i) => {
    if (!index.has(gid)) index.set(gid, i);
  });
  const data: Uint8Array[] = [];
  for (let i = 0; i < glyphs.length; i++) {
    const gid = glyphs[i]! < numGlyphs ? glyphs[i]! : 0;
    let g = glyf.subarray(at(gid), at(gid + 1));
    if (g.length >= 10 && view(g).getInt16(0) < 0) {
      g = g.slice(); // a composite: its component ids are renumbered in the copy
      const v = view(g);
      let p = 10;
      for (let more = true; more && p + 4 <= g.length; ) {
        const flags = v.getUint16(p);
        const component = v.getUint16(p + 2);
        let to = index.get(component);
        if (to === undefined) {
          to = glyphs.push(component) - 1;
          index.set(component, to);
        }
        v.setUint16(p + 2, to);
        p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        p += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
        more = (flags & MORE_COMPONENTS) !== 0;
      }
    }
    data.push(g);
  }

  const n = glyphs.length;
  const newLoca = new Uint8Array((n + 1) * 4);
  const newHmtx = new Uint8Array(n * 4);
  const lv = view(newLoca);
  const hv = view(newHmtx);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    lv.setUint32(i * 4, offset);
    offset += (data[i]!.length + 1) & ~1; // glyph data kept on even offsets
    const gid = glyphs[i]! < numGlyphs ? glyphs[i]! : 0;
    const advance = hmtx.getUint16(4 * Math.min(gid, metrics - 1));
    const lsb = gid < metrics ? hmtx.getInt16(4 * gid + 2) : hmtx.getInt16(4 * metrics + 2 * (gid - metrics));
    hv.setUint16(i * 4, advance);
    hv.setInt16(i * 4 + 2, lsb);
  }
  lv.setUint32(n * 4, offset);
  const newGlyf = new Uint8Array(offset);
  for (let i = 0; i < n; i++) newGlyf.set(data[i]!, lv.getUint32(i * 4));

  const newHead = head.slice();
  view(newHead).setUint32(8, 0); // checkSumAdjustment, set below
  view(newHead).setInt16(50, 1); // long loca
  const newHhea = hhea.slice();
  view(newHhea).setUint16(34, n);
  const newMaxp = maxp.slice();
  view(newMaxp).setUint16(4, n);
  const out: Array<[string, Uint8Array]> = [
    ['head', newHead],
    ['hhea', newHhea],
    ['maxp', newMaxp],
    ['hmtx', newHmtx],
    ['loca', newLoca],
    ['glyf', newGlyf],
  ];
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const t = tables.get(tag);
    if (t) out.push([tag, t]);
  }
  return sfnt(out);
}

/** An sfnt file of the tables: directory sorted by tag, tables 4-byte aligned, checksums and head's adjustment. */
function sfnt(tables: Array<[string, Uint8Array]>): Uint8Array {
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const dirSize = 12 + tables.length * 16;
  const size = tables.reduce((s, [, t]) => s + ((t.length + 3) & ~3), dirSize);
  const out = new Uint8Array(size);
  const v = view(out);
  const entrySelector = Math.floor(Math.log2(tables.length));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, tables.length);
  v.setUint16(6, 16 << entrySelector);
  v.setUint16(8, entrySelector);
  v.setUint16(10, tables.length * 16 - (16 << entrySelector));
  let at = dirSize;
  let headAt = -1;
  tables.forEach(([tag, t], i) => {
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    out.set(t, at);
    v.setUint32(rec + 4, checksum(out, at, t.length));
    v.setUint32(rec + 8, at);
    v.setUint32(rec + 12, t.length);
    if (tag === 'head') headAt = at;
    at += (t.length + 3) & ~3;
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}

function checksum(bytes: Uint8Array, from: number, length: number): number {
  let sum = 0;
  const end = from + ((length + 3) & ~3);
  for (let p = from; p < end; p += 4) {
    sum = (sum + (((bytes[p] ?? 0) << 24) | ((bytes[p + 1] ?? 0) << 16) | ((bytes[p + 2] ?? 0) << 8) | (bytes[p + 3] ?? 0))) >>> 0;
  }
  return sum;
}
