// Page furniture: folios "— N —" (GB/T 9704 §7.5: 4号, 7 mm below the type area, odd pages right and even
// pages left one character in, or centred) and running heads (even: gazette name + 年 第N期（总第M期）;
// odd: the 栏目), none on cover and blank pages.
import type { GazetteMeta } from '../model/issue';
import type { DrawItem } from './page-tree';
import type { LayoutContext } from './flow/context';
import { textAt } from './flow/simple-text';
import { MM, pointSize } from './sizes';

export function issueLabel(meta: GazetteMeta): string {
  return `${meta.year}年第${meta.issue}期${meta.cumulative ? `（总第${meta.cumulative}期）` : ''}`;
}

// Furniture repeats on every page: each distinct text is set once per font set (a font set belongs to
// one profile and lives in the layout cache, so relayouts after an edit reuse it too).
const memo = new WeakMap<object, Map<string, DrawItem[]>>();
function remember(ctx: LayoutContext, key: string, make: () => DrawItem[]): DrawItem[] {
  let m = memo.get(ctx.fonts);
  if (!m) memo.set(ctx.fonts, (m = new Map()));
  let items = m.get(key);
  if (!items) m.set(key, (items = make()));
  return items;
}

export function folioItems(ctx: LayoutContext, folio: number): DrawItem[] {
  return remember(ctx, `folio:${folio}`, () => makeFolio(ctx, folio));
}

function makeFolio(ctx: LayoutContext, folio: number): DrawItem[] {
  const { geo, profile } = ctx;
  const size = pointSize(profile.folio.size);
  const top = geo.top + geo.areaHeight + profile.folio.belowTypeArea * MM;
  const baseline = top + 0.88 * size;
  const text = profile.folio.format.replace('{n}', String(folio));
  const inset = geo.pitch;
  const align = profile.folio.position === 'center' ? 'center' : folio % 2 === 1 ? 'right' : 'left';
  const x = align === 'left' ? geo.left + inset : geo.left;
  const width = align === 'center' ? geo.measure : geo.measure - inset;
  return textAt(ctx, { style: 'folio', text, x, width, baseline, align, size }).items;
}

export function runningHeadItems(ctx: LayoutContext, meta: GazetteMeta, folio: number, section: string): DrawItem[] {
  if (!ctx.profile.runningHeads.enabled) return [];
  const even = folio % 2 === 0;
  return remember(ctx, even ? `head:even:${meta.name}${issueLabel(meta)}` : `head:odd:${section}`, () => makeHead(ctx, meta, even, section));
}

function makeHead(ctx: LayoutContext, meta: GazetteMeta, even: boolean, section: string): DrawItem[] {
  const { geo, profile } = ctx;
  const size = pointSize(profile.runningHeads.size);
  const ruleY = geo.top - 5 * MM;
  const baseline = ruleY - 2.5 * MM - 0.12 * size;
  const text = even ? `${meta.name}　${issueLabel(meta)}` : section;
  const items = textAt(ctx, { style: 'runningHead', text, x: geo.left, width: geo.measure, baseline, align: even ? 'left' : 'right', size }).items;
  if (profile.runningHeads.rule) items.push({ kind: 'rule', x1: geo.left, y1: ruleY, x2: geo.left + geo.measure, y2: ruleY, width: 0.5 });
  return items;
}
