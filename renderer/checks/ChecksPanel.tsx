// The checker's findings for the issue: click to jump to the place, one click to fix where the rule has one.
import { useDerived } from '../store/derived';
import { useWorkspace } from '../store/workspace';
import { findArticle } from '../store/section-ops';
import { applyFixes } from '../../shared/check/apply-fixes';
import type { Finding } from '../../shared/check/run-checks';
import { t } from '../messages/zh-CN';

export function ChecksPanel() {
  const findings = useDerived((s) => s.findings);
  const jumpTo = useWorkspace((s) => s.jumpTo);
  const editSections = useWorkspace((s) => s.editSections);
  const titleOf = (id: string) => {
    const sections = useWorkspace.getState().issue?.sections ?? [];
    return findArticle(sections, id)?.article.meta.title ?? '';
  };
  const fix = (chosen: Finding[]) => {
    const issue = useWorkspace.getState().issue;
    if (!issue) return;
    // Fixes change document text: undoable from the tree's undo, and open editors reload (bodies: true).
    editSections(() => applyFixes(issue, chosen).sections, { bodies: true });
  };
  const fixable = findings.filter((f) => f.fix !== undefined && f.article);
  return (
    <section className="checks" aria-label={t.checksTitle}>
      <div className="pane-head">
        <span>{t.checksTitle}</span>
        <span>{findings.length}</span>
        {fixable.length > 1 && <button onClick={() => fix(fixable)}>{t.fixAll}（{fixable.length}）</button>}
      </div>
      {findings.length === 0 ? <p className="hint">{t.checksNone}</p> : (
        <ul data-testid="findings">
          {findings.map((f, i) => (
            <li key={i} className={`finding ${f.severity}`}>
              <button className="link" onClick={() => f.article && jumpTo({ articleId: f.article, block: f.block, offset: f.offset, ...(f.field ? { field: f.field } : {}) })}>
                <span className="sev">{t.severity[f.severity]}</span> {f.message}
                <span className="where">{f.article ? titleOf(f.article) : ''} “{f.text}”</span>
              </button>
              {f.fix !== undefined && f.article && <button onClick={() => fix([f])}>{t.fix}：{f.fix || t.fixDelete}</button>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
