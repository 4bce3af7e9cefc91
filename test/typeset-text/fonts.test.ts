// The font set: faces from the bundled files, per-glyph fallback, missing characters recorded, the ideographic
// em box as vertical metrics, faces shared between font sets, collections and installed fonts by family name.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_FONT_DIR, createFontSource, InstalledFonts, systemFontDirs } from '../../electron/services/font-files';
import { createFontSet } from '../../shared/fonts/font-set';
import { readFontNames } from '../../shared/fonts/read-font-names';
import { getProfile } from '../../shared/profiles';
import type { FontRef, GazetteProfile } from '../../shared/profiles/profile';
import { defaultFonts } from './helpers';

const cp = (c: string) => c.codePointAt(0)!;
const NOTO_TTC = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

function profileWith(role: 'song' | 'latin', refs: FontRef[]): GazetteProfile {
  const profile = getProfile();
  return { ...profile, fonts: { ...profile.fonts, [role]: refs } };
}

describe('createFontSet', () => {
  it('draws a character from the role’s first face that has it, else the next (per-glyph fallback)', () => {
    const fonts = defaultFonts();
    expect(fonts.glyph('fang', cp('公'))!.face).toBe('FandolFang-Regular.otf');
    expect(fonts.glyph('kai', cp('公'))!.face).toBe('FandolKai-Regular.otf');
    // 飏 (a personal-name character of the corpus) is not in Fandol: it comes from the bundled Noto Serif SC
    const fallback = fonts.glyph('fang', cp('飏'))!;
    expect(fallback.face).toBe('NotoSerifSC-Regular.ttf');
    expect(fallback.id).toBeGreaterThan(0);
    expect(fonts.faces.get('NotoSerifSC-Regular.ttf')!.font.glyphForCodePoint(cp('飏')).id).toBe(fallback.id);
  });

  it('records a character no face has, once, and gives no glyph for it', () => {
    const fonts = createFontSet(getProfile(), createFontSource(undefined, []));
    expect(fonts.glyph('fang', 0x10fffd)).toBeUndefined();
    expect(fonts.glyph('fang', 0x10fffd)).toBeUndefined();
    expect(fonts.missing).toEqual([{ char: String.fromCodePoint(0x10fffd), role: 'fang' }]);
    expect(fonts.advance('fang', String.fromCodePoint(0x10fffd), 16)).toBe(0);
  });

  it('takes vertical metrics from the ideographic em box, not hhea (FandolSong’s hhea says 800/+200)', () => {
    const fonts = defaultFonts();
    expect(fonts.ascent('song', 16)).toBeCloseTo(0.88 * 16, 6);
    expect(fonts.descent('song', 16)).toBeCloseTo(-0.12 * 16, 6);
    expect(fonts.ascent('fang', 22)).toBeCloseTo(0.88 * 22, 6);
    const song = fonts.faces.get('FandolSong-Regular.otf')!.font;
    expect(song.hhea!.descent).toBe(200); // the font bug the em box avoids
  });

  it('measures text: Han one em, digits and Latin by their own advances', () => {
    const fonts = defaultFonts();
    expect(fonts.measureText('示例市', 'fang', 16)).toBeCloseTo(48, 6);
    const digits = fonts.measureText('2024', 'latin', 16);
    expect(digits).toBeCloseTo(4 * fonts.faces.get('FandolFang-Regular.otf')!.font.glyphForCodePoint(cp('2')).advanceWidth / 1000 * 16, 6);
  });

  it('opens each font file once: two font sets from one source share the fontkit faces', () => {
    const source = createFontSource(undefined, []);
    const a = createFontSet(getProfile(), source);
    const b = createFontSet(getProfile(), source);
    a.glyph('fang', cp('公'));
    b.glyph('fang', cp('公'));
    expect(a.faces.get('FandolFang-Regular.otf')!.font).toBe(b.faces.get('FandolFang-Regular.otf')!.font);
  });

  it('sets Latin letters and digits in the latin role’s face', () => {
    const fonts = createFontSet(profileWith('latin', [{ file: 'NotoSerifSC-Regular.ttf' }]), createFontSource(undefined, []));
    expect(fonts.glyph('latin', cp('7'))!.face).toBe('NotoSerifSC-Regular.ttf');
    expect(fonts.glyph('fang', cp('七'))!.face).toBe('FandolFang-Regular.otf');
  });

  it('reads glyph ids and advances from the font tables exactly as fontkit does (cmap formats 4 and 12)', () => {
    const fonts = defaultFonts();
    const points = [...Array(4000).keys()].map((i) => 0x4e00 + i * 5).concat([...Array(0x250).keys()], [0x3000, 0x3002, 0xff08, 0x201c, 0x2014, 0x2026, 0x20000, 0x1f600]);
    for (const file of ['FandolFang-Regular.otf', 'NotoSerifSC-Regular.ttf']) {
      fonts.glyph(file === 'FandolFang-Regular.otf' ? 'fang' : 'latin', cp('飏')); // opens both faces
      const face = fonts.faces.get(file)!;
      const mismatches = points.filter((p) => {
        const fast = face.lookup(p);
        const slow = face.font.hasGlyphForCodePoint(p) ? face.font.glyphForCodePoint(p) : undefined;
        return (fast?.id ?? 0) !== (slow?.id ?? 0) || (slow !== undefined && fast!.advance !== slow.advanceWidth);
      });
      expect(mismatches, file).toEqual([]);
    }
  });

  it('falls through a damaged font file to the next face and says which file', () => {
    const broken = { read: (ref: FontRef) => (ref.file === 'broken.otf' ? new TextEncoder().encode('OTTO not really a font') : createFontSource(undefined, []).read(ref)) };
    const fonts = createFontSet(profileWith('song', [{ file: 'broken.otf' }, { file: 'FandolSong-Regular.otf' }]), broken);
    expect(fonts.glyph('song', cp('宋'))!.face).toBe('FandolSong-Regular.otf');
    expect(fonts.damaged.map((d) => d.ref)).toEqual([{ file: 'broken.otf' }]);
    expect(fonts.damaged[0]!.message).toMatch(/^字体文件无法使用：broken\.otf/);
  });

  it('skips a font the machine does not have and lists it', () => {
    const fonts = createFontSet(profileWith('song', [{ family: '不存在的字体' }, { file: 'FandolSong-Regular.otf' }]), createFontSource(undefined, []));
    expect(fonts.glyph('song', cp('宋'))!.face).toBe('FandolSong-Regular.otf');
    expect(fonts.unavailable).toEqual([{ family: '不存在的字体' }]);
  });
});

