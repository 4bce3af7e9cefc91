// Export jobs: progress events reach the renderer, cancel kills the worker process and leaves no file,
// the output replaces an older export atomically; and the real pipeline, once the engine is in.
import { execFileSync, fork } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostEvent } from '../../shared/api';
import { forkRunner, type ForkPort } from '../../electron/services/export-runners';
import type { WorkerMessage } from '../../electron/services/export-worker';
import { nodeFork } from '../../electron/services/node-fork';
import { BUNDLED_FONT_DIR } from '../../electron/services/font-files';
import { repoRoot } from '../helpers/paths';
import { makeIssue } from './make-issue';
import { startHarness, type Harness } from './harness';

const pids: number[] = [];
const slowFork: ForkPort = () => {
  const child = fork(path.join(repoRoot, 'test/services/scripts/slow-worker.ts'), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
  });
  pids.push(child.pid!);
  return {
    postMessage: (m) => child.send(m),
    onMessage: (l) => child.on('message', (m) => l(m as WorkerMessage)),
    onExit: (l) => child.on('exit', (c) => l(c)),
    kill: () => child.kill('SIGKILL'),
  };
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ runner: forkRunner(slowFork, { bundledFonts: BUNDLED_FONT_DIR, systemFonts: [] }) });
});
afterAll(() => h.close());

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('export jobs in a worker process', () => {
  it('reports progress as events and writes the file the dialog chose, replacing the old one', async () => {
    const events: HostEvent[] = [];
    const off = h.api.onEvent((e) => events.push(e));
    await new Promise((r) => setTimeout(r, 100)); // let the long poll start
    const doc = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    const target = path.join(h.dir, 'docs', '第3期.pdf');
    writeFileSync(target, 'old export');
    h.dialogs.queue([target]);
    const result = await h.api.exportPdf({ docId: doc.docId, issue: makeIssue('exported'), jobId: 'job-1' });
    expect(result).toMatchObject({ status: 'done', bytes: 'pdf:exported'.length });
    expect(readFileSync(target, 'utf8')).toBe('pdf:exported');
    await new Promise((r) => setTimeout(r, 300));
    off();
    const progress = events.filter((e) => e.type === 'export-progress' && e.jobId === 'job-1');
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.at(-1)).toMatchObject({ fraction: 1 });
  });

  it('cancel kills the worker and leaves no file', async () => {
    const doc = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    const target = path.join(h.dir, 'docs', 'cancelled.docx');
    h.dialogs.queue([target]);
    const before = pids.length;
    const running = h.api.exportDocx({ docId: doc.docId, issue: makeIssue('c'), jobId: 'job-2' });
    while (pids.length === before) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 120));
    expect(await h.api.cancelExport({ jobId: 'job-2' })).toEqual({ canceled: true });
    expect(await running).toEqual({ status: 'canceled' });
    expect(existsSync(target)).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(pids.at(-1)!)).toBe(false);
    expect(await h.api.cancelExport({ jobId: 'job-2' })).toEqual({ canceled: false });
  });

  it('a cancelled save dialog is a cancelled export', async () => {
    const doc = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    expect(await h.api.exportPdf({ docId: doc.docId, issue: makeIssue('n'), jobId: 'job-3' })).toEqual({ status: 'canceled' });
  });
});

describe('the real pipeline in the worker process (layoutIssue + writePdf / writeDocx)', () => {
  it("exports a PDF and a DOCX holding the issue's text", async () => {
    const real = await startHarness({ runner: forkRunner(nodeFork, { bundledFonts: BUNDLED_FONT_DIR, systemFonts: [] }) });
    try {
      const doc = await real.api.newIssue({ profileId: 'gbt9704-a4' });
      const issue = makeIssue('真实导出', 2, 5);
      const pdf = path.join(real.dir, 'docs', 'out.pdf');
      real.dialogs.queue([pdf]);
      expect(await real.api.exportPdf({ docId: doc.docId, issue, jobId: 'r1' })).toMatchObject({ status: 'done' });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('关于真实导出的通知');
      const docx = path.join(real.dir, 'docs', 'out.docx');
      real.dialogs.queue([docx]);
      expect(await real.api.exportDocx({ docId: doc.docId, issue, jobId: 'r2' })).toMatchObject({ status: 'done' });
      const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!);
      expect(xml.replace(/<[^>]+>/g, '')).toContain('关于真实导出的通知');
    } finally {
      await real.close();
    }
  });
});
