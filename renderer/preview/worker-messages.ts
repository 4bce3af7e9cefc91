// Messages between the preview controller and the layout worker.
import type { Issue } from '../../shared/model/issue';
import type { PageTree } from '../../shared/typeset/page-tree';
import type { Finding } from '../../shared/check/run-checks';
import type { LoadedFont } from './font-bytes';

export type WorkerRequest = { type: 'fonts'; fonts: LoadedFont[] } | { type: 'layout'; revision: number; issue: Issue };

export type WorkerReply =
  | { type: 'layout'; revision: number; tree: PageTree; ms: number }
  | { type: 'layout-error'; revision: number; message: string }
  | { type: 'findings'; revision: number; findings: Finding[]; error?: string };
