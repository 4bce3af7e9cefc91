// Tab-separated rows (text copied out of a PDF or Word) → a TableBlock in HTML semantics.
// Merged cells show up as empty columns: an empty header cell under/after a filled one extends it, and an empty
// leading cell of a body row continues the category cell above (row-spanned categories).
import type { TableBlock, TableCellBlock, TableRowBlock } from '../../model/blocks';

export interface TabTableResult {
  block: TableBlock;
  columns: number;
  /** Rows dropped because they repeat the header after a page break. */
  droppedHeaderRepeats: number;
}

export function tabTable(rows: string[][]): TabTableResult {
  const trimmed = rows.map(trimTrailing);
  const columns = Math.max(1, ...trimmed.map((r) => r.length));
  const grid = trimmed.map((r) => Array.from({ length: columns }, (_, c) => (r[c] ?? '').trim()));
  const headerRows = countHeaderRows(grid);
  // A header row repeated after a page break is dropped (with the second header row when there are two).
  const headerKey = grid.slice(0, headerRows).map((r) => r.join('\t'));
  let dropped = 0;
  const body: string[][] = grid.slice(0, headerRows);
  for (let r = headerRows; r < grid.length; r++) {
    if (headerKey.length && grid[r]!.join('\t') === headerKey[0] && grid.slice(r, r + headerRows).every((row, k) => row.join('\t') === headerKey[k])) {
      r += headerRows - 1;
      dropped++;
      continue;
    }
    body.push(grid[r]!);
  }
  return { block: toBlock(body, headerRows, columns), columns, droppedHeaderRepeats: dropped };
}

function trimTrailing(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1]!.trim() === '') end--;
  return row.slice(0, end);
}

/** Row 0 is the header; row 1 too when row 0 has gaps (merged cells) that row 1 fills. */
function countHeaderRows(grid: string[][]): number {
  if (grid.length < 3) return grid.length > 1 ? 1 : 0;
  const [r0, r1] = [grid[0]!, grid[1]!];
  const gapsFilled = r0.some((cell, c) => cell === '' && c > 0 && r1[c] !== '');
  const r1Empty = r1.filter((c) => c === '').length;
  return gapsFilled && r1Empty > 0 ? 2 : 1;
}

function toBlock(grid: string[][], headerRows: number, columns: number): TableBlock {
  const covered = grid.map(() => new Array<boolean>(columns).fill(false));
  const cells: Array<Array<TableCellBlock | undefined>> = grid.map(() => new Array(columns).fill(undefined));
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < columns; c++) {
      if (covered[r]![c]) continue;
      const text = grid[r]![c]!;
      const cell: TableCellBlock = { type: 'table-cell', children: [{ type: 'paragraph', children: [{ text }] }] };
      cells[r]![c] = cell;
      if (text === '') continue;
      if (r < headerRows) {
        // Column span: empty header cells to the right that the next header row fills.
        let span = 1;
        while (c + span < columns && grid[r]![c + span] === '' && !covered[r]![c + span] && r + 1 < headerRows && grid[r + 1]![c + span] !== '') span++;
        // Row span: empty cells below in the header.
        let down = 1;
        while (r + down < headerRows && range(c, span).every((k) => grid[r + down]![k] === '')) down++;
        if (span > 1) cell.colSpan = span;
        if (down > 1) cell.rowSpan = down;
        for (let dr = 0; dr < down; dr++) for (const k of range(c, span)) if (dr || k !== c) covered[r + dr]![k] = true;
      } else if (c === 0 || (c === 1 && grid[r]![0] !== '')) {
        // Category cell: following rows with this column empty but later columns filled belong to it.
        let down = 1;
        while (r + down < grid.length && grid[r + down]![c] === '' && grid[r + down]!.slice(c + 1).some((x) => x !== '') && (c === 0 || grid[r + down]![0] === '')) down++;
        if (down > 1) {
          cell.rowSpan = down;
          for (let dr = 1; dr < down; dr++) covered[r + dr]![c] = true;
        }
      }
    }
  }
  const children: TableRowBlock[] = cells.map((row) => ({ type: 'table-row', children: row.filter((x): x is TableCellBlock => x !== undefined) }));
  const block: TableBlock = { type: 'table', children };
  if (headerRows > 0) block.headerRows = headerRows;
  return block;
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i);
}
