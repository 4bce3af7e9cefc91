// Entry of the export process: an Electron utility process (process.parentPort) or a Node child forked by
// the web host (process.send). Receives one job, posts progress, then the bytes or an error, and exits.
import { isInputError } from '../../shared/errors';
import { FontService } from './font-service';
import { runExportJob, type ExportJob } from './export-job';

export interface WorkerRequest {
  job: ExportJob;
  bundledFonts: string;
  systemFonts: string[];
}

export type WorkerMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'failed'; message: string; input: boolean };

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function post(message: WorkerMessage): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

async function handle(request: WorkerRequest): Promise<void> {
  try {
    // The same font resolution as the preview (FontService), so the PDF uses the faces the clerk saw.
    const service = new FontService({ bundledFonts: request.bundledFonts, systemFonts: request.systemFonts });
    const fonts = { read: (ref: Parameters<FontService['read']>[0]) => service.read(ref) ?? undefined };
    const bytes = await runExportJob(request.job, fonts, (fraction, stage) => post({ type: 'progress', fraction, stage }));
    post({ type: 'done', bytes });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error), input: isInputError(error) });
  }
}

if (parentPort) parentPort.on('message', (event) => void handle(event.data as WorkerRequest).then(() => process.exit(0)));
else process.once('message', (message) => void handle(message as WorkerRequest).then(() => process.disconnect?.()));
