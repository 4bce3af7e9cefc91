// One page of the preview: a placeholder of the right size until it scrolls near view; then its items are
// fetched from the layout worker and drawn. A newer layout redraws only the pages in view.
import { useEffect, useRef, useState } from 'react';
import { drawPage } from './draw-page';
import type { LoadedFont } from './font-bytes';
import type { PageSummary, TreeSummary } from './worker-messages';
import { requestPage, usePreview } from './preview-controller';
import { t } from '../messages/zh-CN';

interface Props {
  tree: TreeSummary;
  revision: number;
  page: PageSummary;
  index: number;
  width: number;
  fonts: Map<string, LoadedFont>;
  /** `y` is where the page was clicked, in points from its top. */
  onOpen: (page: PageSummary, y: number) => void;
}

export function PageCanvas({ tree, revision, page, index, width, fonts, onOpen }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [inView, setInView] = useState(false);
  const printing = usePreview((s) => s.printing);
  const visible = inView || printing;
  const height = Math.round((width * tree.height) / tree.width);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const observer = new IntersectionObserver((entries) => setInView(entries.some((e) => e.isIntersecting)), { rootMargin: '400px 0px' });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || !visible) return;
    let cancelled = false;
    void requestPage(revision, index).then((node) => {
      if (cancelled || !node) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      drawPage(canvas, tree, node, fonts);
      canvas.dataset.drawn = String(revision);
    });
    return () => {
      cancelled = true;
    };
  }, [visible, tree, revision, index, width, height, fonts]);

  return (
    <figure className="preview-page" data-page={index + 1} data-folio={page.folio ?? ''} data-turned={page.turned ? '' : undefined}>
      <canvas ref={ref} style={{ width, height }} onClick={(e) => onOpen(page, ((e.clientY - e.currentTarget.getBoundingClientRect().top) * tree.width) / width)} aria-label={t.pageLabel(index + 1)} />
      <figcaption>{page.folio ?? ''}</figcaption>
    </figure>
  );
}
