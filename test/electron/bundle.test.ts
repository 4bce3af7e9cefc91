// The Electron bundles (bin/build-electron.js) as the packaged app would load them: the preload needs nothing
// but `electron`; the export worker, forked as a plain Node child, runs a real export job from its bundle.
import { execFileSync, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  // Electron's utility process gives the child process.parentPort (messages arrive as { data }); this shim
  // provides the same over a Node IPC channel, so the branch the packaged app takes is the one tested.
  const parentPortShim = path.join(out, 'parent-port-shim.cjs');
  writeFileSync(
    parentPortShim,
    `process.parentPort = { on: (e, cb) => process.on(e, (m) => cb({ data: m })), postMessage: (m) => process.send(m) };`,
  );

  it.each([
    ['a forked Node child (web host)', [] as string[]],
    ['a utility process (process.parentPort)', ['--require', parentPortShim]],
  ])('the export worker bundle runs a real job in %s', async (_label, execArgv) => {
    const child = fork(path.join(out, 'export-worker.cjs'), [], {
      serialization: 'advanced',
      execArgv,
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
    expect(messages[0]).toMatchObject({ type: 'progress', stage: '排版' });
    expect(last.type, last.type === 'failed' ? last.message : '').toBe('done');
    expect(Buffer.from((last as { bytes: Uint8Array }).bytes).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
