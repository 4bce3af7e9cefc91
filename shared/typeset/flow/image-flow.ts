// An image block: centred, widthMm wide (or the measure), its height from the asset's aspect ratio, never
// taller than the type area; it takes whole grid lines so the text after it stays on the grid. The
// caption follows, kept with it.
import type { ImageBlock } from '../../model/blocks';
import { MM } from '../sizes';
import type { LayoutContext } from './context';
import { styledLines, type FlowState } from './article-flow';
import type { FlowLine } from './types';

export function imageLines(ctx: LayoutContext, block: ImageBlock, state: FlowState): FlowLine[] {
  const { geo } = ctx;
  const px = ctx.imageSize?.(block.asset);
  let w = Math.min(geo.measure, block.widthMm ? block.widthMm * MM : geo.measure * 0.8);
  let h = px && px.width > 0 ? (w * px.height) / px.width : w * 0.75;
  const maxH = geo.areaHeight - 2 * geo.linePitch;
  if (h > maxH) {
    w *= maxH / h;
    h = maxH;
  }
  const slots = Math.ceil(h / geo.linePitch);
  const height = slots * geo.linePitch;
  const line: FlowLine = {
    height,
    grid: true,
    breakBefore: !state.keep,
    items: [{ kind: 'image', asset: block.asset, x: geo.left + (geo.measure - w) / 2, y: (height - h) / 2, w, h }],
  };
  if (state.newPage) {
    line.newPage = true;
    state.newPage = false;
  }
  state.keep = Boolean(block.caption);
  const out = [line];
  if (block.caption) out.push(...styledLines(ctx, 'tableTitle', [{ text: block.caption }], state, { keepWithPrev: true }));
  state.keep = false;
  return out;
}
