// Pieces of the main process that need no Electron: the app:// file handler, the .gazette file from argv,
// the saved window state, the quit question.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { gazetteFileFromArgv } from '../../electron/main/argv';
import { loadWindowState, saveWindowState } from '../../electron/main/window-state';
import { quitDecision, quitQuestion } from '../../electron/main/quit-guard';
import { createCrashGuard } from '../../electron/main/crash-guard';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-parts-'));

describe('app:// protocol', () => {
  const root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>公报编排</title>');
  writeFileSync(path.join(root, 'assets/app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  const handle = createAppProtocolHandler(root);

  it('serves the renderer with the strict CSP', async () => {
    const res = await handle(new Request('app://gazette/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-eval/);
    expect((await handle(new Request('app://gazette/assets/app.js'))).headers.get('content-type')).toMatch(/javascript/);
  });

  it('serves nothing outside the renderer folder or for another host', async () => {
    expect((await handle(new Request('app://gazette/..%2fsecret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://gazette/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
  });
});

describe('argv', () => {
  it('finds an existing .gazette file, skipping flags and missing files', () => {
    const file = path.join(dir, '2024年第3期.gazette');
    writeFileSync(file, 'x');
    expect(gazetteFileFromArgv(['app', '--ozone-platform=x11', '2024年第3期.gazette'], dir)).toBe(file);
    expect(gazetteFileFromArgv(['app', 'missing.gazette'], dir)).toBeNull();
    expect(gazetteFileFromArgv(['app', 'notes.txt'], dir)).toBeNull();
    expect(gazetteFileFromArgv(['app'], dir)).toBeNull();
  });
});

describe('window state', () => {
  it('restores a saved state that is on a display, and ignores one that is not', async () => {
    const userData = mkdtempSync(path.join(dir, 'ws-'));
    saveWindowState(userData, { x: 100, y: 80, width: 1300, height: 850, maximized: true });
    const display = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(loadWindowState(userData, [display])).toEqual({ x: 100, y: 80, width: 1300, height: 850, maximized: true });
    expect(loadWindowState(userData, [{ x: 3000, y: 0, width: 800, height: 600 }])).toBeNull();
    writeFileSync(path.join(userData, 'window-state.json'), '{"x":1}');
    expect(loadWindowState(userData, [display])).toBeNull();
  });
});

describe('quit question', () => {
  it('asks only when something is unsaved, naming the documents', () => {
    expect(quitQuestion([])).toBeNull();
    const q = quitQuestion(['第3期', '未命名'])!;
    expect(q.detail).toContain('第3期、未命名');
    expect(q.buttons[q.cancelId]).toBe('取消');
    expect([0, 1, 2].map(quitDecision)).toEqual(['save', 'quit', 'cancel']);
  });
});

describe('crash guard', () => {
  it('reloads after a crash, but stops after the fourth crash within a minute, and forgives old ones', () => {
    const guard = createCrashGuard(3, 60_000);
    expect([0, 1000, 2000].map((t) => guard.shouldReload(t))).toEqual([true, true, true]);
    expect(guard.shouldReload(3000)).toBe(false);
    expect(createCrashGuard(3, 60_000).shouldReload(0)).toBe(true);
    const slow = createCrashGuard(3, 60_000);
    expect([0, 70_000, 140_000, 210_000, 280_000].map((t) => slow.shouldReload(t))).toEqual([true, true, true, true, true]);
  });
});
