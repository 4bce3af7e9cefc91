// Tables: column widths from content, merged cells, one flow line per row. Rows never split; on a
// continuation page the header rows come again (with （续表） when asked), and a row-spanned cell cut
// by the break repeats its text.
import type { DrawItem } from '../page-tree';
import type { SetLine } from '../text/types';
import { scaledStyle, specFor, type LayoutContext, type ResolvedStyle } from './context';
import type { Align, TableBlock, TextLeaf } from '../../model/blocks';
import type { ParagraphSpec } from '../text/types';
import type { FlowState } from './article-flow';
import { runsOf } from './text-lines';
import { memoLineSetter } from './memo-lines';
import { baselineIn } from '../geometry';
import type { FlowLine, TableSlice } from './types';
import { columnWidths, tableGrid, type GridCell } from './table-grid';
import { gridColumns, SLACK, type CellNeed } from './table-widths';
import { tableMeasures } from './table-measure';

const PAD_X = 4;
const PAD_Y = 4;

interface LaidCell extends GridCell {
  lines: SetLine[];
  height: number;
  /** Offset of the text block inside the cell's padding (wrapped text sits on a whole-character grid, centred) */
  dx: number;
}


/** The leaves of a cell's paragraphs in one run (paragraph breaks and '\n' leaves dropped). */
function cellText(g: GridCell): TextLeaf[] {
  const out: TextLeaf[] = [];
  for (const p of g.cell.children) for (const l of p.children) if (l.text !== '\n') out.push(l);
  return out;
}

// Made field by field (a spread of the grid cell was the slowest step of laying out a 1 000-cell table).
const laidCell = (g: GridCell, lines: SetLine[], height: number, dx: number): LaidCell => ({
  cell: g.cell, row: g.row, col: g.col, rowSpan: g.rowSpan, colSpan: g.colSpan, lines, height, dx,
});

/** A cell paragraph: the style's font and size, no indents. */
function cellSpec(s: ResolvedStyle, align: Align, text: TextLeaf[], measure: number, avoidLoneLastChar: boolean): ParagraphSpec {
  const spec = specFor(s, text, measure);
  spec.firstIndent = spec.restIndent = spec.rightIndent = 0;
  spec.align = align;
  spec.avoidLoneLastChar = avoidLoneLastChar;
  return spec;
}

