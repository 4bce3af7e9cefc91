// Entry: find the host, start autosave and the preview, render. A failure here still shows a Chinese message.
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectHost } from './bridge/connect-host';
import { setHost, startAutosave } from './app/actions';
import { startPreview, usePreview } from './preview/preview-controller';
import { describeError } from './app/describe-error';
import { useWorkspace } from './store/workspace';
import { t } from './messages/zh-CN';
import { blockText } from '../shared/model/blocks';

const root = createRoot(document.getElementById('root')!);

function fatal(text: string): void {
  root.render(<div className="error-panel" role="alert"><h3>{t.errorTitle}</h3><p>{text}</p></div>);
}

window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  useWorkspace.getState().notify({ kind: 'error', text: t.unknownError(describeError(event.reason)) });
});

async function start(): Promise<void> {
  const host = connectHost();
  if (!host) return fatal(t.hostUnavailable);
  try {
    setHost(host, await host.appInfo(null));
  } catch (error) {
    return fatal(`${t.hostUnavailable}（${describeError(error)}）`);
  }
  startAutosave();
  startPreview(host);
  window.addEventListener('beforeunload', (event) => {
    if (useWorkspace.getState().saveState !== 'saved') event.preventDefault();
  });
  // Read by the bench (test/e2e/perf): the revision typed and the revision the preview has drawn.
  Object.assign(window, {
    __gazettePerf: {
      revision: () => useWorkspace.getState().revision,
      previewRevision: () => usePreview.getState().revision,
      pageCount: () => usePreview.getState().tree?.pages.length ?? 0,
      /** Ids and body sizes of the documents, to pick the longest one. */
      articles: () => (useWorkspace.getState().issue?.sections ?? []).flatMap((s) => s.articles.map((a) => ({ id: a.id, title: a.meta.title, blocks: a.body.length, chars: a.body.reduce((n, b) => n + blockText(b).length, 0) }))),
    },
  });
  root.render(<App />);
}

void start();
