// The host's menu (Electron) sends commands by name; each maps to what the matching button does.
import type { MenuCommand } from '../../shared/api';
import { useWorkspace } from '../store/workspace';
import { useUi } from '../store/ui';
import { findArticle } from '../store/section-ops';
import { printPages } from '../preview/preview-controller';
import { closeIssue, importWithDialog, openIssue, saveIssue } from './actions';

export function runMenuCommand(command: MenuCommand): void {
  const { issue, selectedArticle } = useWorkspace.getState();
  switch (command) {
    case 'save':
      return void saveIssue();
    case 'saveAs':
      return void saveIssue(true);
    case 'close':
    case 'new':
      return void closeIssue();
    case 'open':
      return void openIssue();
    case 'print':
      if (issue) void printPages();
      return;
    case 'exportPdf':
    case 'exportDocx':
      if (issue) useUi.setState({ exporting: command === 'exportPdf' ? 'pdf' : 'docx' });
      return;
    case 'importFiles': {
      if (!issue) return;
      const section = (selectedArticle && findArticle(issue.sections, selectedArticle)?.section.id) ?? issue.sections[0]?.id;
      if (section) void importWithDialog(section);
      return;
    }
    case 'toggleChecks':
      return useUi.setState((s) => ({ showChecks: !s.showChecks }));
    case 'togglePreview':
      return useUi.setState((s) => ({ showPreview: !s.showPreview }));
    default:
      // undo/redo/find/zoom are handled by the focused editor or the window itself.
      return;
  }
}
