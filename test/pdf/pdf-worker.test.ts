// The PDF worker of `gazette build --pdf`: pages posted in batches, then the fonts, give the same bytes as
// rendering on this thread; the real command (which renders in the worker) gives identical bytes twice, with
// every font embedded and subset and the text where the engine put it; a failure comes back as a one-line error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import type { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../../electron/cli/load-input';
import { startWorker } from '../../electron/cli/start-worker';
import type { PdfWorkerMessage, PdfWorkerReply } from '../../electron/cli/pdf-worker';
import { createFontSource } from '../../electron/services/font-files';
import { BATCH_PAGES, PdfPlanner, tailTransferables } from '../../shared/export/pdf/pdf-plan';
import { PdfRenderer } from '../../shared/export/pdf/render-pdf';
import { layoutIssue } from '../../shared/typeset/layout-issue';
import type { PageTree } from '../../shared/typeset/page-tree';
import { hasCorpus, repoRoot } from '../helpers/paths';
import { makeCorpusManifest, SEED_003 } from '../helpers/corpus-manifest';
import { readPdf } from './read-pdf';
import { paragraph, type ImageBlock } from '../../shared/model/blocks';
import { article, filler, fonts as fixtureFonts, issueOf } from '../typeset/fixture-issue';

const manifest = path.join(repoRoot, 'sample/manifest.json');
const fonts = createFontSource();
let tree: PageTree;
let assets: Map<string, Uint8Array>;
let here: Uint8Array;
const deflate = (b: Uint8Array) => deflateSync(b, { level: 1 });
const deflateRaw = (b: Uint8Array, last: boolean) => deflateRawSync(b, { level: 1, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });

beforeAll(async () => {
  const loaded = await loadIssue(manifest);
  assets = loaded.assets;
  tree = layoutIssue(loaded.issue, fonts, {});
  // On this thread, batch by batch as the worker does (the font programs are compressed a batch at a time).
  const planner = new PdfPlanner(tree, fonts, { image: (n) => assets.get(n) }, deflate);
  const renderer = new PdfRenderer(planner.head(), { fontTables: (f) => fonts.tables?.(f.ref), deflate, deflateRaw });
  for (let batch = planner.nextBatch(BATCH_PAGES); batch; batch = planner.nextBatch(BATCH_PAGES)) renderer.addPages(batch);
  here = await renderer.finish(planner.tail());
});

/** Runs one job in a fresh worker: the messages in order, then its answer. */
async function inWorker(messages: Array<[PdfWorkerMessage, ArrayBuffer[]]>): Promise<PdfWorkerReply> {
  const worker: Worker = startWorker('electron/cli/pdf-worker.ts', { level: 1 });
  try {
    const answer = new Promise<PdfWorkerReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    for (const [m, transfer] of messages) worker.postMessage(m, transfer);
    return await answer;
  } finally {
    void worker.terminate();
  }
}

function jobOf(t: PageTree, batchPages: number): Array<[PdfWorkerMessage, ArrayBuffer[]]> {
  const planner = new PdfPlanner(t, fonts, { image: (n) => assets.get(n) }, deflate);
  const out: Array<[PdfWorkerMessage, ArrayBuffer[]]> = [];
  for (let batch = planner.nextBatch(batchPages); batch; batch = planner.nextBatch(batchPages)) {
    out.push([out.length ? { batch } : { head: planner.head(), batch }, [batch.content.buffer as ArrayBuffer]]);
  }
  const tail = planner.tail();
  out.push([{ tail }, tailTransferables(tail)]);
  return out;
}

describe('PDF worker', () => {
  it('renders a plan posted in batches to the same bytes as this thread', async () => {
    const reply = await inWorker(jobOf(tree, BATCH_PAGES));
    expect('bytes' in reply).toBe(true);
    const bytes = (reply as { bytes: Uint8Array }).bytes;
    expect(bytes.length).toBe(here.length);
    expect(Buffer.from(bytes).equals(Buffer.from(here))).toBe(true);
  });

  it('writes a page with a picture (its content left for pdfkit to finish) beside pages deflated in the plan', async () => {
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const image: ImageBlock = { type: 'image', asset: 'map.png', widthMm: 60, caption: '示例市城区示意图', children: [{ text: '' }] };
    const issue = issueOf([{ title: '市政府文件', articles: [article('a1', '示例市人民政府关于城区规划的通知', [paragraph(filler(80)), image, paragraph(filler(400, 2))])] }]);
    const t = layoutIssue(issue, fixtureFonts, { imageSize: () => ({ width: 1, height: 1 }) });
    const planner = new PdfPlanner(t, fixtureFonts, { image: () => png }, deflate);
    const renderer = new PdfRenderer(planner.head(), { fontTables: (f) => fixtureFonts.tables?.(f.ref), fontBytes: (f) => fixtureFonts.read(f.ref), deflate, deflateRaw });
    const deflatedPages: boolean[] = [];
    for (let batch = planner.nextBatch(BATCH_PAGES); batch; batch = planner.nextBatch(BATCH_PAGES)) {
      deflatedPages.push(...batch.pages.map((p) => !!p.deflated));
      renderer.addPages(batch);
    }
    const pdf = await renderer.finish(planner.tail());
    const withImage = t.pages.findIndex((p) => p.items.some((i) => i.kind === 'image'));
    expect(deflatedPages[withImage]).toBe(false);
    expect(deflatedPages.filter(Boolean).length).toBe(t.pages.length - 1);
    expect(new TextDecoder('latin1').decode(pdf)).toMatch(/\/Subtype \/Image/);
    const { pages } = await readPdf(pdf);
    expect(pages[withImage]!.lines.some((l) => l.text === '示例市城区示意图')).toBe(true);
    for (const [i, page] of t.pages.entries()) {
      const first = page.items.find((x) => x.kind === 'glyphs' && x.chars.join('').trim());
      if (first && first.kind === 'glyphs') expect(pages[i]!.bits.some((b) => Math.abs(b.y - first.y) < 0.01)).toBe(true);
    }
  });

  it('answers a font it cannot find with the one-line error naming the file', async () => {
    const job = jobOf(tree, 100);
    const [last] = job[job.length - 1]!;
    const tail = (last as { tail: { fonts: Array<{ ref: { file?: string } }> } }).tail;
    tail.fonts[0]!.ref = { file: '不存在的字体.otf' };
    const reply = await inWorker(job);
    expect(reply).toMatchObject({ error: { input: { file: '不存在的字体.otf' }, message: '找不到这个字体文件，无法嵌入 PDF' } });
  });
});

