// The Electron main process against a mocked `electron` module: it registers one handler per contract
// method, rejects bad arguments and messages from other frames, builds a secure window, the Chinese menu,
// reloads a crashed renderer with a recovery offer, opens files from a second launch, asks before quitting.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, channelOf, EVENT_CHANNEL } from '../../shared/api/ipc-channels';
import { encodeGazette } from '../../shared/model/gazette-file';
import { makeIssue } from '../services/make-issue';
import { record, type FakeWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

const appFrame = { url: 'app://gazette/index.html', parent: null };
const call = (method: string, input: unknown, senderFrame: unknown = appFrame) =>
  record.handlers.get(channelOf(method))!({ senderFrame }, input) as Promise<{ ok?: unknown; error?: { kind: string; message: string } }>;
const tick = () => new Promise((r) => setTimeout(r, 50));
/** Waits until `check` holds (the main process works asynchronously; a busy machine makes it slower). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await tick();
}
let win: FakeWindow;

beforeAll(async () => {
  record.userData = mkdtempSync(path.join(os.tmpdir(), 'gazette-main-'));
  await import('../../electron/main/main');
  await until(() => record.windows.length > 0);
  win = record.windows[0]!;
  win.webContents.emit('did-finish-load');
});

describe('IPC handlers', () => {
  it('registers exactly one handler per contract method', () => {
    expect([...record.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('answers our own top-level app:// frame', async () => {
    const reply = await call('appInfo', null);
    expect(reply.ok).toMatchObject({ host: 'electron', version: '0.1.0' });
  });

  it('rejects bad arguments with a Chinese line', async () => {
    const reply = await call('newIssue', { profileId: 42 });
    expect(reply.error?.kind).toBe('input');
    expect(reply.error?.message).toMatch(/参数无效/);
    expect((await call('open', { handle: 'x', extra: 1 })).error?.kind).toBe('input');
  });

  it('rejects messages from another origin, an iframe, or no frame, before looking at the arguments', async () => {
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://gazette/index.html', parent: { url: 'app://gazette/index.html' } },
      { url: 'app://other/index.html', parent: null },
      { url: 'file:///etc/passwd', parent: null },
      null,
    ]) {
      const reply = await call('appInfo', null, frame);
      expect(reply.error?.kind).toBe('denied');
    }
  });
});

describe('the window and its security', () => {
  it('isolates and sandboxes the renderer and loads the UI from app://', () => {
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(win.loaded).toEqual(['app://gazette/index.html']);
    expect(record.privileged).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('denies navigation away from app://, new windows, and every permission', () => {
    const navigate = (url: string) => {
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      win.webContents.emit('will-navigate', event, url);
      return event.prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('app://gazette.evil/')).toBe(true);
    expect(navigate('app://gazette/index.html#x')).toBe(false);
    expect(win.webContents.openHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(win.webContents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) record.permissionRequest!(null, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false]);
    expect(record.permissionCheck!()).toBe(false);
  });

  it('has the Chinese menu with the usual shortcuts, sending commands to the renderer', () => {
    const menu = record.menu as { label?: string; submenu?: { label?: string; accelerator?: string; click?: () => void }[] }[];
    expect(menu.map((m) => m.label?.replace(/\(&.\)/, ''))).toEqual(['文件', '编辑', '视图', '帮助']);
    const items = menu.flatMap((m) => m.submenu ?? []);
    const accel = (label: string) => items.find((i) => i.label?.startsWith(label))?.accelerator;
    expect([accel('新建'), accel('打开'), accel('保存'), accel('另存为'), accel('打印'), accel('撤销'), accel('重做')]).toEqual([
      'CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'CmdOrCtrl+P', 'CmdOrCtrl+Z', 'CmdOrCtrl+Y',
    ]);
    items.find((i) => i.label?.startsWith('保存'))!.click!();
    expect(win.webContents.sent.at(-1)).toEqual({ channel: EVENT_CHANNEL, payload: { type: 'menu', command: 'save' } });
  });
});

describe('files from the OS, crashes and quitting', () => {
  it('a second launch with a .gazette file opens it in this instance', async () => {
    const file = path.join(record.userData, '第3期.gazette');
    writeFileSync(file, encodeGazette(makeIssue('from argv')));
    record.appEvents.emit('second-instance', {}, ['/opt/公报编排/gazette', '--ozone-platform=x11', file], record.userData);
    await until(() => win.webContents.sent.some((s) => (s.payload as { type: string }).type === 'file-opened'));
    const event = win.webContents.sent.map((s) => s.payload as { type: string; snapshot?: { title: string; issue: { meta: { backStatement: string } } } }).find((p) => p.type === 'file-opened');
    expect(event?.snapshot?.title).toBe('第3期');
    expect(event?.snapshot?.issue.meta.backStatement).toBe('from argv');
  });

  it('a crashed renderer is reloaded, and the reloaded page is offered what the journal holds', async () => {
    const doc = (await call('newIssue', { profileId: 'gbt9704-a4' })).ok as { docId: string };
    await call('autosave', { docId: doc.docId, issue: makeIssue('before the crash') });
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await until(() => win.webContents.reloads > 0);
    expect(win.webContents.reloads).toBe(1);
    win.webContents.emit('did-start-loading');
    win.webContents.emit('did-finish-load');
    const offer = win.webContents.sent.map((s) => s.payload as { type: string; count?: number }).find((p) => p.type === 'recovery-available');
    expect(offer?.count).toBeGreaterThanOrEqual(1);
    const entries = (await call('listRecovery', null)).ok as { title: string }[];
    expect(entries.length).toBeGreaterThanOrEqual(1);
  });

  it('a renderer that keeps crashing is not reloaded forever: the clerk is told instead', async () => {
    for (let i = 0; i < 3; i++) {
      const before = win.webContents.reloads;
      win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
      await until(() => win.webContents.reloads > before || record.errorBoxes.length > 0);
    }
    expect(win.webContents.reloads).toBe(3);
    expect(record.errorBoxes).toHaveLength(1);
    expect(record.errorBoxes[0]).toMatch(/连续崩溃/);
  });

  it('closing with unsaved changes asks first; "保存" keeps the window and tells the renderer to save', async () => {
    const doc = (await call('newIssue', { profileId: 'gbt9704-a4' })).ok as { docId: string };
    await call('setDirty', { docId: doc.docId, dirty: true });
    record.messageBoxAnswer = 0;
    win.close();
    expect(win.closed).toBe(false);
    expect(record.messageBoxes).toHaveLength(1);
    expect(JSON.stringify(record.messageBoxes[0])).toContain('未保存');
    expect(win.webContents.sent.at(-1)?.payload).toEqual({ type: 'menu', command: 'save' });
    record.messageBoxAnswer = 2; // 取消
    win.close();
    expect(win.closed).toBe(false);
    record.messageBoxAnswer = 1; // 不保存，退出
    win.close();
    await until(() => win.closed);
    expect(win.closed).toBe(true);
  });
});
