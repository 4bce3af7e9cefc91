// Worker thread of `gazette build --pdf`: imports pdfkit (100–200 ms) as soon as it starts, while the main
// thread loads and lays out the issue; then writes the planned pages batch by batch as they arrive (while the
// main thread plans the next) and compresses the fonts' charstrings as their glyphs first appear, embeds the
// fonts when the plan's tail comes, and posts the PDF bytes back (transferred, not copied). Font files are
// read here: a bundled face's CFF table piecewise (only the charstrings used), others through a font source
// like the main thread's.
// With --report it also proofreads the issue (runChecks) while the main thread lays it out: the worker is
// otherwise idle then, and the checks cost the main thread a few hundred ms on a 300-page issue.
import { parentPort, workerData } from 'node:worker_threads';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { isInputError } from '../../shared/errors';
import type { PageBatch, PlanHead, PlanTail } from '../../shared/export/pdf/pdf-plan';
import type { Finding } from '../../shared/check/run-checks';
import type { Issue } from '../../shared/model/issue';
import type { FontRef } from '../../shared/profiles/profile';
import type { PdfRenderer } from '../../shared/export/pdf/render-pdf';
import { BUNDLED_FONT_DIR, createFontSource } from '../services/font-files';
import { cffTableIn, SparseCff } from '../../shared/export/pdf/sparse-cff';
import { existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

export interface PdfWorkerData {
  /** zlib level for the content and font streams. */
  level: number;
}

/** Messages to the worker: the issue to proofread (optional, first), pages (the first batch carries the
 *  head), then the tail; null: nothing (more) to do. */
export type PdfWorkerMessage = { check: Issue } | { head?: PlanHead; batch: PageBatch } | { tail: PlanTail } | null;

/** The proofreading's answer, with the fonts the checks found missing or damaged (the report names them). */
export type ChecksAnswer = { findings: Finding[]; unavailable: FontRef[]; damaged: Array<{ ref: FontRef; message: string }> } | { error: string };

export type PdfWorkerReply =
  | { checked: ChecksAnswer }
  /** doneAt: performance.timeOrigin + performance.now() when the bytes were ready (a time both threads share). */
  | { bytes: Uint8Array; doneAt: number }
  | { error: { message: string; stack?: string; input?: { file: string; place: string } } };

const { level } = workerData as PdfWorkerData;
const fonts = createFontSource();
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
  if ('check' in message) return proofread(message.check);
  try {
    if (failure) throw failure;
    const { PdfRenderer } = await module;
    if ('batch' in message) {
      if (message.head) {
        renderer = new PdfRenderer(message.head, {
          fontTables: (f) => fonts.tables?.(f.ref),
          fontBytes: (f) => fonts.read(f.ref),
          deflate: (b) => deflateSync(b, { level }),
          deflateRaw: (b, last) => deflateRawSync(b, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
          cffSource: (f) => bundledCff(f.ref),
        });
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

async function proofread(issue: Issue): Promise<void> {
  let checked: ChecksAnswer;
  try {
    const [{ runChecks }, { defaultCheckerProfile }, { hasGlyphInFontSet }, { createFontSet }] = await Promise.all([
      import('../../shared/check/run-checks'),
      import('../../shared/check/checker-profile'),
      import('../../shared/check/font-coverage'),
      import('../../shared/fonts/font-set'),
    ]);
    // The same profile and font files as the layout's font set: the same answer to "has this role a glyph".
    const fontSet = createFontSet(issue.profile, fonts);
    const findings = runChecks(issue, { ...defaultCheckerProfile, hasGlyph: hasGlyphInFontSet(fontSet) });
    checked = { findings, unavailable: fontSet.unavailable, damaged: fontSet.damaged };
  } catch (e) {
    checked = { error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage({ checked } satisfies PdfWorkerReply);
}


/** A bundled OpenType face's CFF table, read piecewise (only the charstrings the PDF uses); else undefined
 *  (installed or collection fonts are read whole, through the font source). */
function bundledCff(ref: FontRef): SparseCff | undefined {
  try {
    const file = ref.file ? path.join(BUNDLED_FONT_DIR, ref.file) : undefined;
    if (!file || !existsSync(file)) return undefined;
    const fd = openSync(file, 'r'); // open until the worker ends: it reads a few times, then exits
    const read = (offset: number, length: number) => {
      const buf = Buffer.allocUnsafe(length);
      return buf.subarray(0, readSync(fd, buf, 0, length, offset));
    };
    const table = cffTableIn(read);
    return table && new SparseCff((offset, length) => read(table.offset + offset, length), table.length);
  } catch {
    return undefined; // read whole through the font source, which reports what is wrong
  }
}
