// Worker thread of `gazette build --pdf`: imports pdfkit (~200 ms) as soon as it starts, while the main
// thread loads and lays out the issue; then writes the planned pages batch by batch as they arrive (while the
// main thread plans the next), embeds the fonts when the plan's tail comes, and posts the PDF bytes back
// (transferred, not copied). Font files are read here, through the same font source as the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { isInputError } from '../../shared/errors';
import type { PageBatch, PlanHead, PlanTail } from '../../shared/export/pdf/pdf-plan';
import type { PdfRenderer } from '../../shared/export/pdf/render-pdf';
import { createFontSource } from '../services/font-files';

export interface PdfWorkerData {
  /** zlib level for the content and font streams. */
  level: number;
}

/** Messages to the worker: pages (the first one carries the head), then the tail; null: nothing to do. */
export type PdfWorkerMessage = { head?: PlanHead; batch: PageBatch } | { tail: PlanTail } | null;

export type PdfWorkerReply =
  /** doneAt: performance.timeOrigin + performance.now() when the bytes were ready (a time both threads share). */
  | { bytes: Uint8Array; doneAt: number }
  | { error: { message: string; stack?: string; input?: { file: string; place: string } } };

const { level } = workerData as PdfWorkerData;
const module = import('../../shared/export/pdf/render-pdf');
module.catch(() => undefined); // reported when the tail arrives
let renderer: PdfRenderer | undefined;
let failure: unknown;
// Messages are handled one after another (the first waits for pdfkit's import).
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: PdfWorkerMessage) => {
  queue = queue.then(() => handle(message));
});

async function handle(message: PdfWorkerMessage): Promise<void> {
  // One job per worker; with its port closed the worker ends by itself (its code cache is written then).
  if (message === null) return parentPort!.close();
  try {
    if (failure) throw failure;
    const { PdfRenderer } = await module;
    if ('batch' in message) {
      if (message.head) {
        const fonts = createFontSource();
        renderer = new PdfRenderer(message.head, { fontTables: (f) => fonts.tables?.(f.ref), fontBytes: (f) => fonts.read(f.ref), deflate: (b) => deflateSync(b, { level }) });
      }
      renderer!.addPages(message.batch);
      return;
    }
    const bytes = await renderer!.finish(message.tail);
    reply({ bytes, doneAt: performance.timeOrigin + performance.now() });
  } catch (e) {
    failure = e; // kept until the tail, so the error comes back as the answer
    if ('tail' in message) reply(errorReply(e));
  }
}

function reply(answer: PdfWorkerReply): void {
  parentPort!.postMessage(answer, 'bytes' in answer ? [answer.bytes.buffer as ArrayBuffer] : []);
  parentPort!.close();
}

function errorReply(e: unknown): PdfWorkerReply {
  const error = e instanceof Error ? e : new Error(String(e));
  return { error: { message: error.message, stack: error.stack, ...(isInputError(e) ? { input: { file: e.file, place: e.place } } : {}) } };
}
