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
  // The lines of a column's cells at a width, and its broken-cell cost there, do not change from step to
  // step: worked out once per column and width (a big table tries hundreds of widths per step).
  const atWidth: Array<Array<{ n: Int32Array; gain: number } | undefined>> = byCol.map(() => []);
  const at = (i: number, w: number) => {
    let e = atWidth[i]![w];
    if (!e) {
      const cs = byCol[i]!;
      const n = new Int32Array(cs.length);
      let gain = 0;
      for (let j = 0; j < cs.length; j++) {
        const c = cs[j]!;
        n[j] = linesAt(c, w);
        gain += (n[j]! - c.lengths.length) * (c.header ? 3 : 1);
      }
      atWidth[i]![w] = e = { n, gain };
    }
    return e;
  };
  let spare = total - sum(k);
  while (spare > 0) {
    top1.fill(1);
    top1Col.fill(-1);
    top2.fill(1);
    for (let i = 0; i < cols; i++) {
      const { n: ns } = at(i, k[i]!);
      byCol[i]!.forEach((c, j) => {
        const n = ns[j]!;
        if (n > top1[c.row]!) (top2[c.row] = top1[c.row]!), (top1[c.row] = n), (top1Col[c.row] = c.col);
        else if (n > top2[c.row]!) top2[c.row] = n;
      });
    }
    let best: { i: number; to: number; rate: number } | undefined;
    for (let i = 0; i < cols; i++) {
      const others = (r: number) => (top1Col[r] === i ? top2[r]! : top1[r]!);
      let othersSum = 0;
      for (let r = 0; r < rows; r++) othersSum += others(r);
      const cs = byCol[i]!;
      const costAt = (w: number) => {
        const { n: ns, gain } = at(i, w);
        let height = othersSum;
        for (let j = 0; j < cs.length; j++) {
          const o = others(cs[j]!.row);
          if (ns[j]! > o) height += ns[j]! - o;
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
