// One line (or a few) of furniture text — folios, running heads, cover lines — set with the line setter
// and placed at an absolute baseline.
import type { Align } from '../../model/blocks';
import type { DrawItem } from '../page-tree';
import { specFor, type LayoutContext } from './context';
import { runsOf } from './text-lines';

export interface TextAt {
  style: string;
  text: string;
  /** Left of the measure and its width, points */
  x: number;
  width: number;
  baseline: number;
  align?: Align;
  size?: number;
  /** Letter-spacing in ems (目 录, cover names). */
  spacing?: number;
}

export function textAt(ctx: LayoutContext, t: TextAt): { items: DrawItem[]; width: number; lines: number } {
  const base = ctx.style(t.style);
  const size = t.size ?? base.size;
  const style = { ...base, size, pitch: base.pitch * (size / base.size) * (1 + (t.spacing ?? 0)), indent: 0, hanging: 0, rightIndent: 0, align: t.align ?? base.align };
  const lines = ctx.setLines({ ...specFor(style, [{ text: t.text }], t.width), avoidLoneLastChar: false }, ctx.fonts);
  const items: DrawItem[] = [];
  const lead = size * 1.5;
  lines.forEach((line, i) => items.push(...runsOf(line, t.x, t.baseline + i * lead)));
  return { items, width: Math.max(0, ...lines.map((l) => l.width)), lines: lines.length };
}
