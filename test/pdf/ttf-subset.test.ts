// Our TrueType subsetter: fontkit opens the subset; every kept glyph (duplicates included) draws the original's
// outline with its advance, and a composite glyph still draws its components (renumbered, added at the end).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { subsetTrueType } from '../../shared/export/pdf/ttf-subset';
import { sfntTables } from '../../shared/fonts/sfnt';
import { repoRoot } from '../helpers/paths';

type Glyph = { path: { toSVG(): string }; advanceWidth: number };

function check(file: string, codePoints: number[], expectComposite: boolean) {
  const bytes = new Uint8Array(readFileSync(file));
  const tables = sfntTables(bytes);
  const original = fontkit.create(Buffer.from(bytes)) as fontkit.Font;

  /** The first composite glyph of the font (numberOfContours < 0), read from loca and glyf. */
  function firstComposite(): number {
    const loca = tables.get('loca')!;
    const glyf = tables.get('glyf')!;
    const long = new DataView(tables.get('head')!.buffer, tables.get('head')!.byteOffset).getInt16(50) === 1;
    const lv = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
    const gv = new DataView(glyf.buffer, glyf.byteOffset, glyf.byteLength);
    for (let gid = 1; gid < original.numGlyphs; gid++) {
      const at = long ? lv.getUint32(gid * 4) : lv.getUint16(gid * 2) * 2;
      const next = long ? lv.getUint32(gid * 4 + 4) : lv.getUint16(gid * 2 + 2) * 2;
      if (next > at && gv.getInt16(at) < 0) return gid;
    }
    return -1;
  }

  const composite = firstComposite();
  expect(composite > 0).toBe(expectComposite);
  const ids = codePoints.map((cp) => original.glyphForCodePoint(cp).id);
  const kept = [0, ...ids, ids[0]!, ...(composite > 0 ? [composite] : []), 35];
  const sub = subsetTrueType(tables, kept);
  const font = fontkit.create(Buffer.from(sub)) as fontkit.Font;
  // A composite's components were added after the kept glyphs.
  if (composite > 0) expect(font.numGlyphs).toBeGreaterThan(kept.length);
  else expect(font.numGlyphs).toBe(kept.length);
  kept.forEach((gid, i) => {
    const a = original.getGlyph(gid) as unknown as Glyph;
    const b = font.getGlyph(i) as unknown as Glyph;
    expect(b.advanceWidth).toBe(a.advanceWidth);
    expect(b.path.toSVG()).toBe(a.path.toSVG());
  });
  expect(sub.length).toBeLessThan(50_000);
}

describe('subsetTrueType', () => {
  it('keeps the bundled fallback face\'s glyphs in order, duplicates included, with outlines and advances', () => {
    check(path.join(repoRoot, 'build/fonts/NotoSerifSC-Regular.ttf'), [0x4e2d, 0x3002, 0x6587, 0x41], false);
  });

  const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  it.skipIf(!existsSync(dejavu))('keeps a composite glyph drawing its components (renumbered, added at the end)', () => {
    check(dejavu, [0x41, 0xe9, 0x42], true);
  });
});
