// One document in the tree: recognised title, 文号, page range, number of findings; draggable.
import { memo } from 'react';
import type { Article } from '../../shared/model/issue';
import { useDerived } from '../store/derived';
import { useWorkspace } from '../store/workspace';
import { moveArticle, removeArticle, updateArticle } from '../store/section-ops';
import { t } from '../messages/zh-CN';

export const DRAG_TYPE = 'application/x-gazette-article';

interface Props {
  article: Article;
  /** The 栏目 it is in: a document dropped on this one goes before it, in this 栏目. */
  sectionId: string;
}

// Typing changes one article object; the others keep their identity and skip rendering. Only the title and
// 文号 are shown, so a body edit does not need a re-render either.
export const ArticleItem = memo(ArticleItemView, (a, b) => a.article.meta === b.article.meta && a.article.id === b.article.id && a.sectionId === b.sectionId);

function ArticleItemView({ article, sectionId }: Props) {
  const selected = useWorkspace((s) => s.selectedArticle === article.id);
  const select = useWorkspace((s) => s.select);
  const editSections = useWorkspace((s) => s.editSections);
  const range = useDerived((s) => s.ranges[article.id]);
  const findings = useDerived((s) => s.findings.filter((f) => f.article === article.id).length);
  const title = article.meta.title || t.untitled;

  const rename = () => {
    const next = window.prompt(t.rename, article.meta.title);
    if (next !== null && next.trim() !== '' && next !== article.meta.title) {
      editSections((sections) => updateArticle(sections, article.id, (a) => ({ ...a, meta: { ...a.meta, title: next.trim() } })));
    }
  };
  const remove = () => {
    if (window.confirm(t.confirmRemoveArticle(title))) editSections((sections) => removeArticle(sections, article.id));
  };

  return (
    <li
      className={`nav-article${selected ? ' selected' : ''}`}
      data-article={article.id}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, article.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
      }}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (!id) return;
        e.preventDefault();
        e.stopPropagation();
        // Read the tree at drop time: this item may not have re-rendered since the tree last changed.
        editSections((sections) => {
          const others = sections.find((s) => s.id === sectionId)?.articles.filter((a) => a.id !== id) ?? [];
          return moveArticle(sections, id, sectionId, others.findIndex((a) => a.id === article.id));
        });
      }}
      onClick={() => select(article.id)}
    >
      <div className="nav-article-title" title={title}>{title}</div>
      <div className="nav-article-info">
        {article.meta.docNo && <span className="doc-no">{article.meta.docNo}</span>}
        {range && <span className="pages">{t.pages(range.from, range.to)}</span>}
        {findings > 0 && <span className="findings">{t.findingsCount(findings)}</span>}
      </div>
      <div className="nav-actions">
        <button onClick={(e) => (e.stopPropagation(), rename())}>{t.rename}</button>
        <button onClick={(e) => (e.stopPropagation(), remove())}>{t.remove}</button>
      </div>
    </li>
  );
}
