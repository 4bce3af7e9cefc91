// Landscape tables (横排表格, GB/T 9704 §8): the table with its 表题 and 注 is laid out on the type area turned by a
// quarter and set on portrait pages of its own, head towards the left edge (binding on odd pages, cut on even
// ones); running head and folio stay upright. Read back from the PDF with pdfjs: the glyphs' text matrices.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import type { GlyphRun, GroupItem } from '../../shared/typeset/page-tree';
import { geometryOf } from '../../shared/typeset/geometry';
import { getProfile } from '../../shared/profiles';
import { build } from './fixture-issue';
import { landscapeIssue } from './landscape-fixture';

const geo = geometryOf(getProfile());
const text = (runs: GlyphRun[]) => runs.map((r) => r.chars.join('')).join('');

describe('a landscape table', async () => {
  const { tree, pdf } = await build(landscapeIssue());
  const body = tree.pages.filter((p) => p.kind === 'body');
  const turned = body.filter((p) => p.items.some((i) => i.kind === 'group'));

  test('its pages stand alone, turned a quarter, between the text before and after', () => {
    expect(turned.length).toBeGreaterThanOrEqual(3);
    const first = body.indexOf(turned[0]!);
    const last = body.indexOf(turned[turned.length - 1]!);
    expect(last - first + 1).toBe(turned.length); // one run of pages
    // the paragraph before ends on the page before; the one after starts on a page of its own
    expect(text(body[first - 1]!.items.filter((i): i is GlyphRun => i.kind === 'glyphs'))).toContain('示政发');
    expect(body[last + 1]!.items.some((i) => i.kind === 'glyphs' && i.y > geo.top && i.y < geo.top + 2 * geo.linePitch)).toBe(true);
    for (const page of turned) {
      const group = page.items.find((i): i is GroupItem => i.kind === 'group')!;
      // local x runs up the page from the type area's bottom, local y rightwards from its left edge
      expect(group.transform).toEqual([0, -1, 1, 0, geo.left, expect.closeTo(geo.top + geo.areaHeight, 6)]);
      // nothing of the body outside the group: only the running head above and the folio below the type area
      const upright = page.items.filter((i): i is GlyphRun => i.kind === 'glyphs');
      expect(upright.every((r) => r.y < geo.top || r.y > geo.top + geo.areaHeight)).toBe(true);
      expect(text(upright.filter((r) => r.y > geo.top + geo.areaHeight))).toMatch(/^—\s?\d+\s?—$/);
      // the turned area is as wide as the type area is high, as high as it is wide
      for (const r of group.items.filter((i): i is GlyphRun => i.kind === 'glyphs')) {
        expect(r.x).toBeGreaterThan(-geo.pitch / 2); // an opening bracket's blank half may stand out
        expect(r.x + r.offsets[r.offsets.length - 1]!).toBeLessThan(geo.areaHeight);
        expect(r.y).toBeLessThan(geo.measure + 0.01);
      }
    }
    const all = turned.map((p) => text((p.items.find((i): i is GroupItem => i.kind === 'group')!).items.filter((i): i is GlyphRun => i.kind === 'glyphs')));
    expect(all[0]).toContain('示例市2024年公共停车场建设项目表');
    expect(all.at(-1)).toContain('注：总投资含中央和省级补助资金。');
    // every body row once; the header row and （续表） on every continuation page
    for (let r = 1; r <= 30; r++) expect(all.join('')).toContain(`第${r}号停车场`);
    for (const t of all.slice(1)) expect(t).toContain('（续表）');
    for (const t of all) expect(t).toContain('项目名称');
  });

  test('the PDF draws the table turned, head to the left edge, folio upright', async () => {
    const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    const index = tree.pages.indexOf(turned[0]!);
    const page = await doc.getPage(index + 1);
    const items = (await page.getTextContent()).items as Array<{ str: string; transform: number[] }>;
    const rotated = items.filter((i) => i.str.trim() && Math.abs(i.transform[0]!) < 1e-6 && i.transform[1]! > 0);
    const upright = items.filter((i) => i.str.trim() && i.transform[0]! > 0 && Math.abs(i.transform[1]!) < 1e-6);
    // text runs upwards (90° anticlockwise): the table's head (表题, header row) lies along the left edge
    const title = rotated.find((i) => i.str.includes('建设项目表'))!;
    expect(title).toBeDefined();
    const header = rotated.find((i) => i.str.includes('项目名称'))!;
    const row = rotated.find((i) => i.str.includes('第1号停车场'))!;
    expect(title.transform[4]!).toBeLessThan(header.transform[4]!);
    expect(header.transform[4]!).toBeLessThan(row.transform[4]!);
    expect(title.transform[4]!).toBeGreaterThan(geo.left);
    expect(title.transform[4]!).toBeLessThan(geo.left + 3 * geo.linePitch);
    // running head and folio stay upright
    expect(upright.map((i) => i.str).join('')).toMatch(/—\s*\d+\s*—/);
    await doc.destroy();
  });
});
