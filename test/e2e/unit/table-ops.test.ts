// The editor's table commands on the model (no browser): spans stay consistent through merge, split,
// row and column insertion and removal — every row covers exactly the table's width.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../shared/model/blocks';
import { createTable, insertColumn, insertRow, mergeCells, removeColumn, removeRow, splitCell } from '../../../renderer/editor/commands/table-ops';
import { tableGrid } from '../../../renderer/editor/commands/table-grid';

const text = (table: TableBlock) => table.children.map((r) => r.children.map((c) => c.children.map((p) => p.children.map((l) => l.text).join('')).join('/')));
const spans = (table: TableBlock) => table.children.map((r) => r.children.map((c) => `${c.rowSpan ?? 1}x${c.colSpan ?? 1}`));
const full = (table: TableBlock) => tableGrid(table).slots.every((row) => row.every(Boolean));

function labelled(rows: number, cols: number): TableBlock {
  const table = createTable(rows, cols);
  table.children.forEach((row, r) => row.children.forEach((cell, c) => (cell.children[0]!.children[0]!.text = `${r}${c}`)));
  return table;
}

describe('table ops', () => {
  it('merges a rectangle into its top-left cell, keeping the text of every merged cell', () => {
    const merged = mergeCells(labelled(3, 3), [0, 0], [1, 1]);
    expect(spans(merged)).toEqual([['2x2', '1x1'], ['1x1'], ['1x1', '1x1', '1x1']]);
    expect(text(merged)[0]![0]).toBe('00/01/10/11');
    expect(full(merged)).toBe(true);
  });

  it('grows the rectangle to take in a merged cell it cuts through', () => {
    const first = mergeCells(labelled(3, 3), [0, 1], [1, 1]); // vertical 2x1 in column 1
    const merged = mergeCells(first, [1, 0], [2, 0]); // rows 1–2 of column 0: no conflict
    expect(spans(merged)[1]).toEqual(['2x1', '1x1']);
    const grown = mergeCells(first, [0, 0], [0, 1]); // must include the 2x1 cell → 2x2
    expect(spans(grown)[0]![0]).toBe('2x2');
    expect(full(grown)).toBe(true);
  });

  it('splits a merged cell back into single cells', () => {
    const split = splitCell(mergeCells(labelled(2, 3), [0, 0], [0, 2]), [0, 0]);
    expect(spans(split)).toEqual([['1x1', '1x1', '1x1'], ['1x1', '1x1', '1x1']]);
    expect(text(split)[0]).toEqual(['00/01/02', '', '']);
  });

  it('inserts and removes rows through a row-spanning cell', () => {
    const merged = mergeCells(labelled(3, 2), [0, 0], [1, 0]);
    const added = insertRow(merged, 0);
    expect(added.children).toHaveLength(4);
    expect(added.children[0]!.children[0]!.rowSpan).toBe(3);
    expect(full(added)).toBe(true);
    const removed = removeRow(added, 0);
    expect(removed.children).toHaveLength(3);
    expect(removed.children[0]!.children[0]!.rowSpan).toBe(2);
    expect(text(removed)[0]![0]).toBe('00/10');
    expect(full(removed)).toBe(true);
  });

  it('inserts and removes columns through a column-spanning cell', () => {
    const merged = mergeCells(labelled(2, 3), [0, 0], [0, 1]);
    const added = insertColumn(merged, 0);
    expect(spans(added)[0]).toEqual(['1x3', '1x1']);
    expect(added.children[1]!.children).toHaveLength(4);
    const removed = removeColumn(added, 3);
    expect(spans(removed)[0]).toEqual(['1x3']);
    expect(full(removed)).toBe(true);
  });
});
