// sfnt.ts and the faces built on it, with fontkit as the oracle: the member of a collection picked, the em box,
// units per em, names, glyph ids and advances must be what fontkit (the code before) gave; bad bytes give a
// clear reason instead of a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font, FontCollection } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_DIR } from '../../electron/services/font-files';
import { openFace } from '../../shared/fonts/open-face';
import { sfntMembers, sfntNames, sfntTables } from '../../shared/fonts/sfnt';
import { createFontSet } from '../../shared/fonts/font-set';
import { getProfile } from '../../shared/profiles';

const NOTO_TTC = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const BUNDLED = ['FandolSong-Regular.otf', 'FandolSong-Bold.otf', 'FandolFang-Regular.otf', 'FandolHei-Regular.otf', 'FandolKai-Regular.otf', 'NotoSerifSC-Regular.ttf'];
const bundled = (file: string) => new Uint8Array(readFileSync(path.join(BUNDLED_FONT_DIR, file)));

/** A spread of code points: ASCII, CJK punctuation, full-width forms, every 23rd unified ideograph, some Extension B. */
function sampleCodePoints(): number[] {
  const cps: number[] = [];
  for (let c = 0x20; c < 0x7f; c++) cps.push(c);
  for (let c = 0x2010; c < 0x2070; c++) cps.push(c);
  for (let c = 0x3000; c < 0x3040; c++) cps.push(c);
  for (let c = 0xff00; c < 0xfff0; c += 3) cps.push(c);
  for (let c = 0x4e00; c <= 0x9fff; c += 23) cps.push(c);
  for (let c = 0x20000; c < 0x2a6df; c += 997) cps.push(c);
  return cps;
}

interface BaseTable {
  horizAxis?: { baseTagList?: string[]; baseScriptList?: Array<{ tag: string; script?: { baseValues?: { baseCoords?: Array<{ coordinate: number }> } } }> };
}

/** The em box as the fontkit-based code computed it. */
function fontkitEmBox(font: Font): { emTop: number; emBottom: number } {
  const upm = font.unitsPerEm;
  const axis = (font.BASE as BaseTable | undefined)?.horizAxis;
  const index = axis?.baseTagList?.indexOf('ideo') ?? -1;
  const script = axis?.baseScriptList?.find((s) => s.tag === 'hani') ?? axis?.baseScriptList?.[0];
  const ideo = index >= 0 ? script?.script?.baseValues?.baseCoords?.[index]?.coordinate : undefined;
  if (typeof ideo === 'number') return { emTop: (ideo + upm) / upm, emBottom: ideo / upm };
  const os2 = font['OS/2'];
  if (os2 && os2.typoAscender - os2.typoDescender === upm) return { emTop: os2.typoAscender / upm, emBottom: os2.typoDescender / upm };
  return { emTop: 0.88, emBottom: -0.12 };
}

function expectSameAsFontkit(bytes: Uint8Array, font: Font, ref: { file: string; postscriptName?: string; family?: string }) {
  const face = openFace(bytes, ref);
  expect(face.postscriptName).toBe(font.postscriptName);
  expect(face.unitsPerEm).toBe(font.unitsPerEm);
  expect({ emTop: face.emTop, emBottom: face.emBottom }).toEqual(fontkitEmBox(font));
  let found = 0;
  for (const cp of sampleCodePoints()) {
    const ours = face.lookup(cp);
    const theirs = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp) : undefined;
    expect(ours?.id, `U+${cp.toString(16)}`).toBe(theirs?.id);
    if (ours && theirs) {
      expect(ours.advance, `advance of U+${cp.toString(16)}`).toBe(theirs.advanceWidth);
      found++;
    }
  }
  expect(found).toBeGreaterThan(200);
}

