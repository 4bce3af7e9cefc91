// After a crash: offer what the autosave journal holds, restore or discard it.
import { useEffect, useState } from 'react';
import type { RecoveryEntry } from '../../shared/api';
import { getHost } from '../app/actions';
import { useWorkspace } from '../store/workspace';
import { describeError } from '../app/describe-error';
import { t } from '../messages/zh-CN';

export function RecoveryPrompt() {
  const [entries, setEntries] = useState<RecoveryEntry[]>([]);
  const load = useWorkspace((s) => s.load);
  const notify = useWorkspace((s) => s.notify);
  useEffect(() => {
    const refresh = () => getHost().listRecovery(null).then(setEntries, () => setEntries([]));
    refresh();
    return getHost().onEvent((event) => {
      if (event.type === 'recovery-available') refresh();
    });
  }, []);
  const entry = entries[0];
  if (!entry) return null;
  const drop = () => setEntries((list) => list.filter((e) => e.id !== entry.id));
  const restore = async () => {
    try {
      load(await getHost().recover({ id: entry.id }), true);
    } catch (error) {
      notify({ kind: 'error', text: t.openFailed(describeError(error)) });
    }
    drop();
  };
  const discard = async () => {
    await getHost().discardRecovery({ id: entry.id }).catch(() => undefined);
    drop();
  };
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-label={t.recoveryTitle}>
        <h2>{t.recoveryTitle}</h2>
        <p>{entry.title}</p>
        <p>{t.recoveryText(new Date(entry.savedAt).toLocaleString('zh-CN', { hour12: false }))}</p>
        <button className="primary" onClick={() => void restore()}>{t.recoveryRestore}</button>
        <button onClick={() => void discard()}>{t.recoveryDiscard}</button>
      </div>
    </div>
  );
}
