// A table in HTML semantics → a slot grid: where each cell starts, how far it spans; column widths from content.
import type { TableBlock, TableCellBlock } from '../../model/blocks';

export interface GridCell {
  cell: TableCellBlock;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export function tableGrid(table: TableBlock): { cells: GridCell[]; rows: number; cols: number } {
  const taken: boolean[][] = [];
  const cells: GridCell[] = [];
  let cols = 0;
  table.children.forEach((row, r) => {
    taken[r] ??= [];
    let c = 0;
    for (const cell of row.children) {
      while (taken[r]![c]) c++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, table.children.length - r));
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      for (let i = r; i < r + rowSpan; i++) for (let j = c; j < c + colSpan; j++) (taken[i] ??= [])[j] = true;
      cells.push({ cell, row: r, col: c, rowSpan, colSpan });
      c += colSpan;
      cols = Math.max(cols, c);
    }
  });
  return { cells, rows: table.children.length, cols };
}

/**
 * Column widths summing to `total`: each column's natural width (widest single-line cell) and minimum
 * (two characters, or its widest number or date); natural widths when they fit, else narrow columns keep
 * theirs and the space above the wide columns' minimums is shared by need.
 */
export function columnWidths(natural: number[], minimum: number[], total: number, given?: number[]): number[] {
  if (given && given.length === natural.length && given.every((g) => g > 0)) {
    const sum = given.reduce((a, b) => a + b, 0);
    return given.map((g) => (g / sum) * total);
  }
  const nat = natural.map((n, i) => Math.max(n, minimum[i]!));
  const sumNat = nat.reduce((a, b) => a + b, 0);
  if (sumNat <= total) return nat.map((n) => (n / sumNat) * total);
  // Narrow columns (natural width within a fair share) keep it whole; the wide ones share the rest by need.
  const fair = total / nat.length;
  const narrow = nat.map((n) => n <= fair);
  const rest = total - nat.reduce((a, n, i) => a + (narrow[i] ? n : 0), 0);
  const wideMin = minimum.reduce((a, m, i) => a + (narrow[i] ? 0 : m), 0);
  const wideNat = nat.reduce((a, n, i) => a + (narrow[i] ? 0 : n), 0);
  if (wideMin <= rest && wideNat > wideMin) {
    const k = (rest - wideMin) / (wideNat - wideMin);
    return nat.map((n, i) => (narrow[i] ? n : minimum[i]! + (n - minimum[i]!) * k));
  }
  const sumMin = minimum.reduce((a, b) => a + b, 0);
  if (sumMin >= total) return minimum.map((m) => (m / sumMin) * total);
  const k = (total - sumMin) / (sumNat - sumMin);
  return nat.map((n, i) => minimum[i]! + (n - minimum[i]!) * k);
}
