// The gazette-16k profile (185×260 mm): page size, and the grid re-derived so lines hold whole characters —
// 25 a full line, 20 lines a page — read back from the PDF.
import { describe, expect, test } from 'vitest';
import { paragraph } from '../../shared/model/blocks';
import { getProfile } from '../../shared/profiles';
import { article, build, filler, issueOf } from '../typeset/fixture-issue';
import { readPdf } from './read-pdf';

const MM = 72 / 25.4;

describe('gazette-16k profile', async () => {
  const profile = getProfile('gazette-16k');
  const issue = issueOf([{ title: '市政府文件', articles: [article('a1', '示例市人民政府关于做好春耕生产工作的通知', Array.from({ length: 30 }, (_, i) => paragraph(filler(60 + i * 7, i))))] }], 'gazette-16k');
  const { tree, pdf } = await build(issue);
  const doc = await readPdf(pdf);

  test('pages are 185 × 260 mm', () => {
    for (const p of doc.pages) {
      expect(p.width).toBeCloseTo(185 * MM, 1);
      expect(p.height).toBeCloseTo(260 * MM, 1);
    }
  });

  test('full lines hold a whole number of characters: the profile grid', () => {
    const { charsPerLine, linesPerPage } = profile.grid;
    const left = profile.page.margins.left * MM;
    const right = (profile.page.width - profile.page.margins.right) * MM;
    const top = profile.page.margins.top * MM;
    const bottom = (profile.page.height - profile.page.margins.bottom) * MM;
    expect(Number.isInteger(charsPerLine)).toBe(true);
    const body = tree.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === 'body').map(({ i }) => doc.pages[i]!);
    const full = body.flatMap((p) => p.lines.filter((l) => l.y > top && l.y < bottom && Math.abs(l.x - left) < 2 && Math.abs(l.right - right) < 2 && /^[\u3000-\u9fff\uff00-\uffef]+$/.test(l.text)));
    expect(full.length).toBeGreaterThan(40);
    const share = full.filter((l) => l.text.length === charsPerLine || l.text.length === charsPerLine + 1).length / full.length;
    expect(share).toBeGreaterThan(0.9);
    const counts = body.slice(0, -1).map((p) => p.lines.filter((l) => l.y > top && l.y < bottom).length);
    expect(Math.max(...counts)).toBe(linesPerPage);
  });
});
