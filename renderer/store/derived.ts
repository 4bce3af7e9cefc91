// What is computed from the issue rather than edited: the page layout's numbers (from the preview worker)
// and the checker's findings. Kept apart so typing does not re-render on each layout result.
import { create } from 'zustand';
import type { Finding } from '../../shared/check/run-checks';
import type { TocLine } from '../../shared/typeset/page-tree';

export interface PageRange {
  from: number;
  to: number;
}

export interface DerivedState {
  pageCount: number;
  toc: TocLine[];
  /** Printed page numbers per article id. */
  ranges: Record<string, PageRange>;
  findings: Finding[];
  layoutError: string | null;
  laidOutRevision: number;
  setLayout(result: { pageCount: number; toc: TocLine[]; ranges: Record<string, PageRange>; revision: number }): void;
  setLayoutError(message: string | null): void;
  setFindings(findings: Finding[]): void;
}

export const useDerived = create<DerivedState>()((set) => ({
  pageCount: 0,
  toc: [],
  ranges: {},
  findings: [],
  layoutError: null,
  laidOutRevision: -1,
  setLayout({ pageCount, toc, ranges, revision }) {
    set({ pageCount, toc, ranges, layoutError: null, laidOutRevision: revision });
  },
  setLayoutError(layoutError) {
    set({ layoutError });
  },
  setFindings(findings) {
    set({ findings });
  },
}));
