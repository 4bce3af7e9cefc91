// The window: start screen or workspace, notices, recovery prompt; global shortcuts and host menu commands.
import { useEffect } from 'react';
import { useWorkspace } from '../store/workspace';
import { StartScreen } from '../dialogs/StartScreen';
import { RecoveryPrompt } from '../dialogs/RecoveryPrompt';
import { Workspace } from './Workspace';
import { Notices } from './Notices';
import { ErrorBoundary } from './ErrorBoundary';
import { getHost, saveIssue } from './actions';
import { runMenuCommand } from './menu-commands';

export function App() {
  const hasIssue = useWorkspace((s) => s.issue !== null);
  const notify = useWorkspace((s) => s.notify);
  const load = useWorkspace((s) => s.load);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 's') {
        e.preventDefault();
        void saveIssue(e.shiftKey);
      }
    };
    window.addEventListener('keydown', onKey);
    const off = getHost().onEvent((event) => {
      if (event.type === 'menu') runMenuCommand(event.command);
      else if (event.type === 'file-opened') load(event.snapshot);
      else if (event.type === 'error') notify({ kind: 'error', text: event.message });
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [load, notify]);

  return (
    <ErrorBoundary resetKey={hasIssue}>
      {hasIssue ? <Workspace /> : <StartScreen />}
      <Notices />
      <RecoveryPrompt />
    </ErrorBoundary>
  );
}
