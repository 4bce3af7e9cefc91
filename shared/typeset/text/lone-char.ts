// 孤字不成行 (clreq "Handling of Widows and Orphans"): a paragraph's last line must not hold one lone character
// (or one character and its punctuation). Pull a piece down from the line before (which is then stretched);
// if that line cannot give one up, squeeze the lone character back into it.
import type { CharKind } from './char-class';
import type { LineMeter, LineWidths } from './find-breaks';

const EPS = 0.01;
const MARKS: ReadonlySet<CharKind> = new Set(['pause', 'stop', 'open', 'close', 'space', 'zero']);

export function isLoneLine(meter: LineMeter, s: number, b: number): boolean {
  let characters = 0;
  for (let i = s; i < b; i++) if (!MARKS.has(meter.items[i]!.kind) && ++characters > 1) return false;
  return characters === 1;
}

export function avoidLoneLastChar(meter: LineMeter, ends: number[], widths: LineWidths): number[] {
  const k = ends.length - 1;
  if (k < 1) return ends;
  const n = ends[k]!;
  const s = ends[k - 1]!;
  const p = k >= 2 ? ends[k - 2]! : 0;
  if (!isLoneLine(meter, s, n)) return ends;
  // pull down: the last legal break before s that leaves the previous line with more than one piece
  for (let b = s - 1; b > p + 1; b--) {
    if (!meter.canBreakAt(b)) continue;
    if (meter.natural(b, n) > widths.avail(k) + EPS) break;
    return [...ends.slice(0, k - 1), b, n];
  }
  // squeeze up: the whole rest fits on the previous line with compression
  if (meter.natural(p, n) - meter.shrink(p, n) <= widths.avail(k - 1) + EPS) return [...ends.slice(0, k - 1), n];
  return ends;
}
