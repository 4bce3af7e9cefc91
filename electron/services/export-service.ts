// ExportService: PDF and DOCX jobs with progress and cancel. The bytes come from a runner (a separate
// process in the app); the file is written atomically, so a cancelled or failed export never leaves a
// half-written PDF where the old one was.
import type { Issue } from '../../shared/model/issue';
import { writeFileExplained } from './write-errors';
import { CanceledError, type ExportRunner } from './export-runners';
import type { ExportKind } from './export-job';

export interface ExportOutcome {
  status: 'done' | 'canceled';
  bytes: number;
}

export class ExportService {
  private readonly jobs = new Map<string, AbortController>();

  constructor(private readonly runner: ExportRunner) {}

  async run(
    jobId: string,
    kind: ExportKind,
    issue: Issue,
    assets: Map<string, Uint8Array>,
    target: string,
    onProgress: (fraction: number, stage: string) => void,
  ): Promise<ExportOutcome> {
    if (this.jobs.has(jobId)) throw new Error(`导出任务 ${jobId} 已在进行`);
    const controller = new AbortController();
    this.jobs.set(jobId, controller);
    try {
      const bytes = await this.runner({ kind, issue, assets: [...assets] }, onProgress, controller.signal);
      if (controller.signal.aborted) return { status: 'canceled', bytes: 0 };
      await writeFileExplained(target, bytes, '导出');
      return { status: 'done', bytes: bytes.length };
    } catch (error) {
      if (error instanceof CanceledError || controller.signal.aborted) return { status: 'canceled', bytes: 0 };
      throw error;
    } finally {
      this.jobs.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job) return false;
    job.abort();
    return true;
  }

  get running(): number {
    return this.jobs.size;
  }
}
