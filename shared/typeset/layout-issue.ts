// Issue → PageTree: the whole typesetting pipeline (DESIGN.md "Typesetting pipeline"): styled flow per
// article (cached by content hash, so an edit lays out one article again), pagination, furniture, and a
// 目录 laid out again until its page numbers are stable.
import type { Issue } from '../model/issue';
import type { FontSource } from '../fonts/font-source';
import { createFontSet, type FontSet } from '../fonts/font-set';
import type { DrawItem, MissingGlyph, OutlineNode, PageNode, PageTree, TocLine } from './page-tree';
import { geometryOf } from './geometry';
import { createContext, type LayoutContext } from './flow/context';
import { articleFlow, UNTITLED } from './flow/article-flow';
import type { FlowLine } from './flow/types';
import { paginate, pageItems, type BodyPage, type FlowArticle } from './paginate';
import { folioItems, runningHeadItems } from './furniture';
import { tocFlow, type TocEntry } from './toc';
import { backCoverItems, boardItems, coverItems } from './front-matter';
import { lineSetter } from './line-setter';

export interface LayoutOptions {
  /** Called with a fraction 0..1 as pages are made (long jobs show progress). */
  onProgress?: (fraction: number) => void;
  /** Keep between calls (editor, bench): articles whose content did not change are not laid out again. */
  cache?: LayoutCache;
  /** Filled with milliseconds per phase: fonts, layout, pagination. */
  timings?: Record<string, number>;
  /** Pixel size of an image asset (for its aspect ratio); images without one are set 4:3. */
  imageSize?: (asset: string) => { width: number; height: number } | undefined;
}

export interface LayoutCache {
  profileKey?: string;
  fonts?: FontSet;
  articles: Map<string, { lines: FlowLine[]; missing: string[] }>;
  /** How many articles the last call laid out (the rest came from the cache). */
  laidOut: number;
  /** Drawn body pages by their first flow line: reused when the same lines stand at the same places. */
  pages: Map<FlowLine, { lines: FlowLine[]; ys: number[]; items: DrawItem[] }>;
}

// The font set last used with a font source: the PDF writer draws with the same parsed faces (no second
// parse of 5–8 MB fonts, and their decoded metrics are already warm).
const setsBySource = new WeakMap<FontSource, FontSet>();
export function fontSetUsedWith(source: FontSource): FontSet | undefined {
  return setsBySource.get(source);
}

export function createLayoutCache(): LayoutCache {
  return { articles: new Map(), laidOut: 0, pages: new Map() };
}

