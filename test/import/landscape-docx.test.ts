// DOCX import of landscape tables (横排, GB/T 9704 §8): a table standing in a landscape section comes in with
// `landscape: true`; one in a portrait section stays upright. Read from our own DOCX export and from hand-made files.
import { describe, expect, it } from 'vitest';
import { paragraph, type Block, type TableBlock } from '../../shared/model/blocks';
import { importDocument } from '../../shared/import/import-document';
import { writeDocx } from '../../shared/export/docx/write-docx';
import { landscapeIssue, wideTable } from '../typeset/landscape-fixture';
import { buildDocx, para } from './docx-builder';

const tablesOf = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table');
const firstCells = (t: TableBlock) => t.children[1]!.children.map((c) => c.children.map((p) => p.children.map((l) => l.text).join('')).join(''));

const tc = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const tbl = (rows: string[][]) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map(tc).join('')}</w:tr>`).join('')}</w:tbl>`;
const sect = (w: number, h: number, orient?: string) => `<w:sectPr><w:pgSz w:w="${w}" w:h="${h}"${orient ? ` w:orient="${orient}"` : ''}/></w:sectPr>`;
const head = [
  para('示例市人民政府办公室关于印发项目表的通知', { jc: 'center', sz: 44 }),
  para('示政办发〔2024〕8号', { jc: 'center' }),
  para('各区人民政府，市政府各部门：', {}),
  para('现将项目表印发给你们，请认真执行。', {}),
].join('');
const small = [['序号', '项目'], ['1', '口袋公园']];
const wide = [['序号', '县（市、区）', '项目名称', '总投资'], ['1', '示例区', '第1号游园', '300']];

describe('landscape tables in DOCX import', () => {
  it('our DOCX export of a landscape table re-imports as landscape; a portrait table after it stays upright', async () => {
    const issue = landscapeIssue();
    const upright: TableBlock = { ...wideTable(2), landscape: false };
    upright.children[1]!.children[2] = { type: 'table-cell', children: [paragraph('直立表格')] };
    issue.sections[0]!.articles[0]!.body.push(upright);
    const bytes = await writeDocx(issue, null);
    const { articles } = importDocument(bytes, '横排.docx', { split: true });
    const tables = articles.flatMap((a) => tablesOf(a.body));
    expect(tables.length).toBe(2);
    expect(tables[0]!.landscape).toBe(true);
    expect(firstCells(tables[0]!)).toContain('第1号停车场');
    expect(tables[1]!.landscape).toBeUndefined();
    expect(firstCells(tables[1]!)).toContain('直立表格');
  });

  it('reads the section a table stands in: landscape by w:orient or by a page wider than high, else upright', () => {
    const body =
      head +
      tbl(small) + // section 1: portrait A4
      `<w:p><w:pPr>${sect(11906, 16838)}</w:pPr></w:p>` +
      tbl(wide) + // section 2: landscape by w:orient
      `<w:p><w:pPr>${sect(16838, 11906, 'landscape')}</w:pPr></w:p>` +
      tbl(small) + // section 3: portrait again
      `<w:p><w:pPr>${sect(11906, 16838)}</w:pPr></w:p>` +
      tbl(wide) + // last section (body sectPr): wider than high, no w:orient
      para('特此通知。', {}) +
      sect(16838, 11906);
    const { articles } = importDocument(buildDocx({ body }), '示例.docx');
    const tables = articles.flatMap((a) => tablesOf(a.body));
    expect(tables.map((t) => t.landscape ?? false)).toEqual([false, true, false, true]);
  });

  it('keeps a normal table in a portrait document upright', () => {
    const body = head + tbl(wide) + para('特此通知。', {}) + sect(11906, 16838);
    const { articles } = importDocument(buildDocx({ body }), '示例.docx');
    const tables = articles.flatMap((a) => tablesOf(a.body));
    expect(tables.length).toBe(1);
    expect(tables[0]!.landscape).toBeUndefined();
  });
});
