// A table marked landscape (横排表格, GB/T 9704 §8), with its 表题 before it and its 注 after it, is laid out on a
// type area turned by a quarter — as wide as the portrait area is high — and each of its pages is placed on a
// portrait page of its own, turned so that the table's head faces the left edge. That edge is the binding on an
// odd page and the cut on an even one, as §8 asks; running head and folio stay upright where every page has them.
import type { Block } from '../../model/blocks';
import { pageItems, paginate } from '../paginate';
import type { FlowState } from './article-flow';
import type { LayoutContext } from './context';
import type { FlowLine } from './types';

/**
 * Flow lines for a landscape group: one line per turned page, as high as the type area, each starting a new page;
 * the block after the group starts a new page too.
 */
export function landscapeLines(
  ctx: LayoutContext,
  blocks: Block[],
  id: string,
  blockLines: (ctx: LayoutContext, block: Block, state: FlowState, id: string) => FlowLine[],
  state: FlowState,
): FlowLine[] {
  const { geo } = ctx;
  // The turned area: its width is the portrait area's height, its height the portrait measure.
  const turned: LayoutContext = {
    ...ctx,
    geo: { ...geo, left: 0, top: 0, width: geo.height, height: geo.width, measure: geo.areaHeight, areaHeight: geo.measure, lines: Math.floor(geo.measure / geo.linePitch + 1e-6) },
  };
  const inner: FlowState = { keep: false, newPage: false };
  const lines = blocks.flatMap((b, k) => blockLines(turned, b, inner, `${id}-${k}`));
  if (lines.length === 0) return [];
  const pages = paginate([{ articleId: id, section: '', lines }], { areaHeight: geo.measure, linePitch: geo.linePitch, articleStart: 'continue' });
  const out: FlowLine[] = pages.map((page) => ({
    height: geo.areaHeight,
    items: [],
    breakBefore: true,
    newPage: true,
    turned: { items: pageItems(page, 0), left: geo.left },
  }));
  state.keep = false;
  state.newPage = true;
  return out;
}
