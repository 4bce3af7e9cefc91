// The build report (README "Build report"): pages, 目录 with printed and PDF page numbers, missing glyphs, timings.
import type { MissingGlyph, PageTree } from './page-tree';

export interface BuildReport {
  pages: number;
  toc: Array<{ section: string; title: string; docNo?: string; page: number; pdfPage: number }>;
  missingGlyphs: MissingGlyph[];
  timings: Record<string, number>;
}

export function buildReport(tree: PageTree, timings: Record<string, number>): BuildReport {
  return {
    pages: tree.pages.length,
    toc: tree.toc.map(({ section, title, docNo, page, pdfPage }) => ({
      section,
      title,
      ...(docNo ? { docNo } : {}),
      page,
      pdfPage,
    })),
    missingGlyphs: tree.missingGlyphs,
    timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
  };
}
