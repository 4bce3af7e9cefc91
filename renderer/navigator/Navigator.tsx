// The issue's tree of 栏目 and documents, with undo/redo of structural edits.
import { useWorkspace } from '../store/workspace';
import { addSection } from '../store/section-ops';
import { newId } from '../store/ids';
import { SectionItem } from './SectionItem';
import { t } from '../messages/zh-CN';

export function Navigator() {
  const sections = useWorkspace((s) => s.issue?.sections ?? []);
  const editSections = useWorkspace((s) => s.editSections);
  const canUndo = useWorkspace((s) => s.past.length > 0);
  const canRedo = useWorkspace((s) => s.future.length > 0);
  const undo = useWorkspace((s) => s.undoSections);
  const redo = useWorkspace((s) => s.redoSections);
  return (
    <nav className="navigator" aria-label={t.navTitle}>
      <div className="pane-head">
        <span>{t.navTitle}</span>
        <span className="nav-actions always">
          <button onClick={() => editSections((s) => addSection(s, { id: newId('s'), title: t.newSectionTitle, articles: [] }))}>{t.addSection}</button>
          <button disabled={!canUndo} onClick={undo} aria-label={t.undoTree}>{t.undo}</button>
          <button disabled={!canRedo} onClick={redo} aria-label={t.redoTree}>{t.redo}</button>
        </span>
      </div>
      <ul className="nav-sections">
        {sections.map((section) => <SectionItem key={section.id} section={section} />)}
      </ul>
      <div className="nav-drop-hint">{t.dropHint}</div>
    </nav>
  );
}
