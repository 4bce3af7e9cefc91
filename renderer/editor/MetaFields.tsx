// The document's fields above the body: 标题, 文号, 主送, 署名, 日期, 附注 — with what the importer recognised.
import type { Article, ArticleMeta } from '../../shared/model/issue';
import { useWorkspace } from '../store/workspace';
import { findArticle } from '../store/section-ops';
import { t } from '../messages/zh-CN';

const FIELDS: Array<{ key: keyof ArticleMeta; label: string; wide?: boolean; multiline?: boolean }> = [
  { key: 'title', label: t.fieldTitle, wide: true, multiline: true },
  { key: 'docNo', label: t.fieldDocNo },
  { key: 'recipients', label: t.fieldRecipients, wide: true },
  { key: 'signer', label: t.fieldSigner },
  { key: 'date', label: t.fieldDate },
  { key: 'note', label: t.fieldNote },
];

export function MetaFields({ articleId }: { articleId: string }) {
  // The article object changes with every keystroke in the body; the fields only need its meta, kind and source.
  const meta = useWorkspace((s) => (s.issue ? findArticle(s.issue.sections, articleId)?.article.meta : undefined));
  const kind = useWorkspace((s) => (s.issue ? findArticle(s.issue.sections, articleId)?.article.kind : undefined));
  const source = useWorkspace((s) => (s.issue ? findArticle(s.issue.sections, articleId)?.article.source : undefined));
  const setArticleMeta = useWorkspace((s) => s.setArticleMeta);
  const setArticleKind = useWorkspace((s) => s.setArticleKind);
  if (!meta || !kind) return null;
  const article = { id: articleId, meta, kind, source };
  const update = (key: keyof ArticleMeta, value: string) => {
    const meta: ArticleMeta = { ...article.meta };
    if (key === 'title') meta.title = value;
    else if (value === '') delete meta[key];
    else (meta as unknown as Record<string, string>)[key] = value;
    if (key === 'title') delete meta.titleLines;
    setArticleMeta(article.id, meta);
  };
  return (
    <div className="meta-fields" data-testid="meta-fields">
      {FIELDS.map(({ key, label, wide, multiline }) => {
        const source = article.source?.fields?.[key];
        const value = String(article.meta[key] ?? '');
        const common = {
          'aria-label': label,
          'data-field': key,
          value,
          title: source ? t.recognised(source.rule ?? '', source.confidence) : undefined,
          className: source ? 'recognised' : undefined,
        };
        return (
          <label key={key} className={`field${wide ? ' wide' : ''}`}>
            <span>{label}</span>
            {multiline ? (
              <textarea {...common} rows={Math.min(3, Math.max(1, Math.ceil(value.length / 30)))} onChange={(e) => update(key, e.target.value.replace(/\n/g, ''))} />
            ) : (
              <input {...common} type={key === 'date' ? 'date' : 'text'} onChange={(e) => update(key, e.target.value)} />
            )}
          </label>
        );
      })}
      <label className="field">
        <span>{t.fieldKind}</span>
        <select aria-label={t.fieldKind} value={article.kind} onChange={(e) => setArticleKind(article.id, e.target.value as Article['kind'])}>
          {Object.entries(t.kinds).map(([kind, label]) => <option key={kind} value={kind}>{label}</option>)}
        </select>
      </label>
      {article.source && <div className="source-note">{t.sourceFile(article.source.file)}{article.source.notes?.length ? `；${article.source.notes.join('；')}` : ''}</div>}
    </div>
  );
}
