// Table layout read back from the sample's PDF (附件 示例市2024年春季农业生产重点任务分工表): the header and every
// date stay on one line, cell text sits on the character pitch (no letter-spaced lines), and a one-line cell
// in a two-line row is centred between that row's lines.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/paths';
import { runGazette } from '../helpers/run-cli';
import { readPdf, type TextBit } from './read-pdf';

const HEADER = ['序号', '类别', '重点任务', '牵头单位', '配合单位', '完成时限'];
const rowsOfSource = readFileSync(path.join(repoRoot, 'sample/docs/02-chungeng-shengchan.txt'), 'utf8')
  .split('\n')
  .filter((l) => /^\d+\t/.test(l))
  .map((l) => l.split('\t'));

describe('the sample table in the PDF', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'table-quality-'));
  const pdfPath = path.join(dir, 'sample.pdf');
  const run = runGazette(['build', path.join(repoRoot, 'sample/manifest.json'), '--pdf', pdfPath]);
  const { pages } = await readPdf(new Uint8Array(readFileSync(pdfPath)));
  const tablePages = pages.filter((p) => p.bits.some((b) => b.str === '序号') && p.bits.some((b) => b.str.includes('完成时限')));

  test('the source has the table and the build succeeded', () => {
    expect(run.code).toBe(0);
    expect(rowsOfSource.length).toBe(30);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
  });

  test('on every table page the header row stands on one baseline, no header cell broken', () => {
    for (const p of tablePages) {
      const line = p.lines.find((l) => l.bits.some((b) => b.str === '序号'))!;
      expect(line.text.replace(/\s/g, '')).toBe(HEADER.join(''));
    }
  });

  test('every date (2024年10月 …) is printed whole, once per row', () => {
    const printed = tablePages.flatMap((p) => p.lines.flatMap((l) => l.text.replace(/\s/g, '').match(/2024年\d{1,2}月/g) ?? []));
    expect(printed.sort()).toEqual(rowsOfSource.map((r) => r[5]!).sort());
  });

  test('cell text keeps the character pitch: no line of a cell is letter-spaced', () => {
    const han = tablePages.flatMap((p) => {
      // Between the header row and the last row's date: the table, not the text around it.
      const top = p.bits.find((b) => b.str === '序号')!.y;
      const bottom = Math.max(...p.bits.filter((b) => /^2024年\d{1,2}月$/.test(b.str)).map((b) => b.y)) + 25;
      return p.bits.filter((b) => b.y >= top && b.y <= bottom && /^[\u4e00-\u9fff]{2,}$/.test(b.str));
    });
    expect(han.length).toBeGreaterThan(100);
    const perChar = han.map((b) => b.width / b.str.length);
    // Bold header face and the text face share the size, so one pitch for all.
    expect(Math.max(...perChar) - Math.min(...perChar)).toBeLessThan(0.3);
  });

  test('the 重点任务 column is a text column: every line of it starts at one left edge', () => {
    const tasks = rowsOfSource.map((r) => r[2]!.replace(/\s/g, ''));
    for (const p of tablePages) {
      const head = p.bits.find((b) => b.str === '重点任务')!;
      const lefts = p.bits.filter((b) => b.y > head.y + 5 && tasks.some((t) => t.includes(b.str.replace(/\s/g, ''))) && b.str.length >= 3 && Math.abs(b.x + b.width / 2 - (head.x + head.width / 2)) < 60).map((b) => b.x);
      expect(lefts.length).toBeGreaterThan(5);
      expect(Math.max(...lefts) - Math.min(...lefts)).toBeLessThan(0.5);
    }
  });

  test('a one-line cell in a two-line row is centred between that row’s lines', () => {
    let checked = 0;
    for (const p of tablePages) {
      const task = p.bits.filter((b) => rowsOfSource.some((r) => r[2]!.replace(/\s/g, '').startsWith(b.str.replace(/\s/g, '')) && b.str.length >= 4));
      for (const date of p.bits.filter((b) => /^2024年\d{1,2}月$/.test(b.str))) {
        const above = nearest(task, date, -1);
        const below = p.bits.find((b) => Math.abs(b.x - (above?.x ?? -99)) < 1 && b.y > date.y && b.y - date.y < 25);
        if (!above || !below) continue;
        expect(Math.abs(date.y - (above.y + below.y) / 2)).toBeLessThan(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

/** The task-cell line just above (dir −1) a date on the same row. */
function nearest(bits: TextBit[], at: TextBit, dir: -1 | 1): TextBit | undefined {
  return bits.filter((b) => (b.y - at.y) * dir > 0 && Math.abs(b.y - at.y) < 25).sort((a, b) => Math.abs(a.y - at.y) - Math.abs(b.y - at.y))[0];
}
