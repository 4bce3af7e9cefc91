// gazette build <manifest.json | file.gazette> [--pdf FILE] [--docx FILE] [--report FILE]
import path from 'node:path';
import { parseCommandArgs } from '../args';
import { loadIssue } from '../load-input';
import { UsageError, type CliIO } from '../output';
import { writeFileExplained } from '../../services/write-errors';
import { createFontSource } from '../../services/font-files';
import type { FontSource } from '../../../shared/fonts/font-source';
import { fontSetUsedWith, layoutIssue } from '../../../shared/typeset/layout-issue';
import { runChecks } from '../../../shared/check/run-checks';
import { defaultCheckerProfile } from '../../../shared/check/checker-profile';
import { hasGlyphInFontSet } from '../../../shared/check/font-coverage';
import { BATCH_PAGES, PdfPlanner, type PdfAssets } from '../../../shared/export/pdf/pdf-plan';
import type { PageTree } from '../../../shared/typeset/page-tree';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { PdfWorkerClient } from '../pdf-worker-client';
import { buildReport } from '../../../shared/typeset/build-report';
import { imageSize } from '../../../shared/typeset/image-size';

export const buildUsage = 'gazette build <manifest.json | file.gazette> [--pdf FILE] [--docx FILE] [--report FILE]';

export async function build(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    pdf: { type: 'string' },
    docx: { type: 'string' },
    report: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError(`用法：${buildUsage}`);
  if (!values.pdf && !values.docx && !values.report) throw new UsageError('请至少给出 --pdf、--docx 或 --report 之一');
  const resolve = (file: string) => path.resolve(io.cwd, file);
  // The PDF worker starts first: it imports pdfkit on the second core while this thread loads and lays out.
  // GAZETTE_PDF_WORKER=0 renders on this thread (to compare, or to debug the writer in one thread).
  const pdfWorker = values.pdf && process.env.GAZETTE_PDF_WORKER !== '0' ? PdfWorkerClient.start({ level: PDF_DEFLATE_LEVEL }) : undefined;
  try {
    return await buildWith(pdfWorker, values, positionals[0]!, resolve, io);
  } finally {
    pdfWorker?.close();
  }
}

