// One page of the preview: a placeholder of the right size until it scrolls near view, then drawn.
import { useEffect, useRef, useState } from 'react';
import type { PageNode, PageTree } from '../../shared/typeset/page-tree';
import { drawPage } from './draw-page';
import type { LoadedFont } from './font-bytes';

interface Props {
  tree: PageTree;
  page: PageNode;
  index: number;
  width: number;
  fonts: Map<string, LoadedFont>;
  onOpen: (page: PageNode) => void;
}

export function PageCanvas({ tree, page, index, width, fonts, onOpen }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const height = Math.round((width * tree.height) / tree.width);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const observer = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), { rootMargin: '600px 0px' });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || !visible) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    drawPage(canvas, tree, page, fonts);
  }, [visible, tree, page, width, height, fonts]);

  return (
    <figure className="preview-page" data-page={index + 1} data-folio={page.folio ?? ''}>
      <canvas ref={ref} style={{ width, height }} onClick={() => onOpen(page)} aria-label={`第${index + 1}页`} />
      <figcaption>{page.folio ?? ''}</figcaption>
    </figure>
  );
}
