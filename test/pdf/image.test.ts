// Image blocks: placed centred at their width with the asset's aspect ratio, on whole grid lines, the
// caption below; the PDF embeds the picture.
import { describe, expect, test } from 'vitest';
import { paragraph, type ImageBlock } from '../../shared/model/blocks';
import { imageSize } from '../../shared/typeset/image-size';
import type { ImageItem } from '../../shared/typeset/page-tree';
import { layoutIssue } from '../../shared/typeset/layout-issue';
import { writePdf } from '../../shared/export/pdf/write-pdf';
import { article, filler, fonts, issueOf } from '../typeset/fixture-issue';
import { readPdf } from './read-pdf';

// A 1×1 PNG (written for this test).
const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('image blocks', () => {
  test('header sizes are read from PNG bytes', () => {
    expect(imageSize(png)).toEqual({ width: 1, height: 1 });
    expect(imageSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });

  test('laid out at widthMm, square for a square picture, caption below, embedded in the PDF', async () => {
    const image: ImageBlock = { type: 'image', asset: 'map.png', widthMm: 60, caption: '示例市城区示意图', children: [{ text: '' }] };
    const issue = issueOf([{ title: '市政府文件', articles: [article('a1', '示例市人民政府关于城区规划的通知', [paragraph(filler(80)), image, paragraph(filler(50, 2))])] }]);
    const tree = layoutIssue(issue, fonts, { imageSize: (name) => (name === 'map.png' ? imageSize(png) : undefined) });
    const items = tree.pages.flatMap((p) => p.items.filter((i): i is ImageItem => i.kind === 'image'));
    expect(items).toHaveLength(1);
    const mm = 72 / 25.4;
    expect(items[0]!.w).toBeCloseTo(60 * mm, 1);
    expect(items[0]!.h).toBeCloseTo(60 * mm, 1);
    expect(items[0]!.x + items[0]!.w / 2).toBeCloseTo(28 * mm + 78 * mm, 1);
    const pdf = await writePdf(tree, fonts, { image: (name) => (name === 'map.png' ? png : undefined) });
    expect(new TextDecoder('latin1').decode(pdf)).toMatch(/\/Subtype \/Image/);
    const { pages } = await readPdf(pdf);
    const page = pages[tree.pages.findIndex((p) => p.items.some((i) => i.kind === 'image'))]!;
    const caption = page.lines.find((l) => l.text === '示例市城区示意图')!;
    expect(caption.y).toBeGreaterThan(items[0]!.y + items[0]!.h);
  });
});
