// One line of items → a SetLine: apply the line-end / line-start compression, squeeze when the line is too long,
// stretch it to the measure when it is justified (the slack goes equally between characters, never inside
// ——, ……, a Latin word or a solid 文号/date), and place every glyph.
import type { Align } from '../../model/blocks';
import type { Item } from './make-items';
import type { MissingChar, SetLine } from './types';
import { PackedLine, PackedScratch } from './packed-line';

const EPS = 0.01;

export interface LinePlacement {
  /** Left indent of this line, points */
  indent: number;
  /** Width available after the indents, points */
  avail: number;
  align: Align;
  /** Stretch to the measure (justified, and not the paragraph's last line) */
  stretch: boolean;
  last: boolean;
}

/** Widths of the line being placed: one scratch array reused (placing is synchronous, one line at a time). */
let scratch = new Float64Array(64);
const scratchGlyphs = new PackedScratch();

export function placeLine(items: Item[], s: number, b: number, p: LinePlacement): SetLine {
  const count = b - s;
  if (scratch.length < count) scratch = new Float64Array(count * 2);
  const widths = scratch;
  let content = 0;
  let shrinkable = 0;
  for (let j = 0; j < count; j++) {
    const it = items[s + j]!;
    let w = it.cell;
    if (j === count - 1) w -= it.endCut;
    if (j === 0) w -= it.startCut;
    widths[j] = w;
    content += w;
    if (j < count - 1) {
      content += it.gap;
      shrinkable += it.squeeze + it.gapSqueeze;
    }
  }
  // Squeeze (先挤进) proportionally to what each item can give, or stretch equally between characters.
  let squeezeRatio = 0;
  let extra = 0;
  if (content > p.avail + EPS && shrinkable > 0) {
    squeezeRatio = Math.min(1, (content - p.avail) / shrinkable);
    content -= squeezeRatio * shrinkable;
  } else if (p.stretch && content < p.avail - EPS) {
    let junctions = 0;
    for (let j = 0; j < count - 1; j++) if (!items[s + j]!.solid) junctions++;
    if (junctions > 0) {
      extra = (p.avail - content) / junctions;
      content = p.avail;
    }
  }
  let x = p.indent;
  if (p.align === 'center' && content < p.avail) x += (p.avail - content) / 2;
  else if (p.align === 'right' && content < p.avail) x += p.avail - content;

  scratchGlyphs.reset(count);
  let missing: MissingChar[] | undefined;
  let size = 0;
  for (let j = 0; j < count; j++) {
    const it = items[s + j]!;
    const inner = j < count - 1;
    let w = widths[j]!;
    if (squeezeRatio > 0 && inner) w -= squeezeRatio * it.squeeze;
    if (it.size > size) size = it.size;
    if (it.glyphId >= 0) {
      // An opening mark keeps its ink at the right of its cell; a line-start cut removes the blank before it.
      const origin = it.place === 'left' ? x : it.place === 'right' ? x + w - it.glyphAdvance : x + (w - it.glyphAdvance) / 2;
      scratchGlyphs.add(it.face, it.glyphId, it.char, origin, w, x, it.size);
    } else if (it.missing) {
      (missing ??= []).push(it.missing);
    }
    x += w;
    if (inner) {
      x += it.gap - squeezeRatio * it.gapSqueeze;
      if (!it.solid) x += extra;
    }
  }
  const line = new PackedLine(scratchGlyphs.take(), x, size, p.last, items[s]!.start, items[b - 1]!.end);
  if (missing) line.missing = missing;
  return line;
}
