// Table edits as pure functions on the model's TableBlock: lay the cells out on the slot grid, move them,
// write rows back (filling uncovered slots with empty cells). Undo comes from Slate replacing the node.
import type { TableBlock, TableCellBlock, ParagraphBlock } from '../../../shared/model/blocks';
import { tableGrid, spanRect } from './table-grid';

interface Placed {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  cell: TableCellBlock;
}

interface Layout {
  rows: number;
  cols: number;
  placed: Placed[];
}

export const emptyCell = (): TableCellBlock => ({ type: 'table-cell', children: [{ type: 'paragraph', children: [{ text: '' }] }] });

export function createTable(rows: number, cols: number): TableBlock {
  return {
    type: 'table',
    headerRows: 1,
    children: Array.from({ length: rows }, () => ({ type: 'table-row' as const, children: Array.from({ length: cols }, emptyCell) })),
  };
}

function layout(table: TableBlock): Layout {
  const grid = tableGrid(table);
  const placed = grid.cells.map((c) => ({
    row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, cell: table.children[c.row]!.children[c.index]!,
  }));
  return { rows: grid.rows, cols: grid.cols, placed };
}

function build(base: TableBlock, { rows, cols, placed }: Layout): TableBlock {
  const covered = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  for (const p of placed) for (let r = p.row; r < p.row + p.rowSpan; r++) for (let c = p.col; c < p.col + p.colSpan; c++) covered[r]![c] = true;
  const all = [...placed];
  covered.forEach((line, r) => line.forEach((isCovered, c) => {
    if (!isCovered) all.push({ row: r, col: c, rowSpan: 1, colSpan: 1, cell: emptyCell() });
  }));
  const children = Array.from({ length: rows }, (_, r) => ({
    type: 'table-row' as const,
    children: all
      .filter((p) => p.row === r)
      .sort((a, b) => a.col - b.col)
      .map((p) => {
        const cell: TableCellBlock = { ...p.cell };
        delete cell.rowSpan;
        delete cell.colSpan;
        if (p.rowSpan > 1) cell.rowSpan = p.rowSpan;
        if (p.colSpan > 1) cell.colSpan = p.colSpan;
        return cell;
      }),
  }));
  const table: TableBlock = { ...base, children };
  if (table.headerRows !== undefined) table.headerRows = Math.min(table.headerRows, rows);
  if (table.columnWidths && table.columnWidths.length !== cols) delete table.columnWidths;
  return table;
}

export function insertRow(table: TableBlock, after: number): TableBlock {
  const l = layout(table);
  for (const p of l.placed) {
    if (p.row > after) p.row++;
    else if (p.row + p.rowSpan - 1 > after) p.rowSpan++;
  }
  return build(table, { ...l, rows: l.rows + 1 });
}

export function removeRow(table: TableBlock, row: number): TableBlock {
  const l = layout(table);
  if (l.rows <= 1) return table;
  const placed = l.placed.filter((p) => !(p.row === row && p.rowSpan === 1));
  for (const p of placed) {
    if (p.row === row) p.rowSpan--;
    else if (p.row > row) p.row--;
    else if (p.row + p.rowSpan - 1 >= row) p.rowSpan--;
  }
  return build(table, { rows: l.rows - 1, cols: l.cols, placed });
}

export function insertColumn(table: TableBlock, after: number): TableBlock {
  const l = layout(table);
  for (const p of l.placed) {
    if (p.col > after) p.col++;
    else if (p.col + p.colSpan - 1 > after) p.colSpan++;
  }
  return build(table, { ...l, cols: l.cols + 1 });
}

export function removeColumn(table: TableBlock, col: number): TableBlock {
  const l = layout(table);
  if (l.cols <= 1) return table;
  const placed = l.placed.filter((p) => !(p.col === col && p.colSpan === 1));
  for (const p of placed) {
    if (p.col === col) p.colSpan--;
    else if (p.col > col) p.col--;
    else if (p.col + p.colSpan - 1 >= col) p.colSpan--;
  }
  return build(table, { rows: l.rows, cols: l.cols - 1, placed });
}

const isEmptyParagraph = (p: ParagraphBlock) => p.children.every((leaf) => leaf.text === '');

/** Merges the rectangle spanned by two cells (given as row element index + cell index) into its top-left cell. */
export function mergeCells(table: TableBlock, a: [number, number], b: [number, number]): TableBlock {
  const grid = tableGrid(table);
  const find = ([row, index]: [number, number]) => grid.cells.find((c) => c.row === row && c.index === index);
  const first = find(a);
  const second = find(b);
  if (!first || !second || first === second) return table;
  const rect = spanRect(grid, first, second);
  const l = layout(table);
  const inside = l.placed.filter((p) => p.row >= rect.top && p.row <= rect.bottom && p.col >= rect.left && p.col <= rect.right);
  const target = inside.find((p) => p.row === rect.top && p.col === rect.left)!;
  const paragraphs = inside.flatMap((p) => p.cell.children).filter((p) => !isEmptyParagraph(p));
  target.cell = { ...target.cell, children: paragraphs.length > 0 ? paragraphs : target.cell.children };
  target.rowSpan = rect.bottom - rect.top + 1;
  target.colSpan = rect.right - rect.left + 1;
  return build(table, { ...l, placed: l.placed.filter((p) => p === target || !inside.includes(p)) });
}

/** Splits a merged cell back into single cells; its text stays in the top-left one. */
export function splitCell(table: TableBlock, at: [number, number]): TableBlock {
  const grid = tableGrid(table);
  const cell = grid.cells.find((c) => c.row === at[0] && c.index === at[1]);
  if (!cell || (cell.rowSpan === 1 && cell.colSpan === 1)) return table;
  const l = layout(table);
  const target = l.placed.find((p) => p.row === cell.row && p.col === cell.col)!;
  target.rowSpan = 1;
  target.colSpan = 1;
  return build(table, l);
}

/** Makes rows 0..row the header (repeated on continuation pages), or clears it when already so. */
export function toggleHeaderRows(table: TableBlock, row: number): TableBlock {
  const headerRows = table.headerRows === row + 1 ? 0 : row + 1;
  return { ...table, headerRows };
}
