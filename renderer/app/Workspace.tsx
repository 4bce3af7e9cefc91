// The open issue: navigator | editor or metadata form | preview, with the checks panel and export dialog.
import { useWorkspace } from '../store/workspace';
import { findArticle } from '../store/section-ops';
import { Navigator } from '../navigator/Navigator';
import { ArticleEditor } from '../editor/ArticleEditor';
import { MetaForm } from '../dialogs/MetaForm';
import { ExportDialog } from '../dialogs/ExportDialog';
import { PreviewPane } from '../preview/PreviewPane';
import { ChecksPanel } from '../checks/ChecksPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { TopBar } from './TopBar';
import { useUi } from '../store/ui';
import { importDropped } from './actions';
import { t } from '../messages/zh-CN';

export function Workspace() {
  const view = useWorkspace((s) => s.view);
  const selected = useWorkspace((s) => s.selectedArticle);
  // Only whether the selected document exists: typing must not re-render the workspace.
  const exists = useWorkspace((s) => Boolean(s.selectedArticle && s.issue && findArticle(s.issue.sections, s.selectedArticle)));
  const exporting = useUi((s) => s.exporting);
  const showChecks = useUi((s) => s.showChecks);
  const showPreview = useUi((s) => s.showPreview);
  // Fixes (and their undo) change the model under an open editor: remount it from the model.
  const epoch = useWorkspace((s) => s.bodyEpoch);

  const onDrop = (e: React.DragEvent) => {
    if (e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    const { issue, selectedArticle } = useWorkspace.getState();
    if (!issue) return;
    const target = (selectedArticle && findArticle(issue.sections, selectedArticle)?.section.id) ?? issue.sections[0]?.id;
    if (target) void importDropped(target, Array.from(e.dataTransfer.files));
  };

  return (
    <div className="workspace" onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()} onDrop={onDrop}>
      <TopBar onExport={(format) => useUi.setState({ exporting: format })} onToggleChecks={() => useUi.setState((s) => ({ showChecks: !s.showChecks }))} />
      <div className={`columns${showPreview ? '' : ' no-preview'}`}>
        <ErrorBoundary resetKey="nav"><Navigator /></ErrorBoundary>
        <main className="center">
          <ErrorBoundary resetKey={`${view}:${selected}:${epoch}`}>
            {view === 'meta' ? <MetaForm /> : exists && selected ? <ArticleEditor key={`${selected}:${epoch}`} articleId={selected} /> : <p className="hint empty-editor">{t.noArticle}</p>}
          </ErrorBoundary>
          {showChecks && <ErrorBoundary resetKey="checks"><ChecksPanel /></ErrorBoundary>}
        </main>
        {showPreview && <ErrorBoundary resetKey="preview"><PreviewPane /></ErrorBoundary>}
      </div>
      {exporting && <ExportDialog format={exporting} onClose={() => useUi.setState({ exporting: null })} />}
    </div>
  );
}
