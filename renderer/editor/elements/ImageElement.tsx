// An image block in the editor: the picture itself (read from the host's assets) with its caption.
import { useEffect, useState } from 'react';
import { useSelected, type RenderElementProps } from 'slate-react';
import type { ImageBlock } from '../../../shared/model/blocks';
import { getHost } from '../../app/actions';
import { useWorkspace } from '../../store/workspace';
import { t } from '../../messages/zh-CN';

export function ImageElement({ attributes, children, element }: RenderElementProps & { element: ImageBlock }) {
  const selected = useSelected();
  const docId = useWorkspace((s) => s.docId);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!docId) return;
    let objectUrl: string | null = null;
    getHost()
      .readAsset({ docId, name: element.asset })
      .then((bytes) => {
        if (!bytes) return;
        objectUrl = URL.createObjectURL(new Blob([bytes.slice()]));
        setUrl(objectUrl);
      })
      .catch(() => setUrl(null));
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [docId, element.asset]);
  return (
    <div {...attributes} className={`blk image${selected ? ' is-selected' : ''}`}>
      <div contentEditable={false}>
        {url ? <img src={url} alt={element.caption ?? element.asset} /> : <div className="void-label">{t.imageMissing(element.asset)}</div>}
        {element.caption && <div className="caption">{element.caption}</div>}
      </div>
      {children}
    </div>
  );
}
