// Flow lines → pages. Fills a page line by line; when a line does not fit, goes back to the last line
// before which a break is allowed (keep-with-next, 孤行, 署名/日期 rules are in those flags) and starts a
// new page there. Continuation pages of a table get its header rows again.
import type { DrawItem, GlyphRun, RectItem } from './page-tree';
import type { FlowLine, TableSlice } from './flow/types';

export interface FlowArticle {
  articleId: string;
  section: string;
  lines: FlowLine[];
}

export interface PlacedLine {
  line: FlowLine;
  y: number;
  article: string;
  section: string;
}

export interface BodyPage {
  /** Blank page inserted to start an article on an odd page. */
  blank: boolean;
  placed: PlacedLine[];
}

export interface PaginateOptions {
  areaHeight: number;
  linePitch: number;
  articleStart: 'continue' | 'new-page' | 'new-odd-page';
}

interface Entry {
  line: FlowLine;
  article: string;
  section: string;
}

export function paginate(articles: FlowArticle[], opts: PaginateOptions): BodyPage[] {
  const seq: Entry[] = [];
  articles.forEach((a, ai) => {
    a.lines.forEach((line, li) => {
      let l = line;
      if (li === 0 && ai > 0) l = { ...line, newPage: opts.articleStart !== 'continue' || line.newPage, breakBefore: true };
      seq.push({ line: l, article: a.articleId, section: a.section });
    });
  });
  const pages: BodyPage[] = [];
  let page: BodyPage = { blank: false, placed: [] };
  let placedIdx: number[] = [];
  let y = 0;
  const eps = 0.01;
  const newPage = (oddRequired: boolean) => {
    pages.push(page);
    if (oddRequired && pages.length % 2 === 1) pages.push({ blank: true, placed: [] });
    page = { blank: false, placed: [] };
    placedIdx = [];
    y = 0;
  };
  const snap = (v: number) => {
    const k = Math.round(v / opts.linePitch);
    return Math.abs(k * opts.linePitch - v) < eps ? k * opts.linePitch : Math.ceil(v / opts.linePitch) * opts.linePitch;
  };
  const put = (e: Entry, i: number) => {
    page.placed.push({ line: e.line, y, article: e.article, section: e.section });
    placedIdx.push(i);
    y += e.line.height;
  };
  for (let i = 0; i < seq.length; i++) {
    const e = seq[i]!;
    if (e.line.newPage && page.placed.length > 0) newPage(opts.articleStart === 'new-odd-page' && i > 0 && seq[i - 1]!.article !== e.article);
    if (y === 0 && e.line.spacer) continue;
    if (e.line.grid) y = snap(y);
    if (y + e.line.height > opts.areaHeight + eps && page.placed.length > 0) {
      // Go back to the last allowed break on this page.
      let k = placedIdx.length - 1;
      let j = i;
      if (!e.line.breakBefore) {
        while (k >= 0 && placedIdx[k]! >= 0 && !seq[placedIdx[k]!]!.line.breakBefore) k--;
        if (k > 0 && placedIdx[k]! >= 0) {
          j = placedIdx[k]!;
          page.placed.length = k;
        }
      }
      newPage(false);
      i = j - 1;
      const first = seq[j]!;
      // A table continues: its header rows (and （续表）) first.
      const prevTable = seq[j - 1]?.line.table;
      if (first.line.table && prevTable && prevTable.id === first.line.table.id) {
        for (const h of first.line.table.header()) put({ ...first, line: h }, -1);
      }
      continue;
    }
    put(e, i);
  }
  if (page.placed.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The items of a placed page, table rows drawn for the slice of their table that stands on the page. */
export function pageItems(page: BodyPage, top: number): DrawItem[] {
  const items: DrawItem[] = [];
  const slices = new Map<string, TableSlice>();
  for (const p of page.placed) {
    const t = p.line.table;
    if (!t) continue;
    const s = slices.get(t.id);
    slices.set(t.id, s ? { from: Math.min(s.from, t.row), to: Math.max(s.to, t.row) } : { from: t.row, to: t.row });
  }
  // A box cut by the page break gets its frame closed at the cut, above and below.
  page.placed.forEach((p, k) => {
    const b = p.line.box;
    if (!b) return;
    const prev = page.placed[k - 1]?.line.box;
    const next = page.placed[k + 1]?.line.box;
    const cutAbove = k === 0 && prev === undefined;
    const cutBelow = k === page.placed.length - 1 && next === undefined;
    const firstOfBox = !prev || prev.id !== b.id;
    const lastOfBox = !next || next.id !== b.id;
    const ownTop = p.line.items.some((i) => i.kind === 'rule' && i.y1 === 0 && i.y2 === 0);
    const ownBottom = p.line.items.some((i) => i.kind === 'rule' && i.y1 === p.line.height && i.y2 === p.line.height);
    if (firstOfBox && cutAbove && !ownTop) items.push({ kind: 'rule', x1: b.left, y1: top + p.y, x2: b.right, y2: top + p.y, width: 0.75 });
    if (lastOfBox && cutBelow && !ownBottom) items.push({ kind: 'rule', x1: b.left, y1: top + p.y + p.line.height, x2: b.right, y2: top + p.y + p.line.height, width: 0.75 });
  });
  for (const p of page.placed) {
    const dy = top + p.y;
    const own = p.line.table ? [...p.line.items, ...p.line.table.render(p.line.table.row, slices.get(p.line.table.id)!)] : p.line.items;
    for (const item of own) items.push(shift(item, dy));
    // A landscape page: the turned area's top edge along the type area's left, its left end at the bottom.
    const t = p.line.turned;
    if (t) items.push({ kind: 'group', transform: [0, -1, 1, 0, t.left, dy + p.line.height], items: t.items });
  }
  return items;
}

// Field by field rather than by spread: a page copies some 80 items, an issue ~20 000, and spreading objects of
// several shapes was the slowest step of drawing pages. Keys keep the order a spread gives.
export function shift(item: DrawItem, dy: number): DrawItem {
  switch (item.kind) {
    case 'glyphs': {
      const r: GlyphRun = { kind: 'glyphs', font: item.font, size: item.size, x: item.x, y: item.y + dy, glyphs: item.glyphs, offsets: item.offsets, chars: item.chars };
      if (item.advances) r.advances = item.advances;
      return r;
    }
    case 'rect': {
      const r: RectItem = { kind: 'rect', x: item.x, y: item.y + dy, w: item.w, h: item.h };
      if (item.stroke !== undefined) r.stroke = item.stroke;
      return r;
    }
    case 'image':
    case 'link':
      return { ...item, y: item.y + dy };
    case 'group':
      return { kind: 'group', transform: [item.transform[0], item.transform[1], item.transform[2], item.transform[3], item.transform[4], item.transform[5] + dy], items: item.items };
    case 'rule':
      return { kind: 'rule', x1: item.x1, y1: item.y1 + dy, x2: item.x2, y2: item.y2 + dy, width: item.width };
  }
}
