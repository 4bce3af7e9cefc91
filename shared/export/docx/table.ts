// A model table (HTML span semantics) → a Word table with an explicit grid: gridSpan for column spans and
// vMerge restart/continue cells for row spans (docx's rowSpan sugar is buggy with leading spans, §5.2),
// header rows marked tblHeader so Word and LibreOffice repeat them, and no row allowed to split (cantSplit).
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, VerticalMergeType, WidthType, AlignmentType } from 'docx';
import type { TableBlock, TableCellBlock } from '../../model/blocks';
import { columnWidths as engineColumnWidths } from '../../typeset/flow/table-grid';
import type { DocxContext } from './context';
import { styledParagraph, textRuns } from './paragraphs';
import { widthInChars } from './closing';
import { elementStyle } from './styles';
import { charSpacing, sizeToPt } from './units';

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

const PAD = 4; // pt around a cell's text, as the engine pads its cells

/** Text width in points at a size, by character class: the engine measures glyphs, Word reflows anyway. */
const measure = (text: string, size: number) => widthInChars(text) * size;

export interface TableMetrics {
  /** Column widths in twips summing to the measure */
  widths: number[];
  /** Font scale of the whole table: 1, or 12/14, 10.5/14, 9/14 when its columns do not fit (as the engine steps down). */
  scale: number;
}

/**
 * Column widths the engine's way (shared/typeset/flow/table-flow.ts): natural and minimum width per column from its
 * unspanned cells, the table set smaller until the minimums fit, then the engine's own columnWidths().
 */
export function tableMetrics(ctx: DocxContext, table: TableBlock, slots: (Slot | undefined)[][], columns: number, total: number): TableMetrics {
  const headerRows = Math.min(table.headerRows ?? 0, table.children.length - 1);
  const sizeOf = (row: number) => sizeToPt(elementStyle(ctx.profile, row < headerRows ? 'tableHeader' : 'tableText').size);
  const cells = [...new Set(slots.flat().filter((slot): slot is Slot => slot !== undefined))];
  const totalPt = total / 20;
  const measureCols = (scale: number) => {
    const natural = new Array<number>(columns).fill(0);
    const minimum = new Array<number>(columns).fill(0);
    for (const slot of cells) {
      if (slot.colSpan !== 1) continue;
      const size = sizeOf(slot.row) * scale;
      const texts = slot.cell.children.map((p) => p.children.map((leaf) => leaf.text).join(''));
      const w = Math.max(0, ...texts.map((t) => measure(t, size)));
      const token = Math.max(0, ...texts.flatMap((t) => t.match(/[0-9A-Za-z.,%/\-]+/g) ?? []).map((t) => measure(t, size)));
      natural[slot.col] = Math.max(natural[slot.col]!, w + 2 * PAD);
      minimum[slot.col] = Math.max(minimum[slot.col]!, Math.min(w, Math.max(2 * size, token)) + 2 * PAD);
    }
    return { natural, minimum };
  };
  let scale = 1;
  let { natural, minimum } = measureCols(scale);
  for (const step of [12 / 14, 10.5 / 14, 9 / 14]) {
    if (minimum.reduce((a, b) => a + b, 0) <= totalPt || table.columnWidths) break;
    scale = step;
    ({ natural, minimum } = measureCols(scale));
  }
  const points = engineColumnWidths(natural, minimum, totalPt, table.columnWidths);
  const widths = points.map((w) => Math.floor(w * 20));
  widths[widths.length - 1] = widths[widths.length - 1]! + total - widths.reduce((a, b) => a + b, 0);
  return { widths, scale };
}

// 4 pt around the text, as the engine pads its cells.
const CELL_MARGINS = { top: 80, bottom: 80, left: 80, right: 80 };
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

export function tableToDocx(ctx: DocxContext, table: TableBlock, width: number): Table | undefined {
  if (table.children.length === 0) return undefined;
  const { slots, columns } = tableGrid(table);
  const { widths, scale } = tableMetrics(ctx, table, slots, columns, width);
  const headerRows = Math.min(table.headerRows ?? 0, table.children.length);
  const runSize = (key: string) => {
    if (scale === 1) return undefined;
    const size = sizeToPt(elementStyle(ctx.profile, key).size) * scale;
    return { size: Math.round(size * 2), characterSpacing: charSpacing(ctx.metrics, size), line: Math.round(size * 20 * 1.45) };
  };
  const rows = slots.map((rowSlots, r) => {
    const key = r < headerRows ? 'tableHeader' : 'tableText';
    const small = runSize(key);
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
            children: paragraphs.map((p) =>
              styledParagraph(ctx, key, textRuns(p.children, small), { align: p.align ?? slot.cell.align, ...(small ? { line: small.line } : {}) }),
            ),
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
