// Tables read back from the PDF: header rows on every continuation page with （续表）, no row split, and a
// row-spanned cell cut by a page break printed again on the next page.
import { describe, expect, test } from 'vitest';
import type { TableBlock, TableCellBlock, TableRowBlock } from '../../shared/model/blocks';
import { paragraph } from '../../shared/model/blocks';
import { article, build, filler, issueOf } from '../typeset/fixture-issue';
import { readPdf } from './read-pdf';

const cell = (text: string, extra: Partial<TableCellBlock> = {}): TableCellBlock => ({ type: 'table-cell', children: [paragraph(text)], ...extra });
const row = (...cells: TableCellBlock[]): TableRowBlock => ({ type: 'table-row', children: cells });

function bigTable(): TableBlock {
  const rows: TableRowBlock[] = [row(cell('序号'), cell('乡镇（街道）'), cell('项目名称'), cell('投资额（万元）'))];
  for (let i = 1; i <= 60; i++) {
    // 镇区 names span 6 rows each, so several spans are cut by page breaks.
    const first = (i - 1) % 6 === 0 ? [cell(`示例第${Math.ceil(i / 6)}片区`, { rowSpan: 6 })] : [];
    rows.push(row(cell(String(i)), ...first, cell(`示例市第${i}号道路改造工程`), cell(String(100 + i * 7))));
  }
  return { type: 'table', headerRows: 1, continuedLabel: true, children: rows };
}

describe('tables in the PDF', async () => {
  const issue = issueOf([
    { title: '市政府文件', articles: [article('t1', '示例市人民政府关于下达2024年道路改造项目计划的通知', [paragraph(filler(120)), paragraph('示例市2024年道路改造项目计划表', 'tableTitle'), bigTable(), paragraph('备注：投资额以批复为准。', 'tableNote')], { date: '2024-03-05' })] },
  ]);
  const { tree, pdf } = await build(issue);
  const { pages } = await readPdf(pdf);
  const body = tree.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === 'body');
  const tablePages = body.filter(({ i }) => pages[i]!.lines.some((l) => /示例市第\d+号道路改造工程/.test(l.text)));

  test('the table runs over several pages', () => {
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
  });

  test('every continuation page starts with （续表） and the header row', () => {
    for (const { i } of tablePages.slice(1)) {
      const lines = pages[i]!.lines.filter((l) => l.y > 100 && l.y < 750);
      expect(lines[0]!.text).toBe('（续表）');
      expect(lines[1]!.text.replace(/\s/g, '')).toMatch(/^序号乡镇（街道）项目名称投资额（万元）$/);
    }
  });

  test('no row is split: each row number stands on one page with its project and amount', () => {
    for (let n = 1; n <= 60; n++) {
      const where = tablePages.filter(({ i }) => pages[i]!.lines.some((l) => l.text.includes(`示例市第${n}号道路改造工程`)));
      expect(where.length).toBe(1);
      const line = pages[where[0]!.i]!.lines.find((l) => l.text.includes(`示例市第${n}号道路改造工程`))!;
      expect(line.text).toContain(String(100 + n * 7));
    }
  });

  test('a row-spanned cell cut by a page break repeats its text on the next page', () => {
    let repeated = 0;
    for (const { i } of tablePages.slice(1)) {
      const numbers = pages[i]!.lines.map((l) => /^(\d+)/.exec(l.text)?.[1]).filter(Boolean).map(Number).filter((n) => n >= 1 && n <= 60);
      const first = numbers[0]!;
      if ((first - 1) % 6 !== 0) {
        const group = Math.ceil(first / 6);
        expect(pages[i]!.lines.some((l) => l.text.includes(`示例第${group}片区`))).toBe(true);
        repeated++;
      }
    }
    expect(repeated).toBeGreaterThan(0);
  });

  test('a row-spanned cell is vertically centred on the rows it spans', () => {
    let checked = 0;
    for (const { i } of tablePages) {
      const bits = pages[i]!.bits;
      for (let g = 1; g <= 10; g++) {
        // Rows 6g−5 … 6g: their numbers' baselines; the group's name lines (one or two) sit in the middle.
        const rowY = (n: number) => bits.find((b) => b.str === String(n) && b.x < 120)?.y;
        const first = rowY(6 * g - 5);
        const last = rowY(6 * g);
        const name = bits.filter((b) => `示例第${g}片区`.includes(b.str) && b.str.length >= 2 && first !== undefined && last !== undefined && b.y > first - 20 && b.y < last + 20);
        if (first === undefined || last === undefined || name.length === 0) continue;
        const mid = (Math.min(...name.map((b) => b.y)) + Math.max(...name.map((b) => b.y))) / 2;
        expect(Math.abs(mid - (first + last) / 2)).toBeLessThan(1.5);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  test('the table note stays with the table and every cell text is present', () => {
    const all = pages.map((p) => p.lines.map((l) => l.text).join('')).join('');
    expect(all).toContain('备注：投资额以批复为准。');
    for (let g = 1; g <= 10; g++) expect(all).toContain(`示例第${g}片区`);
  });
});

describe('a row taller than a page', async () => {
  const long = filler(1400, 2);
  const table: TableBlock = { type: 'table', headerRows: 1, children: [row(cell('事项'), cell('说明')), row(cell('一'), cell(long)), row(cell('二'), cell('其余事项按有关规定办理。'))] };
  const issue = issueOf([{ title: '市政府文件', articles: [article('t2', '示例市人民政府关于有关事项说明的通知', [table])] }]);
  const { tree, pdf } = await build(issue);
  const { pages } = await readPdf(pdf);
  const body = tree.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === 'body').map(({ i }) => pages[i]!);

  test('is split across pages with the header repeated, nothing drawn outside the type area, no text lost', () => {
    expect(body.length).toBeGreaterThanOrEqual(2);
    for (const p of body.slice(1)) expect(p.lines.find((l) => l.y > 100 && l.y < 750)!.text).toBe('事项说明');
    for (const p of body) for (const l of p.lines) expect(l.y < 90 || l.y < 742.7 || l.y > 760).toBe(true);
    const text = body.map((p) => p.lines.filter((l) => l.y > 90 && l.y < 760).map((l) => l.text).join('')).join('');
    const stripped = text.replace(/事项说明/g, '');
    expect(stripped).toContain(long.slice(0, 40));
    expect(stripped.replace(/[^\u4e00-\u9fff]/g, '')).toContain(long.replace(/[^\u4e00-\u9fff]/g, '').slice(-60));
    expect(stripped).toContain('其余事项按有关规定办理。');
  });
});
