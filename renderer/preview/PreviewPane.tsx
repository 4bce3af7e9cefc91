// The live page preview beside the editor: page count, the 目录 with live numbers, the pages themselves.
import { useEffect, useState } from 'react';
import type { PageSummary } from './worker-messages';
import { useWorkspace } from '../store/workspace';
import { useDerived } from '../store/derived';
import { usePreview } from './preview-controller';
import { loadFonts, type LoadedFont } from './font-bytes';
import { PageCanvas } from './PageCanvas';
import { getHost } from '../app/actions';
import { t } from '../messages/zh-CN';

const PAGE_WIDTH = 300;

export function PreviewPane() {
  const tree = usePreview((s) => s.tree);
  const busy = usePreview((s) => s.busy);
  const revision = usePreview((s) => s.revision);
  const profile = useWorkspace((s) => s.issue?.profile);
  const jumpTo = useWorkspace((s) => s.jumpTo);
  const pageCount = useDerived((s) => s.pageCount);
  const toc = useDerived((s) => s.toc);
  const error = useDerived((s) => s.layoutError);
  const [fonts, setFonts] = useState<Map<string, LoadedFont> | null>(null);

  useEffect(() => {
    if (profile) loadFonts(getHost(), profile).then(setFonts, () => setFonts(new Map()));
  }, [profile]);

  // The document whose text is where the page was clicked: the last one starting above that point,
  // else the one continuing from the previous page.
  const open = (page: PageSummary, y: number) => {
    const above = page.starts.filter((s) => s.y <= y + 12).at(-1);
    const articleId = above?.id ?? page.articles[0];
    if (articleId) jumpTo({ articleId, block: 0, offset: 0 });
  };

  return (
    <aside className="preview" aria-label={t.previewTitle}>
      <div className="pane-head">
        <span>{t.previewTitle}</span>
        <span className="page-count" data-testid="page-count">{tree ? t.pageCount(pageCount) : ''}</span>
        {busy && <span className="hint">{t.previewUpdating}</span>}
      </div>
      {error && <div className="notice error" role="status">{error}</div>}
      {toc.length > 0 && (
        <details className="toc" open>
          <summary>{t.tocTitle}</summary>
          <ol data-testid="toc">
            {toc.map((line) => (
              <li key={line.articleId} data-article={line.articleId} data-pdf-page={line.pdfPage} onClick={() => jumpTo({ articleId: line.articleId, block: 0, offset: 0 })}>
                <span className="toc-title">{line.title}</span>
                <span className="toc-page">{line.page}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
      <div className="pages" data-testid="preview-pages" data-revision={revision}>
        {!fonts && <p className="hint">{t.fontsLoading}</p>}
        {tree && fonts && tree.pages.map((page, index) => (
          <PageCanvas key={index} tree={tree} revision={revision} page={page} index={index} width={PAGE_WIDTH} fonts={fonts} onOpen={open} />
        ))}
      </div>
    </aside>
  );
}
