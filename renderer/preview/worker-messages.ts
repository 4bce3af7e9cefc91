// Messages between the preview controller and the layout worker. The worker keeps the PageTree and sends
// only a summary per layout; pages travel one at a time when they scroll into view (a 260-page tree is
// far too big to copy to the window on every keystroke).
import type { Issue } from '../../shared/model/issue';
import type { PageNode, TocLine } from '../../shared/typeset/page-tree';
import type { Finding } from '../../shared/check/run-checks';
import type { LoadedFont } from './font-bytes';

export interface PageSummary {
  folio: number | null;
  articles: string[];
  /** Where documents start on this page (article id, y in points from the top). */
  starts: Array<{ id: string; y: number }>;
  /** A page of a landscape table, drawn turned a quarter (it holds a group item). */
  turned?: true;
}

export interface TreeSummary {
  width: number;
  height: number;
  pages: PageSummary[];
  toc: TocLine[];
}

export type WorkerRequest =
  | { type: 'fonts'; fonts: LoadedFont[] }
  | { type: 'layout'; revision: number; issue: Issue }
  | { type: 'page'; revision: number; index: number };

export type WorkerReply =
  | { type: 'layout'; revision: number; summary: TreeSummary; ms: number }
  | { type: 'layout-error'; revision: number; message: string }
  | { type: 'page'; revision: number; index: number; page: PageNode | null }
  | { type: 'findings'; revision: number; findings: Finding[]; error?: string };
