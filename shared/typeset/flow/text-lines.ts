// Set lines → flow lines: glyph runs positioned on the grid, with the break rules of a paragraph
// (no single line of a paragraph alone at the bottom or top of a page).
import type { GlyphRun } from '../page-tree';
import { baselineIn } from '../geometry';
import type { SetLine } from '../text/types';
import { packGlyphs } from '../text/packed-line';
import type { FlowLine } from './types';
import type { LayoutContext } from './context';

/** Glyph runs for one set line: consecutive glyphs of one face and size share a run (arrays copied out at their size). */
export function runsOf(line: SetLine, x0: number, baseline: number): GlyphRun[] {
  const { faces, ids, chars, xs, advances, sizes } = line.packed ?? packGlyphs(line.glyphs);
  const runs: GlyphRun[] = [];
  const count = ids.length;
  for (let i = 0; i < count; ) {
    const face = faces[i]!;
    const size = sizes[i]!;
    let j = i + 1;
    while (j < count && faces[j] === face && sizes[j] === size) j++;
    const x = x0 + xs[i]!;
    const offsets = xs.slice(i, j);
    for (let k = 0; k < offsets.length; k++) offsets[k] = x0 + offsets[k]! - x;
    // A line set in one face and size (most lines) hands its own columns to the run: nothing changes arrays of a
    // set line or of a PageTree after they are made, so sharing saves three copies per line.
    const whole = i === 0 && j === count;
    runs.push({
      kind: 'glyphs', font: face, size, x, y: baseline, glyphs: whole ? ids : ids.slice(i, j), offsets,
      chars: whole ? chars : chars.slice(i, j), advances: whole ? advances : advances.slice(i, j),
    });
    i = j;
  }
  return runs;
}

export interface LinesOptions {
  /** Page break allowed before the first line (false after a keep-with-next block). */
  breakBefore: boolean;
  /** Left edge of the measure on the page (type area left + any block indent). */
  x0: number;
  /** Line box height; defaults to the grid's line pitch. */
  height?: number;
  anchor?: string;
}

export function flowLines(ctx: LayoutContext, lines: SetLine[], opts: LinesOptions): FlowLine[] {
  const height = opts.height ?? ctx.geo.linePitch;
  const n = lines.length;
  return lines.map((line, k) => {
    const size = line.size || ctx.geo.fontSize;
    const flow: FlowLine = {
      height,
      grid: true,
      items: runsOf(line, opts.x0, baselineIn(0, height, size)),
      // k lines stay above a break, n-k go below: both at least two (孤行), short paragraphs never split.
      breakBefore: k === 0 ? opts.breakBefore : k >= 2 && n - k >= 2,
    };
    if (k === 0 && opts.anchor) flow.anchor = opts.anchor;
    return flow;
  });
}

export function spacers(ctx: LayoutContext, count: number, breakBefore: boolean): FlowLine[] {
  return Array.from({ length: count }, () => ({ height: ctx.geo.linePitch, items: [], breakBefore, spacer: true, grid: true }));
}
