// The Electron bundles (bin/build-electron.js) as the packaged app would load them: the preload needs nothing
// but `electron`; the export worker, forked as a plain Node child, runs a real export job from its bundle.
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerMessage } from '../../electron/services/export-worker';
import { BUNDLED_FONT_DIR } from '../../electron/services/font-files';
import { repoRoot } from '../helpers/paths';
import { makeIssue } from '../services/make-issue';

const out = mkdtempSync(path.join(os.tmpdir(), 'gazette-bundle-'));
execFileSync(process.execPath, [path.join(repoRoot, 'bin/build-electron.js'), out], { stdio: 'pipe' });
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('Electron bundles', () => {
  it('the sandboxed preload requires only electron', () => {
    const code = readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).toContain('exposeInMainWorld');
  });

  it('the main bundle parses', () => {
    expect(() => execFileSync(process.execPath, ['--check', path.join(out, 'main.cjs')])).not.toThrow();
  });

  it('the export worker bundle runs a job in a child process and answers with bytes or a clear failure', async () => {
    const child = fork(path.join(out, 'export-worker.cjs'), [], {
      serialization: 'advanced',
      env: { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules') },
      stdio: 'pipe',
    });
    const messages: WorkerMessage[] = [];
    const finished = new Promise<WorkerMessage>((resolve) =>
      child.on('message', (m: WorkerMessage) => {
        messages.push(m);
        if (m.type !== 'progress') resolve(m);
      }),
    );
    child.send({ job: { kind: 'pdf', issue: makeIssue('捆绑包', 1, 3), assets: [] }, bundledFonts: BUNDLED_FONT_DIR, systemFonts: [] });
    const last = await finished;
    child.kill();
    if (last.type === 'failed' && /尚未实现/.test(last.message)) {
      console.warn(`排版或 PDF 仍是占位实现：${last.message}`);
      expect(messages[0]).toMatchObject({ type: 'progress', stage: '排版' });
      return;
    }
    expect(last.type, last.type === 'failed' ? last.message : '').toBe('done');
    expect(Buffer.from((last as { bytes: Uint8Array }).bytes).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
