// What column widths are chosen from (table-widths.ts): each unspanned cell's natural width, its longest
// unbreakable piece (a date, a number) and its length in character cells, at the size being tried.
// A cell's text does not depend on that size: it is split into paragraphs, solid tokens and words once, and
// measurements are kept per style (a table repeats short texts: —, 元/株, 100).
import type { LayoutContext, ResolvedStyle } from './context';
import type { GridCell } from './table-grid';
import type { CellNeed } from './table-widths';

const FULL_WIDTH = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/g;
// Quick tests that let most cells (Han text, no spaces) skip the matching below.
const DIGIT_OR_LATIN = /[0-9A-Za-z.,%/\-]/;
const SPACE = /\s/;
const SOLID_TOKEN = /\d{4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日|[0-9A-Za-z.,%/\-]+/g;

export interface ColumnMeasures {
  /** Per column: the widest cell set on one line, and the narrowest the column may be (points, padding included). */
  natural: number[];
  minimum: number[];
  needs: CellNeed[];
}

export function tableMeasures(ctx: LayoutContext, cells: GridCell[], cols: number, headerRows: number, padX: number) {
  const facts = cells.filter((g) => g.colSpan === 1).map((g) => {
    const texts = g.cell.children.map((p) => (p.children.length === 1 ? p.children[0]!.text : p.children.map((c) => c.text).join('')));
    // Dates and numbers are set solid, so they bound the column from below.
    const tokens: string[] = [];
    const words: string[] = [];
    for (const t of texts) {
      if (DIGIT_OR_LATIN.test(t)) tokens.push(...(t.match(SOLID_TOKEN) ?? []));
      if (SPACE.test(t)) words.push(...t.split(/\s+/));
      else words.push(t);
    }
    return { g, texts, tokens, words, joined: texts.length === 1 ? texts[0]! : texts.join('') };
  });
  const measures = new Map<ResolvedStyle, Map<string, number>>();
  const measure = (t: string, s: ResolvedStyle) => {
    let known = measures.get(s);
    if (!known) measures.set(s, (known = new Map()));
    let w = known.get(t);
    if (w === undefined) known.set(t, (w = ctx.fonts.measureText(t, s.font, s.size)));
    return w;
  };
  const wide = new Map<string, number>();
  const wideCount = (t: string) => {
    let n = wide.get(t);
    if (n === undefined) wide.set(t, (n = t.match(FULL_WIDTH)?.length ?? 0));
    return n;
  };
  // In character cells of the grid: Han characters sit on the pitch, the rest keep their own widths.
  const cellsOf = (t: string, s: ResolvedStyle) => (measure(t, s) + wideCount(t) * (s.pitch - s.size)) / s.pitch;

  const measureCols = (styleOf: (g: GridCell) => ResolvedStyle): ColumnMeasures => {
    const natural = new Array<number>(cols).fill(0);
    const minimum = new Array<number>(cols).fill(0);
    const needs: CellNeed[] = [];
    for (const { g, texts, tokens, words, joined } of facts) {
      const s = styleOf(g);
      let w = 0;
      for (const t of texts) w = Math.max(w, measure(t, s));
      // Han text may wrap after any pair of characters (so 禁则 can hold), a wide table keeps every column two
      // characters wide at least.
      let token = 0;
      let solid = 0;
      for (const t of tokens) (token = Math.max(token, measure(t, s))), (solid = Math.max(solid, cellsOf(t, s)));
      natural[g.col] = Math.max(natural[g.col]!, w + 2 * padX);
      minimum[g.col] = Math.max(minimum[g.col]!, Math.min(w, Math.max(2 * s.size, token)) + 2 * padX);
      let word = 0;
      for (const t of words) word = Math.max(word, cellsOf(t, s));
      needs.push({ row: g.row, col: g.col, lengths: [cellsOf(joined, s)], solid, word, header: g.row < headerRows });
    }
    return { natural, minimum, needs };
  };
  return { cellsOf, measureCols };
}
