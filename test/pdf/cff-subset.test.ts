// Our CFF subsetter: the subset, wrapped in a minimal OpenType file, is opened by fontkit; every kept glyph's
// charstring is the original's byte for byte, it draws the same outline (local and global subrs intact), and
// the font dict each glyph uses has the same Private dict values.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { subsetCff } from '../../shared/export/pdf/cff-subset';
import { sfntTables } from '../../shared/fonts/sfnt';
import { repoRoot } from '../helpers/paths';

interface Cff {
  isCIDFont: boolean;
  getCharString(gid: number): Uint8Array;
  fdForGlyph(gid: number): number | null;
  topDict: { FDArray?: Array<{ Private?: Record<string, unknown> }>; CIDCount?: number };
}

/** An 'OTTO' file holding the subset CFF and the original head/hhea/maxp (numGlyphs patched). */
function wrap(cff: Uint8Array, tables: { get(tag: string): Uint8Array | undefined }, glyphs: number): Uint8Array {
  const maxp = tables.get('maxp')!.slice();
  new DataView(maxp.buffer).setUint16(4, glyphs);
  const parts: Array<[string, Uint8Array]> = [['CFF ', cff], ['head', tables.get('head')!], ['hhea', tables.get('hhea')!], ['maxp', maxp]];
  let at = 12 + parts.length * 16;
  const out = new Uint8Array(at + parts.reduce((n, [, t]) => n + t.length + 4, 0));
  const v = new DataView(out.buffer);
  out.set([0x4f, 0x54, 0x54, 0x4f]);
  v.setUint16(4, parts.length);
  parts.forEach(([tag, t], i) => {
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    v.setUint32(rec + 8, at);
    v.setUint32(rec + 12, t.length);
    out.set(t, at);
    at += (t.length + 3) & ~3;
  });
  return out;
}

function check(file: string, postscriptName: string | undefined, glyphs: number[]) {
  const bytes = new Uint8Array(readFileSync(file));
  const tables = sfntTables(bytes, postscriptName ? { postscriptName } : {});
  const sub = subsetCff(tables.get('CFF ')!, glyphs);
  const created = fontkit.create(Buffer.from(bytes)) as fontkit.Font | fontkit.FontCollection;
  const original = ('fonts' in created ? created.fonts.find((f) => f.postscriptName === postscriptName)! : created) as fontkit.Font;
  const font = fontkit.create(Buffer.from(wrap(sub, tables, glyphs.length))) as fontkit.Font;
  const a = (original as unknown as Record<string, Cff>)['CFF ']!;
  const b = (font as unknown as Record<string, Cff>)['CFF ']!;
  const svg = (f: fontkit.Font, gid: number) => (f.getGlyph(gid) as unknown as { path: { toSVG(): string } }).path.toSVG();
  expect(b.isCIDFont).toBe(true);
  expect(b.topDict.CIDCount).toBe(glyphs.length);
  glyphs.forEach((gid, i) => {
    expect(Buffer.from(b.getCharString(i)).equals(Buffer.from(a.getCharString(gid)))).toBe(true);
    expect(svg(font, i)).toBe(svg(original, gid));
    const fdA = a.isCIDFont ? a.topDict.FDArray![a.fdForGlyph(gid)!]!.Private : undefined;
    const fdB = b.topDict.FDArray![b.fdForGlyph(i)!]!.Private;
    if (fdA) expect({ ...fdB, Subrs: undefined }).toEqual({ ...fdA, Subrs: undefined });
  });
  return sub;
}

describe('subsetCff', () => {
  it('keeps Fandol glyphs in the given order, duplicates included', () => {
    const sub = check(path.join(repoRoot, 'build/fonts/FandolSong-Regular.otf'), undefined, [0, 1200, 35, 9000, 35, 17, 6000]);
    expect(sub.length).toBeLessThan(20_000);
  });

  const noto = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
  it.skipIf(!existsSync(noto))('keeps a collection member with local and global subrs and many font dicts', () => {
    check(noto, 'NotoSerifCJKsc-Regular', [0, 34, 20000, 21000, 1500, 20000, 40000, 60000]);
  });
});
