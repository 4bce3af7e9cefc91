// Incremental layout: with a cache kept between calls, an edit to one article lays out only that article
// again, and the result is the same as a layout from scratch.
import { describe, expect, test } from 'vitest';
import { paragraph } from '../../shared/model/blocks';
import { createLayoutCache, layoutIssue } from '../../shared/typeset/layout-issue';
import { article, filler, fonts, issueOf } from './fixture-issue';

const make = (edit = '') =>
  issueOf([
    { title: '市政府文件', articles: [1, 2, 3].map((n) => article(`a${n}`, `示例市人民政府关于第${n}项工作的通知`, Array.from({ length: 12 }, (_, i) => paragraph(filler(80 + i * 9, n + i) + (n === 2 && i === 3 ? edit : ''))), { date: '2024-03-05' })) },
    { title: '市政府办公室文件', articles: [4, 5].map((n) => article(`a${n}`, `示例市人民政府办公室关于第${n}项工作的意见`, Array.from({ length: 8 }, (_, i) => paragraph(filler(70 + i * 11, n * i))))) },
  ]);

describe('incremental layout', () => {
  test('a one-character edit lays out one article again; pages equal a fresh layout', () => {
    const cache = createLayoutCache();
    layoutIssue(make(), fonts, { cache });
    expect(cache.laidOut).toBe(5);
    layoutIssue(make(), fonts, { cache });
    expect(cache.laidOut).toBe(0);
    // Add enough text to push the following pages on, so pagination (not only the article) must run again.
    const edited = layoutIssue(make('改'.repeat(200)), fonts, { cache });
    expect(cache.laidOut).toBe(1);
    const fresh = layoutIssue(make('改'.repeat(200)), fonts);
    expect(JSON.stringify(edited)).toBe(JSON.stringify(fresh));
    const before = layoutIssue(make(), fonts);
    expect(edited.toc.map((t) => t.page)).not.toEqual(before.toc.map((t) => t.page));
  });
});
