// The preview's Web Worker: lays out the issue (the same engine as the PDF) and runs the checks,
// so typing never waits for either. Messages: 'fonts' once, then 'layout' with each new revision.
import { createLayoutCache, layoutIssue } from '../../shared/typeset/layout-issue';
import { runChecks } from '../../shared/check/run-checks';
import { faceKey } from '../../shared/fonts/font-set';
import type { Issue } from '../../shared/model/issue';
import type { PageTree } from '../../shared/typeset/page-tree';
import type { FontSource } from '../../shared/fonts/font-source';
import type { LoadedFont } from './font-bytes';
import type { WorkerReply, WorkerRequest } from './worker-messages';

const fonts = new Map<string, Uint8Array>();
const source: FontSource = {
  read(ref) {
    return fonts.get(faceKey(ref)) ?? (ref.file ? fonts.get(ref.file) : undefined);
  },
};

let latest: { revision: number; tree: PageTree } | null = null;
// Kept across revisions: only the edited article is laid out again (the engine's incremental cache).
let cache = createLayoutCache();
/** The newest revision asked for: checks of an older one are skipped (typing goes on, the preview comes first). */
let requested = -1;
let checksTimer: ReturnType<typeof setTimeout> | undefined;
const CHECKS_IDLE_MS = 250;

const reply = (message: WorkerReply) => (self as unknown as Worker).postMessage(message);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'fonts') {
    for (const font of message.fonts as LoadedFont[]) fonts.set(faceKey(font.ref), font.bytes);
    cache = createLayoutCache();
    return;
  }
  if (message.type === 'page') {
    const page = latest && latest.revision === message.revision ? latest.tree.pages[message.index] ?? null : null;
    reply({ type: 'page', revision: message.revision, index: message.index, page });
    return;
  }
  const issue: Issue = message.issue;
  requested = message.revision;
  clearTimeout(checksTimer);
  const started = performance.now();
  try {
    const tree = layoutIssue(issue, source, { cache });
    latest = { revision: message.revision, tree };
    const summary = {
      width: tree.width,
      height: tree.height,
      pages: tree.pages.map((p, index) => ({
        folio: p.folio,
        articles: p.articles,
        starts: tree.anchors.filter((a) => a.page === index && p.articles.includes(a.id)).map((a) => ({ id: a.id, y: a.y })),
        ...(p.items.some((i) => i.kind === 'group') ? { turned: true as const } : {}),
      })),
      toc: tree.toc,
    };
    reply({ type: 'layout', revision: message.revision, summary, ms: performance.now() - started });
  } catch (error) {
    reply({ type: 'layout-error', revision: message.revision, message: describe(error) });
  }
  // The checker reads the whole issue: run it once the edits pause, not between two layouts.
  checksTimer = setTimeout(() => {
    if (requested !== message.revision) return;
    try {
      reply({ type: 'findings', revision: message.revision, findings: runChecks(issue) });
    } catch (error) {
      reply({ type: 'findings', revision: message.revision, findings: [], error: describe(error) });
    }
  }, CHECKS_IDLE_MS);
};