describe('sfntTables', () => {
  it.each(BUNDLED)('reads %s exactly as fontkit does (names, unitsPerEm, em box, glyph ids, advances)', (file) => {
    const bytes = bundled(file);
    const tables = sfntTables(bytes);
    expect(tables.tags()).toEqual(expect.arrayContaining(['cmap', 'head', 'hhea', 'hmtx', 'name', 'OS/2']));
    expect(tables.flavor).toBe(file.endsWith('.otf') ? 'OTTO' : '0100');
    // Views into the file, not copies.
    expect(tables.get('cmap')!.buffer).toBe(bytes.buffer);
    expect(tables.get('nope')).toBeUndefined();
    expectSameAsFontkit(bytes, fontkit.create(bytes) as Font, { file });
  });

  it('gives the bundled faces the ideographic em box (0.88 / −0.12), not hhea', () => {
    for (const file of BUNDLED) {
      const face = openFace(bundled(file), { file });
      expect(face.emTop, file).toBeCloseTo(0.88, 6);
      expect(face.emBottom, file).toBeCloseTo(-0.12, 6);
    }
  });

  describe.skipIf(!existsSync(NOTO_TTC))('a collection (Noto Serif CJK .ttc)', () => {
    const bytes = existsSync(NOTO_TTC) ? new Uint8Array(readFileSync(NOTO_TTC)) : new Uint8Array();
    const collection = () => fontkit.create(bytes) as FontCollection;

    it('lists every member with the names fontkit gives', () => {
      const members = sfntMembers(bytes);
      expect(members.map((m) => sfntNames(m).postscriptName)).toEqual(collection().fonts.map((f) => f.postscriptName));
      expect(members.map((m) => m.index)).toEqual(members.map((_, i) => i));
    });

    it('picks the member by PostScript name, else by family, else the Simplified Chinese one', () => {
      const ps = (m: { index: number }) => collection().fonts[m.index]!.postscriptName;
      expect(ps(sfntTables(bytes))).toBe('NotoSerifCJKsc-Regular');
      expect(ps(sfntTables(bytes, { postscriptName: 'NotoSerifCJKjp-Regular' }))).toBe('NotoSerifCJKjp-Regular');
      expect(ps(sfntTables(bytes, { family: 'noto serif cjk tc' }))).toBe('NotoSerifCJKtc-Regular');
      expect(ps(sfntTables(bytes, { family: 'No Such Family' }))).toBe('NotoSerifCJKsc-Regular');
      expect(ps(sfntTables(bytes, { postscriptName: 'Nope', family: 'Noto Serif CJK KR' }))).toBe('NotoSerifCJKkr-Regular');
    });

    it('reads the picked members exactly as fontkit does', () => {
      for (const postscriptName of ['NotoSerifCJKsc-Regular', 'NotoSerifCJKjp-Regular']) {
        const font = collection().fonts.find((f) => f.postscriptName === postscriptName)!;
        expectSameAsFontkit(bytes, font, { file: 'NotoSerifCJK-Regular.ttc', postscriptName });
      }
    });
  });

  describe('bad bytes', () => {
    const fandol = bundled('FandolFang-Regular.otf');
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['empty', new Uint8Array(0), /文件太短/],
      ['text', new TextEncoder().encode('这不是字体文件，只是一段文字而已。'), /不是 TrueType\/OpenType 字体/],
      ['cut off', fandol.subarray(0, 200_000), /文件不完整：.* 表超出文件末尾/],
      ['cut in the directory', fandol.subarray(0, 40), /表目录不完整/],
      ['a collection without members', new Uint8Array([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0, 0, 0, 0]), /字体集文件头已损坏/],
    ];
    it.each(cases)('%s: throws one clear line', (_, bytes, message) => {
      expect(() => sfntTables(bytes)).toThrow(message);
    });

    it('a font set reports a damaged file by name and falls through to the next face', () => {
      const profile = getProfile();
      const broken = { file: 'cut.otf' };
      const set = createFontSet({ ...profile, fonts: { ...profile.fonts, fang: [broken] } }, {
        read: (ref) => (ref.file === 'cut.otf' ? fandol.subarray(0, 200_000) : ref.file ? bundled(ref.file) : undefined),
      });
      expect(set.glyph('fang', '公'.codePointAt(0)!)!.face).toBe('NotoSerifSC-Regular.ttf');
      expect(set.damaged).toHaveLength(1);
      expect(set.damaged[0]!.message).toMatch(/^字体文件无法使用：cut\.otf（文件不完整：.* 表超出文件末尾）$/);
    });
  });
});