async function buildWith(
  pdfWorker: PdfWorkerClient | undefined,
  values: { pdf?: string; docx?: string; report?: string },
  input: string,
  resolve: (file: string) => string,
  io: CliIO,
): Promise<number> {
  const { issue, assets } = await loadIssue(resolve(input));
  // The worker proofreads while this thread lays out (it has nothing to do until the first pages are planned).
  if (values.report) pdfWorker?.proofread(issue);

  // Everything is produced in memory first, so a failure leaves no output file behind.
  const fonts = createFontSource();
  const phases: Record<string, number> = {};
  const t0 = performance.now();
  const tree = layoutIssue(issue, fonts, {
    timings: phases,
    imageSize: (name) => {
      const bytes = assets.get(name);
      return bytes ? imageSize(bytes) : undefined;
    },
  });
  const t1 = performance.now();
  // The pages are planned here and written by the worker batch by batch; while it embeds the fonts and
  // finishes the file, this thread goes on with the DOCX and the proofreading. pdfMs ends when the worker
  // had the bytes, not when this thread got round to taking them.
  let t2 = t1;
  const pdfBytes = values.pdf
    ? writePdfWith(tree, fonts, { image: (name) => assets.get(name) }, pdfWorker, (at) => (t2 = at))
    : undefined;
  pdfBytes?.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // The DOCX writer (and the docx package) is loaded only when a DOCX is asked for: it costs a PDF build start-up time.
  const tDocx = performance.now();
  const docx = values.docx
    ? await (await import('../../../shared/export/docx/write-docx')).writeDocx(issue, tree, { image: (name) => assets.get(name) })
    : undefined;
  const t3 = performance.now();
  // The build proofreads too (warnings in the report, never a stop): the fonts just used answer the missing-glyph rule.
  const fontSet = fontSetUsedWith(fonts);
  const checked = values.report ? await pdfWorker?.findings() : undefined;
  const findings = values.report
    ? (checked?.findings ?? runChecks(issue, fontSet ? { ...defaultCheckerProfile, hasGlyph: hasGlyphInFontSet(fontSet) } : defaultCheckerProfile))
    : undefined;
  // Fonts found missing or damaged by the layout, then any more the proofreading found (in the worker).
  const fontProblems = [
    ...new Set([
      ...[...(fontSet?.unavailable ?? []), ...(checked?.unavailable ?? [])].map((ref) => `找不到字体：${ref.family ?? ref.file ?? ''}，已改用下一个字体`),
      ...[...(fontSet?.damaged ?? []), ...(checked?.damaged ?? [])].map((d) => d.message),
    ]),
  ];
  const pdf = await pdfBytes;
  const report = buildReport(tree, {
    fontsMs: phases.fonts ?? 0,
    layoutMs: t1 - t0,
    paginationMs: phases.pagination ?? 0,
    pdfMs: t2 - t1,
    docxMs: t3 - tDocx,
  }, { findings, fontProblems });

  if (pdf && values.pdf) await writeFileExplained(resolve(values.pdf), pdf, '写入');
  if (docx && values.docx) await writeFileExplained(resolve(values.docx), docx, '写入');
  if (values.report) await writeFileExplained(resolve(values.report), new TextEncoder().encode(JSON.stringify(report, null, 2) + '\n'), '写入');
  const outputs = [values.pdf, values.docx, values.report].filter(Boolean).join('、');
  io.stdout(`已排版 ${report.pages} 页，目录 ${report.toc.length} 条 → ${outputs}\n`);
  if (report.checks && report.checks.errors + report.checks.warnings > 0) {
    io.stderr(`校对：${report.checks.errors} 个错误、${report.checks.warnings} 个警告（详见 ${values.report}，或运行 gazette check）\n`);
  }
  for (const problem of fontProblems) io.stderr(`注意：${problem}\n`);
  if (report.missingGlyphs.length > 0) {
    io.stderr(`注意：有 ${report.missingGlyphs.length} 个字符在所有字体中都找不到：${[...new Set(report.missingGlyphs.map((m) => m.char))].join('')}\n`);
  }
  return 0;
}

/** zlib level of the PDF's streams: level 1 deflates 000's ~3 MB of streams in ~55 ms, 3 % larger than level 6. */
const PDF_DEFLATE_LEVEL = 1;

/** The PDF from the worker, else (no worker, or it died) rendered on this thread; `done` gets when it was ready. */
async function writePdfWith(tree: PageTree, fonts: FontSource, assets: PdfAssets, pdfWorker: PdfWorkerClient | undefined, done: (at: number) => void): Promise<Uint8Array> {
  const deflate = (b: Uint8Array) => deflateSync(b, { level: PDF_DEFLATE_LEVEL });
  const fromWorker = await pdfWorker?.writePdf(tree, fonts, assets, deflate);
  if (fromWorker) {
    done(fromWorker.doneAt - performance.timeOrigin);
    return fromWorker.bytes;
  }
  // Said only when debugging: the PDF is the same.
  if (process.env.GAZETTE_DEBUG) process.stderr.write(`gazette: PDF 在主线程生成（${pdfWorker ? '渲染线程意外退出' : '渲染线程无法启动'}）\n`);
  // Batch by batch as the worker does, so the bytes are the same.
  const { PdfRenderer } = await import('../../../shared/export/pdf/render-pdf');
  const planner = new PdfPlanner(tree, fonts, assets, deflate);
  const renderer = new PdfRenderer(planner.head(), {
    fontTables: (f) => fonts.tables?.(f.ref),
    fontBytes: (f) => fonts.read(f.ref),
    deflate,
    deflateRaw: (b, last) => deflateRawSync(b, { level: PDF_DEFLATE_LEVEL, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  });
  for (let batch = planner.nextBatch(BATCH_PAGES); batch; batch = planner.nextBatch(BATCH_PAGES)) renderer.addPages(batch);
  const bytes = await renderer.finish(planner.tail());
  done(performance.now());
  return bytes;
}
