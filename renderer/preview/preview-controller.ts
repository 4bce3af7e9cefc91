// Keeps the preview in step with the issue: after each change (debounced) the worker lays out the latest
// revision; only one job runs at a time and intermediate revisions are skipped.
import { create } from 'zustand';
import type { HostApi } from '../../shared/api';
import type { PageNode } from '../../shared/typeset/page-tree';
import { useWorkspace } from '../store/workspace';
import { useDerived, type PageRange } from '../store/derived';
import { loadFonts } from './font-bytes';
import type { TreeSummary, WorkerReply, WorkerRequest } from './worker-messages';
import { t } from '../messages/zh-CN';

export interface PreviewState {
  /** While printing every page is drawn, not only those near the view. */
  printing: boolean;
  tree: TreeSummary | null;
  revision: number;
  busy: boolean;
  fontsReady: boolean;
}

export const usePreview = create<PreviewState>()(() => ({ printing: false, tree: null, revision: -1, busy: false, fontsReady: false }));

/** Printed page range of each article (page index + 1 where no folio is printed). */
export function articleRanges(tree: TreeSummary): Record<string, PageRange> {
  const ranges: Record<string, PageRange> = {};
  tree.pages.forEach((page, index) => {
    const number = page.folio ?? index + 1;
    for (const id of page.articles) {
      const range = ranges[id];
      if (!range) ranges[id] = { from: number, to: number };
      else range.to = number;
    }
  });
  return ranges;
}

/** Prints the preview's pages through the system dialog once every page has been drawn. */
export async function printPages(): Promise<void> {
  usePreview.setState({ printing: true });
  try {
    const { tree, revision } = usePreview.getState();
    const total = tree?.pages.length ?? 0;
    for (let waited = 0; waited < 120_000; waited += 100) {
      if (document.querySelectorAll(`.preview-page canvas[data-drawn="${revision}"]`).length >= total) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    window.print();
  } finally {
    usePreview.setState({ printing: false });
  }
}

const pageWaiters = new Map<string, (page: PageNode | null) => void>();
let postToWorker: ((message: WorkerRequest) => void) | null = null;

/** The drawing items of one page of the laid-out revision (null when a newer layout replaced it). */
export function requestPage(revision: number, index: number): Promise<PageNode | null> {
  return new Promise((resolve) => {
    if (!postToWorker) return resolve(null);
    pageWaiters.set(`${revision}:${index}`, resolve);
    postToWorker({ type: 'page', revision, index });
  });
}

export function startPreview(host: HostApi, debounceMs = 150): () => void {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const post = (message: WorkerRequest) => worker.postMessage(message);
  postToWorker = post;
  let inFlight: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fontsFor: unknown = null;

  const send = async () => {
    const { issue, revision } = useWorkspace.getState();
    if (!issue || inFlight !== null) return;
    if (fontsFor !== issue.profile.fonts) {
      fontsFor = issue.profile.fonts;
      try {
        post({ type: 'fonts', fonts: [...(await loadFonts(host, issue.profile)).values()] });
      } catch (error) {
        useDerived.getState().setLayoutError(t.previewFailed(error instanceof Error ? error.message : String(error)));
      }
      usePreview.setState({ fontsReady: true });
    }
    inFlight = revision;
    usePreview.setState({ busy: true });
    post({ type: 'layout', revision, issue: useWorkspace.getState().issue! });
  };

  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const message = event.data;
    if (message.type === 'page') {
      const key = `${message.revision}:${message.index}`;
      pageWaiters.get(key)?.(message.page);
      pageWaiters.delete(key);
      return;
    }
    if (message.type === 'findings') {
      useDerived.getState().setFindings(message.findings);
      return;
    }
    // One layout at a time; edits made meanwhile go out after the usual pause, so that a burst of typing
    // is not competing with back-to-back layouts for the processor.
    inFlight = null;
    usePreview.setState({ busy: false });
    if (useWorkspace.getState().revision !== message.revision) {
      clearTimeout(timer);
      timer = setTimeout(() => void send(), debounceMs);
    }
    if (message.type === 'layout') {
      usePreview.setState({ tree: message.summary, revision: message.revision });
      useDerived.getState().setLayout({
        pageCount: message.summary.pages.length,
        toc: message.summary.toc,
        ranges: articleRanges(message.summary),
        revision: message.revision,
      });
    } else {
      useDerived.getState().setLayoutError(t.previewFailed(message.message));
    }
  };
  worker.onerror = (event) => {
    inFlight = null;
    usePreview.setState({ busy: false });
    useDerived.getState().setLayoutError(t.previewFailed(event.message || 'worker'));
  };

  const unsubscribe = useWorkspace.subscribe((state, previous) => {
    if (state.revision === previous.revision || !state.issue) return;
    clearTimeout(timer);
    timer = setTimeout(() => void send(), debounceMs);
  });
  if (useWorkspace.getState().issue) void send();
  return () => {
    clearTimeout(timer);
    unsubscribe();
    worker.terminate();
  };
}
