// Cover, 编委会 page (with 办刊宗旨) and back cover (imprint, statement), from GazetteMeta.
import type { GazetteMeta } from '../model/issue';
import type { DrawItem } from './page-tree';
import type { LayoutContext } from './flow/context';
import { textAt } from './flow/simple-text';
import { issueLabel } from './furniture';
import { breakTitle } from './flow/title-break';
import { MM } from './sizes';

export function coverItems(ctx: LayoutContext, meta: GazetteMeta): DrawItem[] {
  const { geo } = ctx;
  const items: DrawItem[] = [];
  const nameStyle = ctx.style('coverName');
  const perLine = Math.floor(geo.measure / (nameStyle.size * 1.1));
  const nameLines = breakTitle(meta.name, perLine);
  let y = geo.top + 20 * MM;
  for (const line of nameLines) {
    y += nameStyle.size * 1.25;
    items.push(...textAt(ctx, { style: 'coverName', text: line, x: geo.left, width: geo.measure, baseline: y, align: 'center', spacing: 0.1 }).items);
  }
  if (meta.pinyinName) {
    y += 28;
    items.push(...textAt(ctx, { style: 'coverIssue', text: meta.pinyinName, x: geo.left, width: geo.measure, baseline: y, align: 'center', size: 11 }).items);
  }
  y += 22;
  items.push({ kind: 'rule', x1: geo.left, y1: y, x2: geo.left + geo.measure, y2: y, width: 1.5 });
  y += 40;
  items.push(...textAt(ctx, { style: 'coverIssue', text: issueLabel(meta), x: geo.left, width: geo.measure, baseline: y, align: 'center' }).items);
  if (meta.publishDate || meta.periodicity) {
    const [yy, mm] = (meta.publishDate ?? '').split('-');
    const when = yy && mm ? `${yy}年${Number(mm)}月出版` : '';
    y += 30;
    items.push(...textAt(ctx, { style: 'coverIssue', text: [when, meta.periodicity ? `（${meta.periodicity}）` : ''].join(''), x: geo.left, width: geo.measure, baseline: y, align: 'center' }).items);
  }
  if (meta.internalPermit) {
    const bottom = geo.top + geo.areaHeight;
    items.push(...textAt(ctx, { style: 'coverIssue', text: meta.internalPermit, x: geo.left, width: geo.measure, baseline: bottom, align: 'center' }).items);
  }
  return items;
}

export function boardItems(ctx: LayoutContext, meta: GazetteMeta): DrawItem[] {
  const { geo } = ctx;
  const items: DrawItem[] = [];
  const p = geo.linePitch;
  let y = geo.top + p;
  if (meta.editorialBoard?.length) {
    items.push(...textAt(ctx, { style: 'tocHeading', text: `${meta.name}编辑委员会`, x: geo.left, width: geo.measure, baseline: y, align: 'center', size: 18 }).items);
    y += 2 * p;
    for (const entry of meta.editorialBoard) {
      const label = `${entry.role}：`;
      items.push(...textAt(ctx, { style: 'body', text: label, x: geo.left + 2 * geo.pitch, width: 6 * geo.pitch, baseline: y, align: 'left' }).items);
      // Names in columns of five characters, never broken inside a name.
      const perRow = Math.max(1, Math.floor((geo.measure - 8 * geo.pitch) / (5 * geo.pitch)));
      entry.names.forEach((name, k) => {
        const x = geo.left + (8 + (k % perRow) * 5) * geo.pitch;
        const row = Math.floor(k / perRow);
        items.push(...textAt(ctx, { style: 'body', text: name, x, width: 5 * geo.pitch, baseline: y + row * p * 0.9, align: 'left' }).items);
      });
      y += Math.max(1, Math.ceil(entry.names.length / perRow)) * p * 0.9;
    }
  }
  if (meta.motto?.length) {
    y = Math.max(y + p, geo.top + geo.areaHeight - 4 * p);
    items.push(...textAt(ctx, { style: 'sectionTitle', text: '办刊宗旨', x: geo.left, width: geo.measure, baseline: y, align: 'center' }).items);
    y += p;
    const half = Math.ceil(meta.motto.length / 2);
    for (const row of [meta.motto.slice(0, half), meta.motto.slice(half)]) {
      if (!row.length) continue;
      items.push(...textAt(ctx, { style: 'coverIssue', text: row.join('　'), x: geo.left, width: geo.measure, baseline: y, align: 'center' }).items);
      y += p * 0.9;
    }
  }
  return items;
}

export function backCoverItems(ctx: LayoutContext, meta: GazetteMeta): DrawItem[] {
  const { geo } = ctx;
  const items: DrawItem[] = [];
  const p = geo.linePitch * 0.8;
  const fields = meta.imprint ?? [];
  let y = geo.top + geo.areaHeight - (fields.length + 1) * p;
  if (meta.backStatement) {
    const s = textAt(ctx, { style: 'body', text: meta.backStatement, x: geo.left, width: geo.measure, baseline: geo.top + 2 * p, size: 12 });
    items.push(...s.items);
    y = Math.max(y, geo.top + (s.lines + 4) * p);
  }
  items.push({ kind: 'rule', x1: geo.left, y1: y - p, x2: geo.left + geo.measure, y2: y - p, width: 0.75 });
  for (const f of fields) {
    items.push(...textAt(ctx, { style: 'body', text: `${f.key}：${f.value}`, x: geo.left + geo.pitch, width: geo.measure - geo.pitch, baseline: y, align: 'left', size: 12 }).items);
    y += p;
  }
  return items;
}
