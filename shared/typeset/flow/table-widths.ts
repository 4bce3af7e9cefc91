// Column widths chosen as a typesetter would: in whole character cells, every column at least as wide as
// its longest unbreakable piece (a date, a number, a 文号), the header kept on one line when the table can
// afford it, and the rest given where it lowers the table most (then where it mends most broken cells).

/** One unspanned cell, measured in character cells (ems of the table text). */
export interface CellNeed {
  row: number;
  col: number;
  /** Each paragraph's length set on one line */
  lengths: number[];
  /** Longest piece that must not break */
  solid: number;
  /** Longest space-separated part ("2020年 预期目标" may break at its space, never inside 预期目标) */
  word: number;
  header: boolean;
}

/** A tenth of a cell may go into the padding (1800 is 2.03 cells of 小四: it still gets two). */
export const SLACK = 0.1;
const whole = (x: number) => Math.ceil(x - SLACK);
const linesAt = (c: CellNeed, k: number) => c.lengths.reduce((n, l) => n + Math.max(1, Math.ceil((l - SLACK) / k)), 0);

/**
 * Whole cells per column summing to at most `total` cells, or undefined when even the minimums do not fit.
 * `least`: the narrowest column in cells (two characters, so 禁则 can hold).
 * Cost: table height (in lines) first, then lines of broken cells, header cells counting triple.
 */
export function gridColumns(needs: CellNeed[], cols: number, total: number, least = 2): number[] | undefined {
  const byCol: CellNeed[][] = Array.from({ length: cols }, () => []);
  for (const c of needs) byCol[c.col]!.push(c);
  const widest = (col: number, f: (c: CellNeed) => number) => Math.max(0, ...byCol[col]!.map(f));
  const oneLine = (c: CellNeed) => whole(Math.max(0, ...c.lengths));
  const max = byCol.map((_, i) => Math.max(1, widest(i, oneLine)));
  let min = byCol.map((_, i) => Math.min(max[i]!, Math.max(least, widest(i, (c) => whole(c.solid)))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(min) > total) return undefined;
  // Headers break only at their spaces if they all can; short cells are left to the cost below, which weighs table
  // height first (widening 牵头单位 is worth nothing in a row whose 重点任务 takes three lines anyway).
  const headerWide = min.map((m, i) => Math.max(m, widest(i, (c) => (c.header ? whole(c.word) : 0))));
  if (sum(headerWide) <= total) min = headerWide;
  const k = [...min];
  if (sum(max) <= total) {
    // Everything fits on one line: the spare cells go to the columns with the most text.
    const w = max.slice();
    let spare = total - sum(w);
    const order = max.map((m, i) => ({ m, i })).sort((a, b) => b.m - a.m || a.i - b.i);
    for (let r = 0; spare > 0; r++, spare--) w[order[r % cols]!.i]! += 1;
    return w;
  }
  const rows = Math.max(0, ...needs.map((c) => c.row)) + 1;
  // Trying a width in one column only changes that column's cells: the others' row heights are kept. A row
  // has at most one unspanned cell per column, so "the others" of a row are its tallest cell in another
  // column: the tallest of the row unless that stands in the column tried, then the second tallest.
  const top1 = new Array<number>(rows);
  const top1Col = new Array<number>(rows);
  const top2 = new Array<number>(rows);
  let spare = total - sum(k);
  while (spare > 0) {
    top1.fill(1);
    top1Col.fill(-1);
    top2.fill(1);
    for (const c of needs) {
      const n = linesAt(c, k[c.col]!);
      if (n > top1[c.row]!) (top2[c.row] = top1[c.row]!), (top1[c.row] = n), (top1Col[c.row] = c.col);
      else if (n > top2[c.row]!) top2[c.row] = n;
    }
    let best: { i: number; to: number; rate: number } | undefined;
    for (let i = 0; i < cols; i++) {
      const others = (r: number) => (top1Col[r] === i ? top2[r]! : top1[r]!);
      let othersSum = 0;
      for (let r = 0; r < rows; r++) othersSum += others(r);
      const costAt = (w: number) => {
        let gain = 0;
        let height = othersSum;
        for (const c of byCol[i]!) {
          const n = linesAt(c, w);
          const o = others(c.row);
          if (n > o) height += n - o;
          gain += (n - c.lengths.length) * (c.header ? 3 : 1);
        }
        return 10 * height + gain;
      };
      const base = costAt(k[i]!);
      for (let to = k[i]! + 1; to <= Math.min(max[i]!, k[i]! + spare); to++) {
        const rate = (base - costAt(to)) / (to - k[i]!);
        if (rate > 0 && (!best || rate > best.rate + 1e-9)) best = { i, to, rate };
      }
    }
    if (!best) break;
    spare -= best.to - k[best.i]!;
    k[best.i] = best.to;
  }
  // Nothing left to gain: what remains goes one cell at a time to the columns still short of one line.
  const order = k.map((_, i) => i).sort((a, b) => max[b]! - k[b]! - (max[a]! - k[a]!) || a - b);
  for (let r = 0; spare > 0 && order.some((i) => k[i]! < max[i]!); r++) {
    const i = order[r % cols]!;
    if (k[i]! < max[i]!) (k[i]! += 1), spare--;
  }
  return k;
}
