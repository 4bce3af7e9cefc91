// A paragraph → set lines: the whole of line setting in one call (items, breaks, 孤字, placement).
// Han characters stand on the grid (advance = pitch), so 28 of them fill the 156 mm measure exactly.
import type { FontSet } from '../../fonts/font-set';
import { findBreaks, LineMeter } from './find-breaks';
import { avoidLoneLastChar } from './lone-char';
import { makeItems } from './make-items';
import { placeLine } from './place-line';
import type { ParagraphSpec, SetLine } from './types';

export function breakParagraph(spec: ParagraphSpec, fonts: FontSet): SetLine[] {
  const mainSize = spec.runs[0]?.size ?? 0;
  const items = makeItems(spec.runs, fonts, {
    cellPerSize: mainSize > 0 ? spec.pitch / mainSize : 1,
    compressLineStartBracket: spec.compressLineStartBracket,
  });
  if (items.length === 0) return [];
  // The spec's fields are read once: specs come in several shapes (table cells, titles, body), and closures
  // reading them per line were deoptimized each time a new shape came by.
  const { measure, firstIndent, restIndent, rightIndent } = spec;
  const indent = (k: number) => (k === 0 ? firstIndent : restIndent);
  const widths = { avail: (k: number) => measure - indent(k) - rightIndent };
  const meter = new LineMeter(items);
  let ends = findBreaks(meter, widths);
  if (spec.avoidLoneLastChar ?? spec.align === 'justify') ends = avoidLoneLastChar(meter, ends, widths);
  const lines: SetLine[] = [];
  let s = 0;
  ends.forEach((b, k) => {
    const last = k === ends.length - 1;
    lines.push(
      placeLine(items, s, b, { indent: indent(k), avail: widths.avail(k), align: spec.align, stretch: spec.align === 'justify' && !last, last }),
    );
    s = b;
  });
  return lines;
}
