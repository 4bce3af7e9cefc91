// Layout must not load fontkit (its import alone costs a build ~110 ms): the font set answers glyphs, advances
// and the em box from the sfnt tables, and a face's fontkit Font is opened only when something asks for it.
import path from 'node:path';
import { build } from 'esbuild';
import * as fontkit from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { createFontSource } from '../../electron/services/font-files';
import { createFontSet } from '../../shared/fonts/font-set';
import { provideFontkit } from '../../shared/fonts/fontkit-lazy';
import { getProfile } from '../../shared/profiles';
import { layoutIssue } from '../../shared/typeset/layout-issue';
import { paragraph } from '../../shared/model/blocks';
import { article, filler, issueOf } from '../typeset/fixture-issue';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('fonts without fontkit', () => {
  afterAll(() => provideFontkit(fontkit));

  it('lays out an issue with fontkit unavailable, and opens a face’s fontkit Font only on access', () => {
    // Any use of fontkit during layout would throw here.
    provideFontkit(new Proxy({} as typeof fontkit, { get: (_, key) => { throw new Error(`fontkit.${String(key)} used`); } }));
    const source = createFontSource(undefined, []);
    const odd = String.fromCodePoint(0xf0001); // in no font: reported, not drawn
    const body = [paragraph(`示例市2024年${filler(300)}Gazette${odd}`), paragraph(filler(500, 1))];
    const tree = layoutIssue(issueOf([{ title: '市政府文件', articles: [article('a1', '示例市人民政府关于字体的通知', body)] }]), source);
    expect(tree.pages.length).toBeGreaterThan(2);
    expect(tree.missingGlyphs).toEqual([{ char: odd, article: '示例市人民政府关于字体的通知' }]);
    const set = createFontSet(getProfile(), source);
    expect(set.measureText('公报2024年', 'fang', 16)).toBeGreaterThan(0);
    expect(set.ascent('song', 16)).toBeCloseTo(0.88 * 16, 6);
    expect(set.fontFaces().map((f) => f.postscriptName)).toContain('FandolFang-Regular');
    const face = set.faces.get('FandolFang-Regular.otf')!;
    expect(face.unitsPerEm).toBe(1000);
    expect(face.tables.get('CFF ')).toBeDefined();
    expect(() => face.font).toThrow(/fontkit\.create used/);
    provideFontkit(fontkit);
    expect(face.font.postscriptName).toBe('FandolFang-Regular');
  });

  it('no module of the layout path imports fontkit statically', async () => {
    const entries = ['shared/typeset/layout-issue.ts', 'shared/fonts/index.ts', 'shared/check/font-coverage.ts', 'electron/services/font-files.ts'];
    const result = await build({
      entryPoints: entries.map((e) => path.join(repoRoot, e)),
      absWorkingDir: repoRoot,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outdir: path.join(repoRoot, 'out/.graph'),
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('shared/fonts/open-face.ts');
    const fontkitImports = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
      input.imports.filter((i) => i.path === 'fontkit').map((i) => `${file}: ${i.kind}`),
    );
    expect(fontkitImports).toEqual(['shared/fonts/fontkit-lazy.ts: dynamic-import']);
  });
});
