// Export to PDF or DOCX with a progress bar and cancel; when done, the file's name and "open its folder".
import { useEffect, useRef, useState } from 'react';
import type { FileHandle } from '../../shared/api';
import { getHost } from '../app/actions';
import { describeError } from '../app/describe-error';
import { useWorkspace } from '../store/workspace';
import { newId } from '../store/ids';
import { t } from '../messages/zh-CN';

type Phase = { kind: 'running'; fraction: number; stage: string } | { kind: 'done'; file: FileHandle } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export function ExportDialog({ format, onClose }: { format: 'pdf' | 'docx'; onClose: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'running', fraction: 0, stage: '' });
  const jobId = useRef(newId('job')).current;

  useEffect(() => {
    const host = getHost();
    const { issue, docId } = useWorkspace.getState();
    if (!issue || !docId) return;
    const unsubscribe = host.onEvent((event) => {
      if (event.type === 'export-progress' && event.jobId === jobId) {
        setPhase((p) => (p.kind === 'running' ? { kind: 'running', fraction: event.fraction, stage: event.stage } : p));
      }
    });
    const request = { docId, issue, jobId };
    (format === 'pdf' ? host.exportPdf(request) : host.exportDocx(request)).then(
      (result) => setPhase(result.status === 'done' ? { kind: 'done', file: result.file } : { kind: 'cancelled' }),
      (error) => setPhase({ kind: 'failed', message: describeError(error) }),
    );
    return unsubscribe;
  }, [format, jobId]);

  const cancel = () => void getHost().cancelExport({ jobId }).catch(() => undefined);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-label={t.exportTitle(format.toUpperCase())}>
        <h2>{t.exportTitle(format.toUpperCase())}</h2>
        {phase.kind === 'running' && (
          <>
            <progress max={1} value={phase.fraction} aria-label={t.exportRunning} />
            <p className="hint">{phase.stage || t.exportRunning}</p>
            <button onClick={cancel}>{t.cancelExport}</button>
          </>
        )}
        {phase.kind === 'done' && (
          <>
            <p role="status" data-testid="export-done" data-handle={phase.file.handle}>{t.exportDone(phase.file.name)}</p>
            <button onClick={() => void getHost().revealFile({ handle: phase.file.handle }).catch(() => undefined)}>{t.openFolder}</button>
            <button className="primary" onClick={onClose}>{t.close}</button>
          </>
        )}
        {phase.kind === 'cancelled' && (<><p role="status">{t.exportCancelled}</p><button onClick={onClose}>{t.close}</button></>)}
        {phase.kind === 'failed' && (<><p role="alert" className="error">{t.exportFailed(phase.message)}</p><button onClick={onClose}>{t.close}</button></>)}
      </div>
    </div>
  );
}
