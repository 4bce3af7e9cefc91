// One line at natural width, never broken or justified: titles, folios, running heads, table cells, 目录 numbers.
// Han characters take one em (or the pitch given); marks at the line's end keep their full width unless asked.
import type { FontSet } from '../../fonts/font-set';
import { makeItems } from './make-items';
import { placeLine } from './place-line';
import type { SetLine, StyledRun } from './types';

export interface SingleLineOptions {
  /** Han cell width per point of size (pitch / size); 1 by default (glyph advance = em). */
  cellPerSize?: number;
}

export function setSingleLine(runs: StyledRun[], fonts: FontSet, options: SingleLineOptions = {}): SetLine {
  const items = makeItems(runs, fonts, { cellPerSize: options.cellPerSize ?? 1 });
  if (items.length === 0) return { glyphs: [], width: 0, size: runs[0]?.size ?? 0, last: true, start: 0, end: 0 };
  const last = items[items.length - 1]!;
  if (last.kind !== 'space') last.endCut = 0; // a title's closing mark keeps its cell
  return placeLine(items, 0, items.length, { indent: 0, avail: Infinity, align: 'left', stretch: false, last: true });
}
