// Messages for the clerk: errors stay until dismissed, information fades after a few seconds.
import { useEffect } from 'react';
import { useWorkspace } from '../store/workspace';
import { t } from '../messages/zh-CN';

export function Notices() {
  const notices = useWorkspace((s) => s.notices);
  const dismiss = useWorkspace((s) => s.dismiss);
  useEffect(() => {
    const last = notices.length - 1;
    if (last < 0 || notices[last]!.kind !== 'info') return;
    const timer = setTimeout(() => dismiss(last), 5000);
    return () => clearTimeout(timer);
  }, [notices, dismiss]);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n, i) => (
        <div key={i} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button onClick={() => dismiss(i)} aria-label={t.close}>×</button>
        </div>
      ))}
    </div>
  );
}
