// Where lines break. Greedy, one line at a time, on the item widths of make-items.ts:
// fill the line with what fits at natural width (marks at line end already half width); if the break found there
// is forbidden (禁则), first try to squeeze the rest of the unbreakable piece in by compressing marks and
// Han–Latin gaps (先挤进), else push the piece out to the next line (后推出) and let justification stretch the line.
import { NO_END, NO_START, type Item } from './item';

const EPS = 0.01;
/** How far past the natural break squeezing may look (a mark or two and the character they cling to). */
const SQUEEZE_REACH = 4;

export interface LineWidths {
  /** Available width of line k (measure minus its indents) */
  avail(k: number): number;
}

// The prefix sums live in three buffers reused from paragraph to paragraph: setting is synchronous and only
// one meter is in use at a time (breakParagraph's), and three new typed arrays per paragraph (off-heap above
// 64 bytes) were a steady source of allocation and GC over an issue's ~5 000 paragraphs and cells.
let cellsBuf = new Float64Array(512);
let gapsBuf = new Float64Array(512);
let squeezesBuf = new Float64Array(512);

export class LineMeter {
  private readonly cells: Float64Array;
  private readonly gaps: Float64Array;
  private readonly squeezes: Float64Array;

  /** Valid until the next LineMeter is made. */
  constructor(readonly items: Item[]) {
    const n = items.length;
    if (cellsBuf.length < n + 1) {
      const size = 2 * (n + 1);
      cellsBuf = new Float64Array(size);
      gapsBuf = new Float64Array(size);
      squeezesBuf = new Float64Array(size);
    }
    const cells = (this.cells = cellsBuf);
    const gaps = (this.gaps = gapsBuf);
    const squeezes = (this.squeezes = squeezesBuf);
    cells[0] = gaps[0] = squeezes[0] = 0;
    for (let i = 0; i < n; i++) {
      const it = items[i]!;
      cells[i + 1] = cells[i]! + it.cell;
      gaps[i + 1] = gaps[i]! + it.gap;
      squeezes[i + 1] = squeezes[i]! + it.squeeze + it.gapSqueeze;
    }
  }

  /** Natural width of items [s, b) set as one line. */
  natural(s: number, b: number): number {
    const items = this.items;
    return this.cells[b]! - this.cells[s]! + this.gaps[b - 1]! - this.gaps[s]! - items[b - 1]!.endCut - items[s]!.startCut;
  }

  /** Width of items [s, e) with the gaps between them and after the last one, before any cut (monotonic in e). */
  upTo(s: number, e: number): number {
    return e <= s ? 0 : this.cells[e]! - this.cells[s]! + this.gaps[e]! - this.gaps[s]!;
  }

  /** Most that squeezing can take from items [s, b) (the last item's own compression is its endCut). */
  shrink(s: number, b: number): number {
    return this.squeezes[b - 1]! - this.squeezes[s]!;
  }

  canBreakAt(b: number): boolean {
    return b >= this.items.length || !this.items[b - 1]!.glue;
  }
}

/** End indices (exclusive) of each line. */
export function findBreaks(meter: LineMeter, widths: LineWidths): number[] {
  const n = meter.items.length;
  const ends: number[] = [];
  let s = 0;
  while (s < n) {
    const b = nextBreak(meter, s, widths.avail(ends.length));
    ends.push(b);
    s = b;
  }
  return ends;
}

export function nextBreak(meter: LineMeter, s: number, avail: number): number {
  const n = meter.items.length;
  // b0: the longest line that fits at natural width. Items [s, b−1) alone must fit (a last item's end cut is
  // never more than its cell), so binary-search that on the prefix sums, then step back to where it all fits.
  let lo = s + 1;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (meter.upTo(s, mid - 1) - meter.items[s]!.startCut <= avail + EPS) lo = mid;
    else hi = mid - 1;
  }
  let b0 = lo;
  while (b0 > s + 1 && meter.natural(s, b0) > avail + EPS) b0--;
  if (meter.canBreakAt(b0)) return b0;
  // 先挤进: the next legal break, if compression makes room for it
  for (let b1 = b0 + 1; b1 <= Math.min(n, b0 + SQUEEZE_REACH); b1++) {
    if (!meter.canBreakAt(b1)) continue;
    if (meter.natural(s, b1) - meter.shrink(s, b1) <= avail + EPS) return b1;
    break;
  }
  // 后推出: the last legal break before it
  for (let b2 = b0 - 1; b2 > s; b2--) if (meter.canBreakAt(b2)) return b2;
  // A piece longer than the whole line (a long number in a narrow cell): break inside it, but still not
  // before a 点号 or closing mark nor after an opening mark if any place allows.
  for (let b3 = b0; b3 > s; b3--) {
    if (b3 >= n || (!(meter.items[b3]!.flags & NO_START) && !(meter.items[b3 - 1]!.flags & NO_END))) return b3;
  }
  return b0;
}
