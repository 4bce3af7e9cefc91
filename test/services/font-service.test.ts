// FontService on the real bundled fonts (build/fonts) and, when present, the system's installed fonts.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_DIR, systemFontDirs } from '../../electron/services/font-files';
import { FontService } from '../../electron/services/font-service';

describe('FontService', () => {
  const bundledOnly = new FontService({ bundledFonts: BUNDLED_FONT_DIR, systemFonts: [] });

  it('lists the bundled families, each once, marked as bundled', () => {
    const fonts = bundledOnly.list();
    expect(fonts.every((f) => f.source === 'bundled')).toBe(true);
    const files = fonts.map((f) => f.file);
    for (const f of ['FandolFang-Regular.otf', 'FandolSong-Regular.otf', 'FandolHei-Regular.otf', 'FandolKai-Regular.otf']) {
      expect(files).toContain(f);
    }
    expect(new Set(fonts.map((f) => `${f.family}|${f.file}`)).size).toBe(fonts.length);
  });

  it('resolves a family by any of its names, and says null for one that is not here', () => {
    const fang = bundledOnly.choose('FandolFang');
    expect(fang?.file).toBe('FandolFang-Regular.otf');
    expect(bundledOnly.choose('方正小标宋简体_不存在')).toBeNull();
  });

  it('hands out the font bytes the preview worker asks for', () => {
    const [found, missing] = bundledOnly.load([{ file: 'FandolKai-Regular.otf' }, { file: 'nope.otf' }]);
    expect(found!.bytes?.length).toBe(statSync(path.join(BUNDLED_FONT_DIR, 'FandolKai-Regular.otf')).size);
    expect(missing!.bytes).toBeNull();
  });

  it('finds installed fonts by family name (Noto CJK on Linux build machines)', (ctx) => {
    const dirs = systemFontDirs().filter((d) => existsSync(d));
    const service = new FontService({ bundledFonts: BUNDLED_FONT_DIR, systemFonts: dirs });
    const noto = service.choose('Noto Serif CJK SC');
    if (!noto) {
      console.warn('跳过：本机未安装 Noto Serif CJK SC（fonts-noto-cjk）');
      ctx.skip();
    }
    expect(noto!.source).toBe('system');
    expect(service.list().some((f) => f.source === 'system')).toBe(true);
    const [bytes] = service.load([{ family: 'Noto Serif CJK SC' }]);
    expect(bytes!.bytes!.length).toBeGreaterThan(1_000_000);
  });
});
