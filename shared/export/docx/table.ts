// A model table (HTML span semantics) → a Word table with an explicit grid: gridSpan for column spans and
// vMerge restart/continue cells for row spans (docx's rowSpan sugar is buggy with leading spans, §5.2),
// header rows marked tblHeader so Word and LibreOffice repeat them, and no row allowed to split (cantSplit).
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, VerticalMergeType, WidthType, AlignmentType } from 'docx';
import { blockText, type TableBlock, type TableCellBlock } from '../../model/blocks';
import type { DocxContext } from './context';
import { styledParagraph, textRuns } from './paragraphs';
import { widthInChars } from './closing';

interface Slot {
  cell: TableCellBlock;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Places every cell on the grid: slots[row][col] is the cell covering it (undefined where a row is short). */
export function tableGrid(table: TableBlock): { slots: (Slot | undefined)[][]; columns: number } {
  const rows = table.children.length;
  const slots: (Slot | undefined)[][] = table.children.map(() => []);
  table.children.forEach((row, r) => {
    let c = 0;
    for (const cell of row.children) {
      while (slots[r]![c]) c++;
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, rows - r));
      const slot: Slot = { cell, row: r, col: c, rowSpan, colSpan };
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) slots[r + dr]![c + dc] = slot;
      c += colSpan;
    }
  });
  const columns = Math.max(1, ...slots.map((row) => row.length));
  return { slots, columns };
}

/** Column widths in twips summing to `total`: the model's relative widths, else from the longest unspanned text. */
export function columnWidths(table: TableBlock, slots: (Slot | undefined)[][], columns: number, total: number): number[] {
  let weights = table.columnWidths?.length === columns ? table.columnWidths.map((w) => Math.max(w, 0.01)) : undefined;
  if (!weights) {
    weights = Array.from({ length: columns }, () => 2);
    for (const row of slots)
      for (const slot of row)
        if (slot && slot.colSpan === 1) weights[slot.col] = Math.max(weights[slot.col]!, Math.min(widthInChars(blockText(slot.cell)) + 1, 20));
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1] = widths[widths.length - 1]! + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

// 4 pt around the text, as the engine pads its cells.
const CELL_MARGINS = { top: 80, bottom: 80, left: 80, right: 80 };
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

export function tableToDocx(ctx: DocxContext, table: TableBlock, width: number): Table | undefined {
  if (table.children.length === 0) return undefined;
  const { slots, columns } = tableGrid(table);
  const widths = columnWidths(table, slots, columns, width);
  const headerRows = Math.min(table.headerRows ?? 0, table.children.length);
  const rows = slots.map((rowSlots, r) => {
    const key = r < headerRows ? 'tableHeader' : 'tableText';
    const cells: TableCell[] = [];
    for (let c = 0; c < columns; ) {
      const slot = rowSlots[c];
      const span = slot ? slot.colSpan : 1;
      const cellWidth = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
      const common = {
        width: { size: cellWidth, type: WidthType.DXA },
        margins: CELL_MARGINS,
        verticalAlign: VerticalAlign.CENTER,
        ...(span > 1 ? { columnSpan: span } : {}),
      };
      if (!slot) {
        cells.push(new TableCell({ ...common, children: [styledParagraph(ctx, key, [])] }));
      } else if (slot.row === r) {
        const paragraphs = slot.cell.children.length > 0 ? slot.cell.children : [{ type: 'paragraph' as const, children: [{ text: '' }] }];
        cells.push(
          new TableCell({
            ...common,
            ...(slot.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
            children: paragraphs.map((p) => styledParagraph(ctx, key, textRuns(p.children), { align: p.align ?? slot.cell.align })),
          }),
        );
      } else {
        cells.push(new TableCell({ ...common, verticalMerge: VerticalMergeType.CONTINUE, children: [styledParagraph(ctx, key, [])] }));
      }
      c += span;
    }
    return new TableRow({ children: cells, cantSplit: true, ...(r < headerRows ? { tableHeader: true } : {}) });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
  });
}

/** LibreOffice turns a section that ends in a table portrait again (§5.2): a section never ends in a table. */
export const spacerParagraph = (ctx: DocxContext, pageBreakBefore = false): Paragraph =>
  styledParagraph(ctx, 'tableNote', [], { pageBreakBefore });
