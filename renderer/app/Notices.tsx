// Messages for the clerk: errors stay until dismissed, information fades after a few seconds.
import { useEffect } from 'react';
import { useWorkspace } from '../store/workspace';
import { t } from '../messages/zh-CN';

export function Notices() {
  const notices = useWorkspace((s) => s.notices);
  const dismiss = useWorkspace((s) => s.dismiss);
  const dismissInfo = useWorkspace((s) => s.dismissInfo);
  useEffect(() => {
    if (!notices.some((n) => n.kind === 'info')) return;
    const timer = setTimeout(dismissInfo, 6000);
    return () => clearTimeout(timer);
  }, [notices, dismissInfo]);
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
