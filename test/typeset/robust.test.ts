// Layout is robust to whatever an importer produces: empty paragraphs and titles, a URL longer than a line,
// tables without rows or with only a header, a cell spanning past the table, page breaks in a row.
import { describe, expect, test } from 'vitest';
import { paragraph, type Block, type TableBlock } from '../../shared/model/blocks';
import { article, build, filler, issueOf } from './fixture-issue';

describe('robust layout', () => {
  test('odd input lays out and writes a PDF, every article anchored in the 目录', async () => {
    const cell = (text: string, extra = {}) => ({ type: 'table-cell' as const, children: [paragraph(text)], ...extra });
    const odd: Block[] = [
      paragraph(''),
      paragraph('详见 https://www.example.gov.cn/zwgk/zcwj/2024/03/very-long-path-without-any-break-opportunity-at-all/index.html 。'),
      { type: 'table', children: [] } as TableBlock,
      { type: 'table', headerRows: 3, children: [{ type: 'table-row', children: [cell('只有表头')] }] },
      { type: 'table', headerRows: 1, children: [{ type: 'table-row', children: [cell('甲', { rowSpan: 9, colSpan: 2 }), cell('乙')] }, { type: 'table-row', children: [cell('丙')] }] },
      { type: 'page-break', children: [{ text: '' }] },
      { type: 'page-break', children: [{ text: '' }] },
      paragraph(filler(200)),
      { type: 'box', children: [] },
    ];
    const issue = issueOf([
      { title: '市政府文件', articles: [article('a1', '示例市人民政府关于测试的通知', odd), article('a2', '', [])] },
      { title: '空栏目', articles: [] },
    ]);
    const { tree, pdf } = await build(issue);
    expect(pdf.length).toBeGreaterThan(1000);
    expect(tree.toc.map((t) => t.articleId)).toEqual(['a1', 'a2']);
    for (const t of tree.toc) expect(tree.pages[t.pdfPage - 1]!.kind).toBe('body');
    const text = tree.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === 'glyphs' ? i.chars : []))).join('');
    expect(text).toContain('very-long-path');
    expect(text).toContain('只有表头');
  });
});
