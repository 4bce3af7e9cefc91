// Layout reads a font file table by table (sfntFileTables through the Node FontSource): the same answers as from
// the whole file in memory, with a small part of the file read; the whole file is read only when asked for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_DIR, createFontSource } from '../../electron/services/font-files';
import { createFontSet } from '../../shared/fonts/font-set';
import { openFace, openFaceOfTables } from '../../shared/fonts/open-face';
import { sfntFileTables, sfntTables } from '../../shared/fonts/sfnt';
import { getProfile } from '../../shared/profiles';

const cps = [0x20, 0x41, 0x31, 0x3001, 0x300a, 0x4e00, 0x516c, 0x62a5, 0x9f99, 0xff08, 0x2014, 0x20000];

describe('fonts read table by table', () => {
  it.each(['FandolKai-Regular.otf', 'NotoSerifSC-Regular.ttf'])('%s: same face as from the bytes, reading a small part of the file', (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(BUNDLED_FONT_DIR, file)));
    let read = 0;
    const tables = sfntFileTables((offset, length) => {
      read += length;
      return bytes.slice(offset, offset + length); // a copy: nothing may rely on views into the file
    }, bytes.length);
    expect(tables.bytes).toBeUndefined();
    expect(tables.tags()).toEqual(sfntTables(bytes).tags());
    const fromFile = openFaceOfTables(tables, () => bytes);
    const fromBytes = openFace(bytes, { file });
    expect([fromFile.unitsPerEm, fromFile.postscriptName, fromFile.emTop, fromFile.emBottom]).toEqual([
      fromBytes.unitsPerEm,
      fromBytes.postscriptName,
      fromBytes.emTop,
      fromBytes.emBottom,
    ]);
    for (const cp of cps) expect(fromFile.lookup(cp), `U+${cp.toString(16)}`).toEqual(fromBytes.lookup(cp));
    expect(read).toBeGreaterThan(0);
    expect(read / bytes.length).toBeLessThan(0.1);
    expect(tables.get('name')).toBe(tables.get('name')); // each table read once
  });

  it('the Node FontSource gives tables per face, shared between font sets; FaceEntry.bytes is the whole file, on demand', () => {
    const source = createFontSource(undefined, []);
    expect(source.tables!({ file: 'FandolFang-Regular.otf' })).toBe(source.tables!({ file: 'FandolFang-Regular.otf' }));
    expect(source.tables!({ file: 'NoSuchFont.otf' })).toBeUndefined();
    const a = createFontSet(getProfile(), source);
    const b = createFontSet(getProfile(), source);
    const ga = a.glyph('fang', 0x516c)!;
    expect(b.glyph('fang', 0x516c)).toEqual(ga);
    const entry = a.faces.get(ga.face)!;
    expect(entry.tables).toBe(b.faces.get(ga.face)!.tables);
    expect(entry.bytes.length).toBe(readFileSync(path.join(BUNDLED_FONT_DIR, 'FandolFang-Regular.otf')).length);
    expect(sfntTables(entry.bytes).get('cmap')).toEqual(entry.tables.get('cmap'));
  });

  it('a font file that cannot be used is reported as damaged, by name, when read table by table', () => {
    const profile = getProfile();
    const source = createFontSource(undefined, []);
    const set = createFontSet({ ...profile, fonts: { ...profile.fonts, fang: [{ file: 'README.md' }] } }, source);
    expect(set.glyph('fang', 0x516c)!.face).toBe('NotoSerifSC-Regular.ttf');
    expect(set.damaged.map((d) => d.message)).toEqual([expect.stringMatching(/^字体文件无法使用：README\.md（不是 TrueType\/OpenType 字体/)]);
  });
});