/** A content hash of a JSON value (two FNV-1a lanes), for the article cache. */
export function contentHash(value: unknown): string {
  const s = JSON.stringify(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${s.length.toString(36)}`;
}

// The model is immutable (the editor replaces what it changes): an unchanged article (or profile) keeps its hash.
const hashes = new WeakMap<object, string>();
function articleHash(article: object): string {
  let h = hashes.get(article);
  if (!h) hashes.set(article, (h = contentHash(article)));
  return h;
}

const cleanTitle = (t: string) => t.replace(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/g, '').trim();

export function layoutIssue(issue: Issue, source: FontSource, options: LayoutOptions = {}): PageTree {
  const times = options.timings ?? {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = (times[name] ?? 0) + (now - t);
    t = now;
  };
  // Without a cache kept by the caller (a one-shot build) nothing is looked up again: no content hashes
  // (JSON of every article, ~10% of a 300-page build), articles are keyed by their place in the issue.
  const keep = options.cache !== undefined;
  const cache = options.cache ?? createLayoutCache();
  const profileKey = keep ? articleHash(issue.profile) : '';
  if (cache.profileKey !== profileKey || !cache.fonts) {
    cache.profileKey = profileKey;
    cache.fonts = createFontSet(issue.profile, source);
    cache.articles.clear();
    cache.pages.clear();
  }
  const fonts = cache.fonts;
  setsBySource.set(source, fonts);
  const geo = geometryOf(issue.profile);
  const ctx = createContext(issue.profile, geo, fonts, lineSetter());
  if (options.imageSize) ctx.imageSize = options.imageSize;
  lap('fonts');

  const missingGlyphs: MissingGlyph[] = [];
  const flows: FlowArticle[] = [];
  const total = issue.sections.reduce((n, s) => n + s.articles.length, 0);
  cache.laidOut = 0;
  const seen = new Set<string>();
  for (const section of issue.sections) {
    for (const article of section.articles) {
      const key = keep ? articleHash(article) : String(seen.size);
      seen.add(key);
      let hit = cache.articles.get(key);
      if (!hit) {
        const before = fonts.missing.length;
        const lines = articleFlow(ctx, article);
        hit = { lines, missing: fonts.missing.slice(before).map((m) => m.char) };
        cache.articles.set(key, hit);
        cache.laidOut++;
      }
      for (const char of hit.missing) missingGlyphs.push({ char, article: cleanTitle(article.meta.title) });
      flows.push({ articleId: article.id, section: section.title, lines: hit.lines });
      options.onProgress?.((flows.length / Math.max(1, total)) * 0.8);
    }
  }
  for (const key of [...cache.articles.keys()]) if (!seen.has(key)) cache.articles.delete(key);
  lap('layout');

  const paginateOpts = { areaHeight: geo.areaHeight, linePitch: geo.linePitch, articleStart: issue.profile.articleStart };
  const body = paginate(flows, paginateOpts);
  const pageOfArticle = new Map<string, number>();
  body.forEach((p, i) => p.placed.forEach((l) => l.line.anchor && !pageOfArticle.has(l.line.anchor) && pageOfArticle.set(l.line.anchor, i)));

  // Front matter; the 目录 is laid out again until its own page count (and so every number) is stable.
  const fixedFront = (issue.front.cover ? 1 : 0) + (issue.front.board && (issue.meta.editorialBoard?.length || issue.meta.motto?.length) ? 1 : 0);
  const counted = issue.profile.pageNumbering === 'all';
  let tocPages: BodyPage[] = [];
  let frontCount = 0;
  let entries: TocEntry[] = [];
  for (let round = 0, guess = issue.front.toc ? 1 : 0; round < 5; round++) {
    frontCount = fixedFront + guess;
    if (frontCount % 2 === 1) frontCount++; // the first document starts on a right-hand page
    const folioOf = (bodyIndex: number) => (counted ? frontCount + bodyIndex + 1 : bodyIndex + 1);
    entries = issue.sections.flatMap((s) =>
      s.articles.map((a) => ({
        section: s.title,
        articleId: a.id,
        title: cleanTitle(a.meta.tocTitle ?? a.meta.title) || UNTITLED,
        ...(a.meta.docNo ? { docNo: a.meta.docNo } : {}),
        page: folioOf(pageOfArticle.get(a.id) ?? 0),
      })),
    );
    if (!issue.front.toc) break;
    tocPages = paginate([{ articleId: 'toc', section: '目录', lines: tocFlow(ctx, entries) }], { ...paginateOpts, articleStart: 'continue' });
    if (tocPages.length === guess) break;
    guess = tocPages.length;
  }

  const pages: PageNode[] = [];
  if (issue.front.cover) pages.push({ kind: 'cover', folio: null, items: coverItems(ctx, issue.meta), articles: [] });
  if (fixedFront > (issue.front.cover ? 1 : 0)) pages.push({ kind: 'board', folio: null, items: boardItems(ctx, issue.meta), articles: [] });
  for (const tp of tocPages) {
    const folio = counted ? pages.length + 1 : null;
    pages.push({ kind: 'toc', folio, items: [...pageItems(tp, geo.top), ...(folio ? folioItems(ctx, folio) : [])], articles: [] });
  }
  while (pages.length < frontCount) pages.push({ kind: 'blank', folio: null, items: [], articles: [] });

  const anchors: PageTree['anchors'] = [];
  const usedPages = new Set<FlowLine>();
  const drawnBody = (c: LayoutCache, bp: BodyPage, top: number): DrawItem[] => {
    const first = bp.placed[0]?.line;
    if (!first) return [];
    if (!keep) return pageItems(bp, top); // a one-shot build draws each page once: nothing to remember
    usedPages.add(first);
    const known = c.pages.get(first);
    if (known && known.lines.length === bp.placed.length && bp.placed.every((p, k) => p.line === known.lines[k] && p.y === known.ys[k])) return known.items;
    const items = pageItems(bp, top);
    c.pages.set(first, { lines: bp.placed.map((p) => p.line), ys: bp.placed.map((p) => p.y), items });
    return items;
  };
  const outline: OutlineNode[] = [];
  const titleOf = new Map(issue.sections.flatMap((s) => s.articles.map((a) => [a.id, cleanTitle(a.meta.title)] as const)));
  body.forEach((bp, i) => {
    const folio = counted ? frontCount + i + 1 : i + 1;
    if (bp.blank) {
      pages.push({ kind: 'blank', folio: null, items: [], articles: [] });
      return;
    }
    const section = bp.placed[0]?.section ?? '';
    const items = [...runningHeadItems(ctx, issue.meta, folio, section), ...drawnBody(cache, bp, geo.top), ...folioItems(ctx, folio)];
    const articles = [...new Set(bp.placed.map((l) => l.article))];
    for (const l of bp.placed) {
      if (!l.line.anchor) continue;
      anchors.push({ id: l.line.anchor, page: pages.length, y: geo.top + l.y });
      const sectionTitle = l.section;
      let node = outline[outline.length - 1];
      if (!node || node.title !== sectionTitle) {
        node = { title: sectionTitle, anchor: l.line.anchor, children: [] };
        outline.push(node);
      }
      node.children.push({ title: titleOf.get(l.line.anchor) ?? '', anchor: l.line.anchor, children: [] });
    }
    pages.push({ kind: 'body', folio, items, articles });
  });
  if (issue.back.backCover) {
    if (pages.length % 2 === 0) pages.push({ kind: 'blank', folio: null, items: [], articles: [] });
    pages.push({ kind: 'back', folio: null, items: backCoverItems(ctx, issue.meta), articles: [] });
  }
  if (issue.profile.padToMultipleOf4) while (pages.length % 4 !== 0) pages.splice(pages.length - (issue.back.backCover ? 1 : 0), 0, { kind: 'blank', folio: null, items: [], articles: [] });

  for (const key of [...cache.pages.keys()]) if (!usedPages.has(key)) cache.pages.delete(key);
  const anchorPage = new Map(anchors.map((a) => [a.id, a.page]));
  const toc: TocLine[] = entries.map((e) => ({ ...e, pdfPage: (anchorPage.get(e.articleId) ?? 0) + 1 }));
  lap('pagination');
  options.onProgress?.(1);
  return {
    width: geo.width,
    height: geo.height,
    pages,
    fonts: fonts.fontFaces(),
    anchors,
    outline,
    toc,
    missingGlyphs,
    info: { title: `${issue.meta.name} ${issue.meta.year}年第${issue.meta.issue}期`, subject: `${issue.meta.year}年第${issue.meta.issue}期${issue.meta.cumulative ? `（总第${issue.meta.cumulative}期）` : ''}` },
  };
}
