// 专栏 boxes: a frame drawn around the title and paragraphs (sides on every line, top and bottom rules),
// the text inset one character from the type area on each side.
import { describe, expect, test } from 'vitest';
import { paragraph, type BoxBlock } from '../../shared/model/blocks';
import type { GlyphRun, RuleItem } from '../../shared/typeset/page-tree';
import { article, build, filler, issueOf } from './fixture-issue';

describe('专栏 boxes', () => {
  test('framed, inset, every word inside the frame', async () => {
    const box: BoxBlock = { type: 'box', title: '政策问答', children: [paragraph(filler(120)), paragraph(filler(60, 3))] };
    const issue = issueOf([{ title: '政策解读', articles: [article('a1', '《示例市城市公共停车场管理办法》政策解读', [paragraph(filler(50)), box])] }]);
    const { tree } = await build(issue);
    const page = tree.pages.find((p) => p.kind === 'body')!;
    const rules = page.items.filter((i): i is RuleItem => i.kind === 'rule' && i.y1 > 100);
    const verticals = rules.filter((r) => r.x1 === r.x2);
    const horizontals = rules.filter((r) => r.y1 === r.y2);
    expect(horizontals.length).toBe(2);
    const left = Math.min(...verticals.map((r) => r.x1));
    const right = Math.max(...verticals.map((r) => r.x1));
    const top = Math.min(...horizontals.map((r) => r.y1));
    const bottom = Math.max(...horizontals.map((r) => r.y1));
    const runs = page.items.filter((i): i is GlyphRun => i.kind === 'glyphs' && i.y > top && i.y < bottom);
    expect(runs.map((r) => r.chars.join('')).join('')).toContain('政策问答');
    for (const r of runs) {
      expect(r.x).toBeGreaterThan(left);
      expect(r.x + r.offsets[r.offsets.length - 1]! + (r.advances?.at(-1) ?? r.size)).toBeLessThan(right + 0.5);
    }
    // sides run without a gap from the top rule to the bottom rule
    const covered = verticals.filter((r) => r.x1 === left).reduce((h, r) => h + (r.y2 - r.y1), 0);
    expect(covered).toBeCloseTo(bottom - top, 1);
  });
});

describe('a 专栏 box across a page break', () => {
  test('the frame is closed at the bottom of the first page and the top of the next', async () => {
    const box: BoxBlock = { type: 'box', title: '政策问答', children: Array.from({ length: 8 }, (_, i) => paragraph(filler(110, i))) };
    const issue = issueOf([{ title: '政策解读', articles: [article('a1', '《示例市城市公共停车场管理办法》政策解读', [paragraph(filler(300)), box])] }]);
    const { tree } = await build(issue);
    const pages = tree.pages.filter((p) => p.kind === 'body');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages.slice(0, 2)) {
      const rules = page.items.filter((i): i is RuleItem => i.kind === 'rule' && i.y1 > 100 && i.y1 === i.y2);
      // one horizontal rule on each page where the box is cut, plus its own top or bottom
      expect(rules.length).toBe(2);
      const verticals = page.items.filter((i): i is RuleItem => i.kind === 'rule' && i.x1 === i.x2);
      const top = Math.min(...rules.map((r) => r.y1));
      const bottom = Math.max(...rules.map((r) => r.y1));
      const left = Math.min(...verticals.map((r) => r.x1));
      expect(verticals.filter((r) => r.x1 === left).reduce((h, r) => h + (r.y2 - r.y1), 0)).toBeCloseTo(bottom - top, 1);
    }
  });
});
