// One 栏目 in the tree: its documents, a drop target for documents and files, rename/delete/import.
import type { Section } from '../../shared/model/issue';
import { useWorkspace } from '../store/workspace';
import { addArticles, moveArticle, removeSection, renameSection } from '../store/section-ops';
import { newId } from '../store/ids';
import { importDropped, importWithDialog } from '../app/actions';
import { ArticleItem, DRAG_TYPE } from './ArticleItem';
import { t } from '../messages/zh-CN';

export function SectionItem({ section }: { section: Section }) {
  const editSections = useWorkspace((s) => s.editSections);
  const select = useWorkspace((s) => s.select);
  const moveTo = (articleId: string, index: number) => editSections((sections) => moveArticle(sections, articleId, section.id, index));

  const rename = () => {
    const next = window.prompt(t.rename, section.title);
    if (next !== null && next.trim() !== '' && next !== section.title) editSections((s) => renameSection(s, section.id, next.trim()));
  };
  const remove = () => {
    if (window.confirm(t.confirmRemoveSection(section.title, section.articles.length))) editSections((s) => removeSection(s, section.id));
  };
  const addArticle = () => {
    const article = { id: newId('a'), kind: 'document' as const, meta: { title: t.newArticleTitle }, body: [{ type: 'paragraph' as const, children: [{ text: '' }] }] };
    editSections((s) => addArticles(s, section.id, [article]));
    select(article.id);
  };

  return (
    <li
      className="nav-section"
      data-section={section.id}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE) || e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (id) moveTo(id, section.articles.filter((a) => a.id !== id).length);
        else if (e.dataTransfer.files.length > 0) void importDropped(section.id, Array.from(e.dataTransfer.files));
      }}
    >
      <div className="nav-section-head">
        <span className="nav-section-title">{section.title}</span>
        <span className="nav-actions">
          <button onClick={addArticle}>{t.addArticle}</button>
          <button onClick={() => void importWithDialog(section.id)}>{t.importFiles}</button>
          <button onClick={rename}>{t.rename}</button>
          <button onClick={remove}>{t.remove}</button>
        </span>
      </div>
      <ul className="nav-articles">
        {section.articles.length === 0 && <li className="nav-empty">{t.emptySection}</li>}
        {section.articles.map((article) => (
          <ArticleItem key={article.id} article={article} sectionId={section.id} />
        ))}
      </ul>
    </li>
  );
}
