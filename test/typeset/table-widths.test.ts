// Column widths in whole character cells (gridColumns): unbreakable pieces and headers kept whole, the rest
// of the measure given where it lowers the table, nothing over the measure.
import { describe, expect, test } from 'vitest';
import { gridColumns, type CellNeed } from '../../shared/typeset/flow/table-widths';

const need = (row: number, col: number, text: string, header = false): CellNeed => {
  // One cell per Han character, half a cell per digit or Latin letter (as the flow measures them).
  const cells = (t: string) => [...t].reduce((n, ch) => n + (/[\x21-\x7e]/.test(ch) ? 0.5 : 1), 0);
  const solid = Math.max(0, ...(text.match(/\d{4}年\d{1,2}月|[0-9A-Za-z]+/g) ?? []).map(cells));
  const word = Math.max(0, ...text.split(/\s+/).map(cells));
  return { row, col, lengths: [cells(text)], solid, word, header };
};

/** A 序号/任务/单位/时限 table: long tasks, short units, dates. */
function table(rows: number): CellNeed[] {
  const out = [need(0, 0, '序号', true), need(0, 1, '重点任务', true), need(0, 2, '牵头单位', true), need(0, 3, '完成时限', true)];
  for (let r = 1; r <= rows; r++) {
    out.push(need(r, 0, String(r)), need(r, 1, '示例市各级部门推动政务服务事项网上办理'.slice(0, 10 + (r % 8))), need(r, 2, r % 2 ? '市农业农村局' : '市财政局'), need(r, 3, `2024年${(r % 12) + 1}月`));
  }
  return out;
}

const height = (needs: CellNeed[], k: number[]) => {
  const rows = new Map<number, number>();
  for (const c of needs) rows.set(c.row, Math.max(rows.get(c.row) ?? 1, Math.ceil((c.lengths[0]! - 0.1) / k[c.col]!)));
  return [...rows.values()].reduce((a, b) => a + b, 0);
};

describe('gridColumns', () => {
  const needs = table(20);
  const k = gridColumns(needs, 4, 28)!;

  test('uses whole cells, never more than the measure', () => {
    expect(k.every((x) => Number.isInteger(x) && x >= 2)).toBe(true);
    expect(k.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(28);
  });

  test('dates and headers are never broken', () => {
    const widest = (col: number, f: (c: CellNeed) => number) => Math.max(...needs.filter((c) => c.col === col).map(f));
    for (let col = 0; col < 4; col++) {
      expect(k[col]!).toBeGreaterThanOrEqual(Math.ceil(widest(col, (c) => c.solid) - 0.1));
      expect(k[col]!).toBeGreaterThanOrEqual(Math.ceil(widest(col, (c) => (c.header ? c.lengths[0]! : 0)) - 0.1));
    }
  });

  test('the long-text column gets the most room, and the table is lower than with even widths', () => {
    expect(k[1]).toBe(Math.max(...k));
    expect(height(needs, k)).toBeLessThan(height(needs, [7, 7, 7, 7]));
    expect(height(needs, k)).toBeLessThan(height(needs, [4, 8, 8, 8]));
  });

  test('a table that fits on one line a row keeps every cell whole and spends the rest', () => {
    const small = table(3);
    const w = gridColumns(small, 4, 40)!;
    expect(w.reduce((a, b) => a + b, 0)).toBe(40);
    expect(height(small, w)).toBe(4);
  });

  test('minimums that cannot fit give no grid (the caller steps the size down)', () => {
    expect(gridColumns(needs, 4, 8)).toBeUndefined();
  });
});