describe.skipIf(!existsSync(NOTO_TTC))('font collections and installed fonts (fonts-noto-cjk)', () => {
  it('picks the SC member of a collection by PostScript name, or by itself when none is given', () => {
    const source = createFontSource([path.dirname(NOTO_TTC)], []);
    const named = createFontSet(profileWith('song', [{ file: 'NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular' }]), source);
    named.glyph('song', cp('宋'));
    expect(named.faces.get('NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular')!.font.postscriptName).toBe('NotoSerifCJKsc-Regular');
    const bare = createFontSet(profileWith('song', [{ file: 'NotoSerifCJK-Regular.ttc' }]), source);
    bare.glyph('song', cp('宋'));
    expect(bare.faces.get('NotoSerifCJK-Regular.ttc')!.font.postscriptName).toBe('NotoSerifCJKsc-Regular');
  });

  it('finds an installed font by family name (the regular weight) in the system folders', () => {
    const fonts = createFontSet(profileWith('song', [{ family: 'Noto Serif CJK SC' }]), createFontSource(undefined, systemFontDirs()));
    const g = fonts.glyph('song', cp('宋'))!;
    expect(g.face).toBe('family:Noto Serif CJK SC');
    expect(fonts.faces.get(g.face)!.font.postscriptName).toBe('NotoSerifCJKsc-Regular');
  });

  it('reads the names of every member of a collection from the name tables alone', () => {
    const bytes = new Uint8Array(readFileSync(NOTO_TTC));
    const members = readFontNames((offset, length) => bytes.subarray(offset, offset + length));
    expect(members.map((m) => m.postscriptName)).toContain('NotoSerifCJKsc-Regular');
    expect(members.find((m) => m.postscriptName === 'NotoSerifCJKsc-Regular')!.names).toContain('Noto Serif CJK SC');
  });
});

describe('installed font folders', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-fonts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes a user font folder by family and by file name, on first use', () => {
    copyFileSync(path.join(BUNDLED_FONT_DIR, 'FandolKai-Regular.otf'), path.join(dir, 'kai-copy.otf'));
    const installed = new InstalledFonts([dir, path.join(dir, 'absent')]);
    expect(installed.byFamily('fandolkai')?.path).toBe(path.join(dir, 'kai-copy.otf'));
    expect(installed.byFamily('FandolKai-Regular')?.path).toBe(path.join(dir, 'kai-copy.otf')); // PostScript name
    expect(installed.fileByName('KAI-COPY.otf')).toBe(path.join(dir, 'kai-copy.otf'));
    expect(installed.byFamily('仿宋_GB2312')).toBeUndefined();
    const source = createFontSource([path.join(dir, 'none')], [dir]);
    expect(source.read({ family: 'FandolKai' })?.length).toBe(readFileSync(path.join(dir, 'kai-copy.otf')).length);
    expect(source.read({ file: 'kai-copy.otf' })?.length).toBeGreaterThan(0);
  });

  it('knows where Windows and Linux keep installed fonts', () => {
    expect(systemFontDirs('win32', { WINDIR: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local' }, 'C:\\Users\\li')).toEqual([
      path.join('C:\\Windows', 'Fonts'),
      path.join('C:\\Users\\li\\AppData\\Local', 'Microsoft', 'Windows', 'Fonts'),
    ]);
    expect(systemFontDirs('linux', {}, '/home/li')).toEqual(['/usr/share/fonts', '/usr/local/share/fonts', '/home/li/.fonts', '/home/li/.local/share/fonts']);
  });
});
