// 专栏: a boxed group of blocks. The frame is drawn line by line (sides on every line, top and bottom on
// the first and last); where a page break cuts the box, the page layer closes the frame on both pages.
import type { BoxBlock } from '../../model/blocks';
import type { LayoutContext } from './context';
import { blockLines, styledLines, type FlowState } from './article-flow';
import type { FlowLine } from './types';

export function boxFlow(ctx: LayoutContext, box: BoxBlock, state: FlowState, id: string): FlowLine[] {
  const inset = ctx.geo.pitch;
  const inner = { ...ctx, geo: { ...ctx.geo, left: ctx.geo.left + inset, measure: ctx.geo.measure - 2 * inset } };
  const lines: FlowLine[] = [];
  if (box.title) lines.push(...styledLines(inner, 'heading1', [{ text: box.title }], state, { align: 'center' }));
  box.children.forEach((child, i) => lines.push(...blockLines(inner, child, state, `${id}-${i}`)));
  if (lines.length === 0) return [];
  const l = ctx.geo.left + inset / 3;
  const r = ctx.geo.left + ctx.geo.measure - inset / 3;
  lines.forEach((line, i) => {
    const items = line.items;
    items.push({ kind: 'rule', x1: l, y1: 0, x2: l, y2: line.height, width: 0.75 });
    items.push({ kind: 'rule', x1: r, y1: 0, x2: r, y2: line.height, width: 0.75 });
    if (i === 0) items.push({ kind: 'rule', x1: l, y1: 0, x2: r, y2: 0, width: 0.75 });
    if (i === lines.length - 1) items.push({ kind: 'rule', x1: l, y1: line.height, x2: r, y2: line.height, width: 0.75 });
    line.box = { id, left: l, right: r };
  });
  return lines;
}