describe('gazette build --pdf through the worker', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-pdf-worker-'));
  const runs: Uint8Array[] = [];
  beforeAll(() => {
    for (const name of ['a.pdf', 'b.pdf']) {
      // With GAZETTE_DEBUG the command says when it rendered on the main thread instead of the worker.
      const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/gazette.js'), 'build', manifest, '--pdf', path.join(dir, name)], {
        encoding: 'utf8',
        env: { ...process.env, GAZETTE_DEBUG: '1' },
      });
      expect(result.stderr).not.toContain('PDF 在主线程生成');
      expect(result.stderr).not.toContain('gazette:');
      expect(result.status).toBe(0);
      runs.push(new Uint8Array(readFileSync(path.join(dir, name))));
    }
  }, 120_000);

  it('gives identical bytes twice, and the same bytes as rendering on one thread', () => {
    expect(Buffer.from(runs[0]!).equals(Buffer.from(runs[1]!))).toBe(true);
    expect(Buffer.from(runs[0]!).equals(Buffer.from(here))).toBe(true);
  });

  it('renders the same bytes on the main thread when there is no worker (GAZETTE_PDF_WORKER=0), and says so when debugging', () => {
    const out = path.join(dir, 'single.pdf');
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/gazette.js'), 'build', manifest, '--pdf', out], {
      encoding: 'utf8',
      env: { ...process.env, GAZETTE_DEBUG: '1', GAZETTE_PDF_WORKER: '0' },
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('PDF 在主线程生成');
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(runs[0]!))).toBe(true);
  });

  it('puts every text of the laid-out pages where the engine set it', async () => {
    const { pages } = await readPdf(runs[0]!);
    expect(pages).toHaveLength(tree.pages.length);
    tree.pages.forEach((page, i) => {
      // Spaces (ideographic ones included) are left out: pdfjs splits text items at them.
      const text = pages[i]!.bits.map((b) => b.str).join('').replace(/\s/g, '');
      for (const run of page.items) {
        if (run.kind !== 'glyphs' || run.chars.join('').trim() === '') continue;
        // pdfjs joins runs of one baseline (a 目录 line and its leader): the run starts inside a text item there.
        const bit = pages[i]!.bits.find((b) => Math.abs(b.y - run.y) < 0.01 && run.x > b.x - 0.01 && run.x < b.x + b.width + 0.01);
        expect(bit, `page ${i + 1}: a text at ${run.x}, ${run.y}`).toBeDefined();
        expect(text).toContain(run.chars.join('').replace(/\s/g, ''));
      }
    });
  });

  // 003 has proofreading findings to compare (the sample has none).
  it.skipIf(!hasCorpus)('proofreads in the worker to the same report as on the main thread (build --report alone has no worker)', () => {
    const issue003 = makeCorpusManifest(SEED_003);
    const withPdf = path.join(dir, 'with-pdf.json');
    const alone = path.join(dir, 'alone.json');
    const gazette = (args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'bin/gazette.js'), 'build', issue003, ...args]).status;
    expect(gazette(['--pdf', path.join(dir, 'c.pdf'), '--report', withPdf])).toBe(0);
    expect(gazette(['--report', alone])).toBe(0);
    const read = (file: string) => ({ ...JSON.parse(readFileSync(file, 'utf8')), timings: undefined });
    const a = read(withPdf);
    expect(a.checks.errors + a.checks.warnings).toBeGreaterThan(0);
    expect(a).toEqual(read(alone));
  }, 120_000);

  const pdffonts = spawnSync('pdffonts', ['-v']).error === undefined;
  it.skipIf(!pdffonts)('embeds and subsets every font (pdffonts)', () => {
    const out = spawnSync('pdffonts', [path.join(dir, 'a.pdf')], { encoding: 'utf8' }).stdout;
    const rows = out.split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID (Type 0C|TrueType)\s+Identity-H\s+yes yes yes/);
  });
});
