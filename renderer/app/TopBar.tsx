// The bar above the workspace: issue name and number, save state, file and export commands.
import { useWorkspace } from '../store/workspace';
import { closeIssue, saveIssue } from './actions';
import { printPages } from '../preview/preview-controller';
import { t } from '../messages/zh-CN';

export function TopBar({ onExport, onToggleChecks }: { onExport: (format: 'pdf' | 'docx') => void; onToggleChecks: () => void }) {
  const meta = useWorkspace((s) => s.issue!.meta);
  const file = useWorkspace((s) => s.file);
  const saveState = useWorkspace((s) => s.saveState);
  const autosavedAt = useWorkspace((s) => s.autosavedAt);
  const view = useWorkspace((s) => s.view);
  const showMeta = useWorkspace((s) => s.showMeta);
  const status = saveState === 'saving' ? t.saving : saveState === 'unsaved' ? t.unsaved : t.saved;
  return (
    <header className="top-bar">
      <div className="issue-name">
        <strong>{meta.name}</strong> <span>{t.issueLabel(meta.year, meta.issue, meta.cumulative)}</span>
        {file && <span className="hint"> · {file.name}</span>}
      </div>
      <div className={`save-state ${saveState}`} data-testid="save-state" data-state={saveState}>
        {saveState === 'unsaved' && <span className="dot" aria-hidden>●</span>}
        {status}
        {autosavedAt && saveState === 'unsaved' && <span className="hint"> · {t.autosavedAt(autosavedAt)}</span>}
      </div>
      <nav className="commands">
        <button aria-pressed={view === 'meta'} onClick={() => showMeta(view !== 'meta')}>{t.menuMeta}</button>
        <button onClick={() => void saveIssue()} title="Ctrl+S">{t.menuSave}</button>
        <button onClick={() => void saveIssue(true)}>{t.menuSaveAs}</button>
        <button onClick={onToggleChecks}>{t.menuChecks}</button>
        <button onClick={() => onExport('pdf')}>{t.menuExportPdf}</button>
        <button onClick={() => onExport('docx')}>{t.menuExportDocx}</button>
        <button onClick={() => void printPages()}>{t.menuPrint}</button>
        <button onClick={() => void closeIssue()}>{t.menuClose}</button>
      </nav>
    </header>
  );
}
