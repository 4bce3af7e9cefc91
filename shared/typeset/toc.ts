// 目录: 栏目 groups, each document's title with a hanging indent when it wraps, an optional 文号 line,
// dot leaders and "(N)" on the title's last line; every entry links to its article.
import type { DrawItem } from './page-tree';
import type { LayoutContext } from './flow/context';
import { specFor } from './flow/context';
import { flowLines, spacers } from './flow/text-lines';
import type { FlowLine } from './flow/types';
import { textAt } from './flow/simple-text';
import { baselineIn } from './geometry';

export interface TocEntry {
  section: string;
  articleId: string;
  title: string;
  docNo?: string;
  page: number;
}

export function tocFlow(ctx: LayoutContext, entries: TocEntry[]): FlowLine[] {
  const { geo } = ctx;
  const out: FlowLine[] = [];
  const head = ctx.style('tocHeading');
  const heading = textAt(ctx, { style: 'tocHeading', text: '目录', x: geo.left, width: geo.measure, baseline: baselineIn(0, geo.linePitch, head.size), align: 'center', spacing: 1 });
  out.push({ height: geo.linePitch, items: heading.items, breakBefore: true, grid: true });
  out.push(...spacers(ctx, 1, false));
  const es = ctx.style('tocEntry');
  let section = '';
  let keep = true;
  for (const e of entries) {
    if (e.section !== section) {
      section = e.section;
      const s = ctx.style('tocSection');
      const set = ctx.setLines(specFor({ ...s, indent: 0 }, [{ text: e.section }], geo.measure), ctx.fonts);
      out.push(...flowLines(ctx, set, { breakBefore: true, x0: geo.left }));
      keep = true;
    }
    const number = ctx.profile.toc.pageFormat.replace('{n}', String(e.page));
    const numberWidth = ctx.fonts.measureText(number, 'latin', es.size);
    const reserve = numberWidth + 2 * es.pitch;
    const spec = { ...specFor({ ...es, align: 'justify', indent: es.pitch, hanging: 2 * es.pitch }, [{ text: e.title }], geo.measure - reserve), avoidLoneLastChar: false };
    const set = ctx.setLines(spec, ctx.fonts);
    if (set.length === 0) continue;
    const lines = flowLines(ctx, set, { breakBefore: false, x0: geo.left });
    lines.forEach((l, i) => (l.breakBefore = i === 0 && !keep));
    keep = false;
    const last = lines[lines.length - 1]!;
    const lastSet = set[set.length - 1]!;
    const base = baselineIn(0, geo.linePitch, es.size);
    // Leader dots from the end of the title to the number, which is set flush right.
    const numberX = geo.left + geo.measure - numberWidth;
    const dotStart = geo.left + lastSet.width + es.pitch / 2;
    const dots = Math.max(0, Math.floor((numberX - dotStart - es.pitch / 4) / (es.pitch / 2)));
    const leader = textAt(ctx, { style: 'tocEntry', text: '.'.repeat(dots), x: dotStart, width: dots * es.pitch, baseline: base, align: 'left' });
    const spread = leader.items.map((item) => (item.kind === 'glyphs' ? { ...item, offsets: item.offsets.map((_, k) => k * (es.pitch / 2)) } : item));
    const num = textAt(ctx, { style: 'tocEntry', text: number, x: geo.left, width: geo.measure, baseline: base, align: 'right' });
    last.items.push(...spread, ...num.items);
    const linkH = lines.length * geo.linePitch;
    const link: DrawItem = { kind: 'link', x: geo.left, y: 0, w: geo.measure, h: linkH, anchor: e.articleId };
    lines[0]!.items.push(link);
    out.push(...lines);
    if (ctx.profile.toc.showDocNo && e.docNo) {
      const d = ctx.style('tocDocNo');
      const set2 = ctx.setLines(specFor({ ...d, indent: 2 * es.pitch }, [{ text: e.docNo }], geo.measure - reserve), ctx.fonts);
      out.push(...flowLines(ctx, set2, { breakBefore: false, x0: geo.left }));
    }
  }
  return out;
}