export function tableFlow(ctx: LayoutContext, table: TableBlock, state: FlowState, id: string): FlowLine[] {
  const { cells, rows, cols } = tableGrid(table);
  if (rows === 0 || cols === 0) return [];
  const headerRows = Math.min(table.headerRows ?? 0, rows - 1);
  // A wide table steps down in size (四号 → 小四 → 五号 → 小五) until its columns fit the measure.
  let scale = 1;
  const scaled = (s: ResolvedStyle) => (scale === 1 ? s : scaledStyle(s, scale));
  let headerStyle = ctx.style('tableHeader');
  let textStyle = ctx.style('tableText');
  const setScale = (k: number) => {
    scale = k;
    headerStyle = scaled(ctx.style('tableHeader'));
    textStyle = scaled(ctx.style('tableText'));
  };
  const styleOf = (g: GridCell) => (g.row < headerRows ? headerStyle : textStyle);
  const lineH = (size: number) => Math.round(size * 1.45 * 100) / 100;
  const { cellsOf, measureCols: measureAt } = tableMeasures(ctx, cells, cols, headerRows, PAD_X);
  const measureCols = () => measureAt(styleOf);
  let { natural, minimum, needs } = measureCols();
  // The grid cell: the table text's pitch. Columns get whole cells plus padding (a many-column table whose
  // numbers, 1800 = 2.03 cells, cannot all get whole cells, half cells); the odd remainder of the measure
  // is shared evenly so the table still fills it.
  const unit = () => ctx.style('tableText').pitch * scale;
  const inCells = (u: number) => {
    const f = unit() / u;
    const scaled = needs.map((n): CellNeed => ({ row: n.row, col: n.col, lengths: n.lengths.map((l) => l * f), solid: n.solid * f, word: n.word * f, header: n.header }));
    return gridColumns(scaled, cols, Math.floor((ctx.geo.measure - cols * 2 * PAD_X) / u + 1e-6), 2 * f)?.map((k) => k * u);
  };
  const fit = () => (table.columnWidths ? undefined : (inCells(unit()) ?? inCells(unit() / 2)));
  let inner = fit();
  for (const step of [12 / 14, 10.5 / 14, 9 / 14]) {
    // Step down while the columns cannot all fit, or the text would wrap into tall narrow rows.
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    if (table.columnWidths || (inner && sum(minimum) <= ctx.geo.measure && (cols < 6 || sum(natural) <= 2.2 * ctx.geo.measure))) break;
    setScale(step);
    ({ natural, minimum, needs } = measureCols());
    inner = fit();
  }
  const widths = inner
    ? ((extra) => inner.map((w) => w + 2 * PAD_X + extra))((ctx.geo.measure - inner.reduce((a, w) => a + w + 2 * PAD_X, 0)) / cols)
    : columnWidths(natural, minimum, ctx.geo.measure, table.columnWidths);
  const colX = widths.reduce<number[]>((xs, w, i) => (xs.push(xs[i]! + w), xs), [0]);
  const measured = cells.map((g) => {
    const s = styleOf(g);
    const width = colX[g.col + g.colSpan]! - colX[g.col]! - 2 * PAD_X;
    const text = cellText(g);
    const plain = text.map((t) => t.text).join('');
    const span = cellsOf(plain, s);
    // A line that fits may reach a tenth of a cell into the padding.
    return { g, s, width, text, span, wraps: !g.cell.align && span > width / s.pitch + SLACK };
  });
  // A column where long body texts wrap (a quarter of its rows or more) is a text column: all its body
  // texts share one left edge. One long name among short ones does not make a text column.
  const longWrapped = new Array<number>(cols).fill(0);
  for (const m of measured) if (m.wraps && m.g.row >= headerRows && m.g.colSpan === 1 && m.span > 8) longWrapped[m.g.col]!++;
  const textColumn = longWrapped.map((n) => n >= Math.max(2, (rows - headerRows) / 4));
  const setCell = memoLineSetter(ctx.setLines);
  const laid: LaidCell[] = measured.map(({ g, s, width, text, span, wraps }) => {
    // A line that fits is set in the style's alignment (centred). Wrapped text, and any text of a text
    // column, is set flush left on whole character cells, the block centred in the cell: Han lines come
    // out solid, never letter-spaced.
    const flush = wraps || (textColumn[g.col] && g.row >= headerRows && g.colSpan === 1 && !g.cell.align && span >= 3);
    if (!flush) {
      const measure = width + 2 * SLACK * s.pitch;
      const lines = text.length ? setCell(cellSpec(s, g.cell.align ?? s.align, text, measure, false), ctx.fonts) : [];
      return laidCell(g, lines, lines.length * lineH(s.size) + 2 * PAD_Y, (width - measure) / 2);
    }
    let grid = width >= 2 * s.pitch ? Math.floor(width / s.pitch + 1e-6) * s.pitch : width;
    const setAt = (w: number) => setCell(cellSpec(s, 'left', text, w, true), ctx.fonts);
    let lines = text.length ? setAt(grid) : [];
    let dx = (width - grid) / 2;
    if (grid < width && lines.length > 1) {
      // The grid is for looks only: when the lost fraction of a cell costs a line (10—20厘米 in a narrow
      // given column), the text may run on to the right edge of the cell (its left edge stays).
      for (const left of [dx, 0]) {
        const whole = setAt(width - left);
        if (whole.length < lines.length) {
          (lines = whole), (grid = width - left), (dx = left);
          break;
        }
      }
    }
    if (lines.length > 1 && span <= 8 && !textColumn[g.col]) {
      // A short cell's lines are balanced (市农业/农村局, not 市农业农/村局): the narrowest whole-cell width
      // giving as many lines. Long texts keep the column's left edge.
      const narrow = Math.ceil(span / lines.length - 1e-6) * s.pitch;
      if (narrow < grid) {
        const again = setAt(narrow);
        if (again.length === lines.length) (lines = again), (dx = (width - narrow) / 2);
      }
    }
    return laidCell(g, lines, lines.length * lineH(s.size) + 2 * PAD_Y, dx);
  });
  // Row heights: the tallest single-row cell; a spanning cell's deficit goes to its last row.
  const heights = new Array<number>(rows).fill(lineH(ctx.style('tableText').size * scale) + 2 * PAD_Y);
  for (const c of laid) if (c.rowSpan === 1) heights[c.row] = Math.max(heights[c.row]!, c.height);
  for (const c of laid.filter((c) => c.rowSpan > 1)) {
    const sum = heights.slice(c.row, c.row + c.rowSpan).reduce((a, b) => a + b, 0);
    if (c.height > sum) heights[c.row + c.rowSpan - 1]! += c.height - sum;
  }
  const tops = heights.reduce<number[]>((acc, h, i) => (acc.push(acc[i]! + h), acc), [0]);
  const top = (r: number) => tops[r]!;
  const startingAt: LaidCell[][] = Array.from({ length: rows }, () => []);
  for (const c of laid) startingAt[c.row]!.push(c);
  const x0 = ctx.geo.left;

  // Drawn cells are kept: the same flow is paginated again after every edit elsewhere in the issue.
  const drawn = new Map<string, DrawItem[]>();
  const drawCell = (c: LaidCell, from: number, to: number, rowTop: number): DrawItem[] => {
    const key = `${c.row}:${c.col}:${from}:${to}:${rowTop}`;
    let items = drawn.get(key);
    if (!items) drawn.set(key, (items = drawCellNow(c, from, to, rowTop)));
    return items;
  };
  const drawCellNow = (c: LaidCell, from: number, to: number, rowTop: number): DrawItem[] => {
    const h = top(to + 1) - top(from);
    const x = x0 + colX[c.col]!;
    const w = colX[c.col + c.colSpan]! - colX[c.col]!;
    const s = styleOf(c);
    const items: DrawItem[] = [{ kind: 'rect', x, y: rowTop, w, h, stroke: 0.5 }];
    const lh = lineH(s.size);
    let y = rowTop + Math.max(PAD_Y, (h - c.lines.length * lh) / 2);
    for (const line of c.lines) {
      items.push(...runsOf(line, x + PAD_X + c.dx, baselineIn(y, lh, line.size || s.size)));
      y += lh;
    }
    return items;
  };

  // Rows crossed by a cell spanning from a row above (a continuation page redraws that cell).
  const spanned = new Array<boolean>(rows).fill(false);
  for (const c of laid) for (let k = c.row + 1; k < c.row + c.rowSpan; k++) spanned[k] = true;
  const spannedRow = (row: number) => spanned[row]!;
  const render = (row: number, slice: TableSlice): DrawItem[] => {
    const items: DrawItem[] = [];
    for (const c of startingAt[row]!) items.push(...drawCell(c, row, Math.min(c.row + c.rowSpan - 1, slice.to), 0));
    // At the top of a page, a row-spanned cell cut by the break is drawn again with its text.
    if (row === slice.from && row > 0 && spannedRow(row)) {
      for (const c of laid) if (c.row < row && c.row + c.rowSpan - 1 >= row) items.push(...drawCell(c, row, Math.min(c.row + c.rowSpan - 1, slice.to), 0));
    }
    return items;
  };

  const headerLines = (): FlowLine[] => {
    const out: FlowLine[] = [];
    if (table.continuedLabel) {
      const s = ctx.style('tableNote');
      const set = ctx.setLines({ ...specFor({ ...s, align: 'left', indent: 0 }, [{ text: '（续表）' }], ctx.geo.measure) }, ctx.fonts);
      out.push({ height: ctx.geo.linePitch, items: set.flatMap((l) => runsOf(l, x0, baselineIn(0, ctx.geo.linePitch, s.size))), breakBefore: false });
    }
    for (let r = 0; r < headerRows; r++) out.push({ height: heights[r]!, items: render(r, { from: 0, to: headerRows - 1 }), breakBefore: false });
    return out;
  };

  const out: FlowLine[] = [];
  // A row taller than a page (after the repeated header) is the one case where a row is split: into parts
  // of whole cell lines, each a row of its own with its cells' borders.
  const headerHeight = heights.slice(0, headerRows).reduce((a, b) => a + b, 0) + (table.continuedLabel ? ctx.geo.linePitch : 0);
  const room = ctx.geo.areaHeight - headerHeight - ctx.geo.linePitch;
  for (let r = 0; r < rows; r++) {
    const single = startingAt[r]!.every((c) => c.rowSpan === 1) && !spanned[r];
    if (r >= headerRows && single && heights[r]! > room && room > 4 * PAD_Y) {
      out.push(...splitRow(r, room).map((part, k) => ({ ...part, breakBefore: k > 0 || (r === 0 ? !state.keep : r > headerRows), table: { id, row: r, render: () => [], header: headerLines } })));
      continue;
    }
    out.push({
      height: heights[r]!,
      items: [],
      breakBefore: r === 0 ? !state.keep : r > headerRows,
      table: { id, row: r, render, header: headerLines },
    });
  }
  if (state.newPage) {
    out[0]!.newPage = true;
    state.newPage = false;
  }
  state.keep = false;
  return out;

  /** Parts of a too-tall row: each holds as many whole lines of every cell as fit in `room`. */
  function splitRow(r: number, room: number): Array<{ height: number; items: DrawItem[] }> {
    const cellsOfRow = startingAt[r]!;
    const lh = (c: LaidCell) => lineH(styleOf(c).size);
    const perPart = (c: LaidCell) => Math.max(1, Math.floor((room - 2 * PAD_Y) / lh(c)));
    const parts = Math.max(...cellsOfRow.map((c) => Math.ceil(c.lines.length / perPart(c))));
    return Array.from({ length: parts }, (_, k) => {
      const height = Math.max(...cellsOfRow.map((c) => Math.min(c.lines.length - k * perPart(c), perPart(c)) * lh(c))) + 2 * PAD_Y;
      const items: DrawItem[] = [];
      for (const c of cellsOfRow) {
        const x = x0 + colX[c.col]!;
        items.push({ kind: 'rect', x, y: 0, w: colX[c.col + c.colSpan]! - colX[c.col]!, h: height, stroke: 0.5 });
        c.lines.slice(k * perPart(c), (k + 1) * perPart(c)).forEach((line, i) => items.push(...runsOf(line, x + PAD_X + c.dx, baselineIn(PAD_Y + i * lh(c), lh(c), line.size || styleOf(c).size))));
      }
      return { height, items };
    });
  }
}
