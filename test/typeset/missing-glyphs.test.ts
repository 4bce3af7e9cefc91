// A character found in no font is listed (with its article) in the tree's missingGlyphs, never silently
// blank; the 目录 can carry a 文号 line under each title when the profile asks for it.
import { describe, expect, test } from 'vitest';
import { paragraph } from '../../shared/model/blocks';
import type { GlyphRun } from '../../shared/typeset/page-tree';
import { article, build, filler, issueOf } from './fixture-issue';

describe('missing glyphs and 目录 options', () => {
  test('a character no font has is reported with its article', async () => {
    const odd = String.fromCodePoint(0xf0001); // a private-use plane character: in no bundled font
    const issue = issueOf([{ title: '市政府文件', articles: [article('a1', '示例市人民政府关于测试字符的通知', [paragraph(`示例${odd}市${filler(40)}`)])] }]);
    const { tree } = await build(issue);
    expect(tree.missingGlyphs).toEqual([{ char: odd, article: '示例市人民政府关于测试字符的通知' }]);
    const chars = tree.pages.flatMap((p) => p.items.filter((i): i is GlyphRun => i.kind === 'glyphs').flatMap((r) => r.chars)).join('');
    expect(chars).toContain('示例市');
  });

  test('toc.showDocNo prints the 文号 under each title in the 目录', async () => {
    const issue = issueOf([{ title: '市政府文件', articles: [article('a1', '示例市人民政府关于做好春耕生产工作的通知', [paragraph(filler(60))], { docNo: '示政发〔2024〕7号' })] }]);
    issue.profile = { ...issue.profile, toc: { ...issue.profile.toc, showDocNo: true } };
    const { tree } = await build(issue);
    const toc = tree.pages.find((p) => p.kind === 'toc')!;
    const lines = new Map<number, string>();
    for (const r of toc.items.filter((i): i is GlyphRun => i.kind === 'glyphs')) lines.set(Math.round(r.y), (lines.get(Math.round(r.y)) ?? '') + r.chars.join(''));
    const texts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    const title = texts.findIndex((t) => t.includes('春耕生产'));
    expect(texts[title + 1]).toBe('示政发〔2024〕7号');
  });
});
