// Our CFF subsetter: the subset, wrapped in a minimal OpenType file, is opened by fontkit; every kept glyph's
// charstring is the original's byte for byte, it draws the same outline (local and global subrs intact), and
// the font dict each glyph uses has the same Private dict values.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { subsetCff } from '../../shared/export/pdf/cff-subset';
import { adler32, adler32Combine, CffStream } from '../../shared/export/pdf/font-stream';
import { cffTableIn, SparseCff } from '../../shared/export/pdf/sparse-cff';
import { constants, deflateRawSync, deflateSync, inflateSync } from 'node:zlib';
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

describe('CffStream', () => {
  it('compresses the charstrings a batch at a time into one zlib stream that inflates to the subset', () => {
    const bytes = new Uint8Array(readFileSync(path.join(repoRoot, 'build/fonts/FandolKai-Regular.otf')));
    const cff = sfntTables(bytes).get('CFF ')!;
    const glyphs = [0, 1200, 35, 9000, 35, 17, 6000, 2000, 2001, 2002];
    const stream = new CffStream(cff, (b, last) => deflateRawSync(b, { level: 1, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
    stream.add(glyphs.slice(0, 3));
    stream.add(glyphs.slice(3, 7));
    stream.add(glyphs.slice(7));
    const out = stream.finish(glyphs)!;
    // inflateSync checks the Adler-32 at the end: the combined checksum must be right.
    expect(Buffer.from(inflateSync(out)).equals(Buffer.from(subsetCff(cff, glyphs)))).toBe(true);
    expect(stream.finish(glyphs.slice(1))).toBeUndefined(); // not the glyphs added: the caller subsets anew
  });

  it('computes Adler-32 as zlib does, also for pieces combined', () => {
    const a = new TextEncoder().encode('示例市人民政府公报'.repeat(500));
    const b = new Uint8Array(70_000).map((_, i) => (i * 7919) & 0xff);
    const whole = new Uint8Array([...a, ...b]);
    const zlibAdler = (x: Uint8Array) => deflateSync(x).readUInt32BE(deflateSync(x).length - 4);
    expect(adler32(whole)).toBe(zlibAdler(whole));
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(whole));
  });
});

describe('SparseCff', () => {
  it('reads a face\'s CFF table piecewise: the subset is the same, from a fraction of the bytes', () => {
    const file = new Uint8Array(readFileSync(path.join(repoRoot, 'build/fonts/FandolSong-Regular.otf')));
    let read = 0;
    const readFile = (offset: number, length: number) => {
      read += length;
      return file.subarray(offset, offset + length);
    };
    const table = cffTableIn(readFile)!;
    const whole = sfntTables(file).get('CFF ')!;
    expect(table.length).toBe(whole.length);
    const sparse = new SparseCff((offset, length) => readFile(table.offset + offset, length), table.length);
    const glyphs = [0, 1200, 35, 9000, 35, 17, 6000, 2000, 2001, 2002];
    sparse.ensure(glyphs.slice(0, 4));
    sparse.ensure(glyphs);
    expect(Buffer.from(subsetCff(sparse.bytes, glyphs)).equals(Buffer.from(subsetCff(whole, glyphs)))).toBe(true);
    expect(read).toBeLessThan(whole.length / 10);
  });
});

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
