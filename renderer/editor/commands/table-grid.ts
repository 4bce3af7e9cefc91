// The slot grid of a table in HTML semantics: a cell with spans covers the slots right of and below it,
// and covered slots are absent from later rows. Every table command reasons on this grid.
import type { TableBlock } from '../../../shared/model/blocks';

export interface GridCell {
  row: number;
  /** Index of the cell inside its row element. */
  index: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableGrid {
  rows: number;
  cols: number;
  /** slots[r][c] = the cell covering that slot (null where a row is short). */
  slots: Array<Array<GridCell | null>>;
  cells: GridCell[];
}

export function tableGrid(table: TableBlock): TableGrid {
  const slots: Array<Array<GridCell | null>> = table.children.map(() => []);
  const cells: GridCell[] = [];
  table.children.forEach((row, r) => {
    let col = 0;
    row.children.forEach((cell, index) => {
      while (slots[r]![col]) col++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, table.children.length - r));
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const gridCell: GridCell = { row: r, index, col, rowSpan, colSpan };
      cells.push(gridCell);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) slots[r + dr]![col + dc] = gridCell;
      col += colSpan;
    });
  });
  const cols = Math.max(0, ...slots.map((row) => row.length));
  for (const row of slots) for (let c = 0; c < cols; c++) row[c] ??= null;
  return { rows: table.children.length, cols, slots, cells };
}

/** The cell at (row element index, cell index). */
export function cellAt(grid: TableGrid, row: number, index: number): GridCell | undefined {
  return grid.cells.find((c) => c.row === row && c.index === index);
}

/** The smallest rectangle of slots holding both cells and every cell it touches whole. */
export function spanRect(grid: TableGrid, a: GridCell, b: GridCell): { top: number; left: number; bottom: number; right: number } {
  let top = Math.min(a.row, b.row);
  let left = Math.min(a.col, b.col);
  let bottom = Math.max(a.row + a.rowSpan, b.row + b.rowSpan) - 1;
  let right = Math.max(a.col + a.colSpan, b.col + b.colSpan) - 1;
  for (let grown = true; grown; ) {
    grown = false;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const cell = grid.slots[r]?.[c];
        if (!cell) continue;
        const [t, l, bt, rt] = [cell.row, cell.col, cell.row + cell.rowSpan - 1, cell.col + cell.colSpan - 1];
        if (t < top || l < left || bt > bottom || rt > right) {
          [top, left, bottom, right] = [Math.min(top, t), Math.min(left, l), Math.max(bottom, bt), Math.max(right, rt)];
          grown = true;
        }
      }
    }
  }
  return { top, left, bottom, right };
}

/** Index in row `r` at which a cell starting at column `col` belongs (after the cells that start left of it). */
export function insertIndex(grid: TableGrid, r: number, col: number): number {
  return grid.cells.filter((c) => c.row === r && c.col < col).length;
}
