// The main thread's side of the PDF worker (pdf-worker.ts): starts it, hands it the issue to proofread and the
// planned pages batch by batch, and turns its answers back into bytes, findings or the one-line error.
// Every answer is undefined when the worker could not start or died: the caller then does the work itself.
import type { Worker } from 'node:worker_threads';
import { InputError } from '../../shared/errors';
import { BATCH_PAGES, PdfPlanner, tailTransferables, type PageBatch, type PdfAssets } from '../../shared/export/pdf/pdf-plan';
import type { FontSource } from '../../shared/fonts/font-source';
import type { Issue } from '../../shared/model/issue';
import type { PageTree } from '../../shared/typeset/page-tree';
import type { ChecksAnswer, PdfWorkerData, PdfWorkerMessage, PdfWorkerReply } from './pdf-worker';
import { startWorker } from './start-worker';

type PdfAnswer = Exclude<PdfWorkerReply, { checked: ChecksAnswer }>;

export class PdfWorkerClient {
  /** A plan was posted: the worker ends by itself after answering. */
  private asked = false;
  private readonly pdf: Promise<PdfAnswer | undefined>;
  private readonly checked: Promise<ChecksAnswer | undefined>;

  private constructor(private readonly worker: Worker) {
    let pdf!: (a: PdfAnswer | undefined) => void;
    let checked!: (a: ChecksAnswer | undefined) => void;
    this.pdf = new Promise((done) => (pdf = done));
    this.checked = new Promise((done) => (checked = done));
    worker.on('message', (reply: PdfWorkerReply) => ('checked' in reply ? checked(reply.checked) : pdf(reply)));
    // Failing or exiting settles whatever is still awaited (also when that happens before anyone waits).
    const gone = () => {
      pdf(undefined);
      checked(undefined);
    };
    worker.once('error', gone);
    worker.once('exit', gone);
  }

  /** The worker, or undefined where no worker thread can be started (the caller renders on its own thread). */
  static start(data: PdfWorkerData): PdfWorkerClient | undefined {
    try {
      return new PdfWorkerClient(startWorker('electron/cli/pdf-worker.ts', data));
    } catch {
      return undefined;
    }
  }

  /** Proofreads the issue in the worker while this thread lays it out. */
  proofread(issue: Issue): void {
    this.post({ check: issue });
  }

  /** The findings (undefined when the worker could not give them: proofread here then). */
  async findings(): Promise<Extract<ChecksAnswer, { findings: unknown }> | undefined> {
    const answer = await this.checked;
    return answer && 'findings' in answer ? answer : undefined;
  }

  /** Plans the tree here batch by batch while the worker writes the pages; the PDF and when the worker had it
   *  (performance.timeOrigin-based), or undefined when the worker died. A render error is thrown. */
  async writePdf(tree: PageTree, fonts: FontSource, assets: PdfAssets, deflate?: (b: Uint8Array) => Uint8Array): Promise<{ bytes: Uint8Array; doneAt: number } | undefined> {
    // Pages are deflated here as they are planned: the worker, which also compresses the font programs,
    // then keeps up with the planning and has little left to do at the end.
    const planner = new PdfPlanner(tree, fonts, assets, deflate);
    this.asked = true;
    let batch: PageBatch | undefined = planner.nextBatch(BATCH_PAGES) ?? { content: new Uint8Array(0), pages: [], images: {} };
    this.post({ head: planner.head(), batch }, transferables(batch));
    while ((batch = planner.nextBatch(BATCH_PAGES))) this.post({ batch }, transferables(batch));
    const tail = planner.tail();
    // A face the worker cannot find by file name (an installed font named by family) travels with the plan.
    for (const f of tail.fonts) if (!f.ref.file) f.bytes = fonts.read(f.ref);
    this.post({ tail }, tailTransferables(tail));
    const reply = await this.pdf;
    if (!reply) return undefined;
    if ('bytes' in reply) return reply;
    const { input, message } = reply.error;
    throw input ? new InputError(input.file, input.place, message) : new Error(message);
  }

  /** Done with the worker: one never given a plan (the build failed first, or made no PDF) is told to end and
   *  does not keep the process waiting; one that answered ends by itself. */
  close(): void {
    if (this.asked) return;
    this.post(null);
    this.worker.unref();
  }

  private post(message: PdfWorkerMessage, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }
}

const transferables = (batch: PageBatch): ArrayBuffer[] => [batch.content.buffer as ArrayBuffer, ...(batch.glyphs ?? []).map((g) => g.gids.buffer as ArrayBuffer)];
