// Worker thread of `gazette build --pdf`: imports pdfkit (~200 ms) as soon as it starts, while the main
// thread loads and lays out the issue, then turns the posted PdfPlan into PDF bytes and posts them back
// (transferred, not copied). Font files are read here, through the same font source as the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { isInputError } from '../../shared/errors';
import type { PdfPlan } from '../../shared/export/pdf/pdf-plan';
import { createFontSource } from '../services/font-files';

export interface PdfWorkerData {
  /** zlib level for the content and font streams. */
  level: number;
}

export type PdfWorkerReply =
  | { bytes: Uint8Array }
  | { error: { message: string; stack?: string; input?: { file: string; place: string } } };

const renderer = import('../../shared/export/pdf/render-pdf');
renderer.catch(() => undefined); // reported when a plan arrives
const { level } = workerData as PdfWorkerData;

/** A plan to render, or null: nothing to do (the build failed before it had a plan). */
parentPort!.on('message', async (plan: PdfPlan | null) => {
  // One job per worker; with its port closed the worker ends by itself (its code cache is written then).
  if (plan === null) return parentPort!.close();
  let reply: PdfWorkerReply;
  try {
    const { renderPdf } = await renderer;
    const fonts = createFontSource();
    const bytes = await renderPdf(plan, { fontBytes: (f) => fonts.read(f.ref), deflate: (b) => deflateSync(b, { level }) });
    reply = { bytes };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    reply = { error: { message: error.message, stack: error.stack, ...(isInputError(e) ? { input: { file: e.file, place: e.place } } : {}) } };
  }
  parentPort!.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
  parentPort!.close();
});
