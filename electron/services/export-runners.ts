// How an export job is run: in a separate process (cancel = kill it; the UI and the main process stay
// responsive), or in this process (tests, CLI). The process itself comes from a ForkPort: Electron's
// utilityProcess.fork in the app, child_process.fork with tsx in the web host.
import { InputError } from '../../shared/errors';
import type { FontSource } from '../../shared/fonts/font-source';
import { runExportJob, type ExportJob, type Progress } from './export-job';
import type { WorkerMessage, WorkerRequest } from './export-worker';

export type ExportRunner = (job: ExportJob, progress: Progress, signal: AbortSignal) => Promise<Uint8Array>;

export class CanceledError extends Error {
  constructor() {
    super('已取消');
  }
}

/** A started worker process, reduced to what the runner needs. */
export interface WorkerProcess {
  postMessage(message: WorkerRequest): void;
  onMessage(listener: (message: WorkerMessage) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type ForkPort = () => WorkerProcess;

export function forkRunner(fork: ForkPort, fonts: { bundledFonts: string; systemFonts: string[] }): ExportRunner {
  return (job, progress, signal) =>
    new Promise<Uint8Array>((resolve, reject) => {
      if (signal.aborted) return reject(new CanceledError());
      const worker = fork();
      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        fn();
      };
      const onAbort = () => {
        worker.kill();
        finish(() => reject(new CanceledError()));
      };
      signal.addEventListener('abort', onAbort);
      worker.onMessage((message) => {
        if (message.type === 'progress') progress(message.fraction, message.stage);
        else if (message.type === 'done') finish(() => resolve(new Uint8Array(message.bytes)));
        else finish(() => reject(message.input ? new InputError('', '', message.message) : new Error(message.message)));
      });
      worker.onExit((code) => finish(() => reject(new Error(`导出进程意外退出（代码 ${code}）`))));
      worker.postMessage({ job, ...fonts });
    });
}

export function inProcessRunner(fonts: FontSource): ExportRunner {
  return async (job, progress, signal) => {
    const bytes = await runExportJob(job, fonts, progress, signal);
    if (signal.aborted) throw new CanceledError();
    return bytes;
  };
}
