// The build report (README "Build report"): pages, 目录 with printed and PDF page numbers, missing glyphs, timings.
import type { Finding } from '../check/run-checks';
import type { MissingGlyph, PageTree } from './page-tree';

export interface BuildReport {
  pages: number;
  toc: Array<{ section: string; title: string; docNo?: string; page: number; pdfPage: number }>;
  missingGlyphs: MissingGlyph[];
  timings: Record<string, number>;
  /** Proofreading findings of the checker (the build warns, it does not stop): counts, then the findings. */
  checks?: { errors: number; warnings: number; infos: number; findings: Finding[] };
  /** Fonts named by the profile that could not be found or used; their roles fell back to the next face. */
  fontProblems?: string[];
}

export interface ReportExtras {
  findings?: Finding[];
  fontProblems?: string[];
}

export function buildReport(tree: PageTree, timings: Record<string, number>, extras: ReportExtras = {}): BuildReport {
  const findings = extras.findings;
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
    ...(findings
      ? {
          checks: {
            errors: findings.filter((f) => f.severity === 'error').length,
            warnings: findings.filter((f) => f.severity === 'warning').length,
            infos: findings.filter((f) => f.severity === 'info').length,
            findings,
          },
        }
      : {}),
    ...(extras.fontProblems?.length ? { fontProblems: extras.fontProblems } : {}),
  };
}
