// The host methods end to end in Node: HTTP client → web host → dispatch (validation) → services → real files.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostError } from '../../shared/api';
import { decodeGazette, encodeGazette } from '../../shared/model/gazette-file';
import { makeIssue } from './make-issue';
import { startHarness, type Harness } from './harness';
import { runScript } from './child';
import { BUNDLED_FONT_DIR } from '../../electron/services/font-files';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const docs = (name: string) => path.join(h.dir, 'docs', name);

describe('new, save, save as, open, close', () => {
  it('creates an issue from a profile and saves it where the dialog says, with the .gazette extension added', async () => {
    const info = await h.api.appInfo(null);
    expect(info.profiles.map((p) => p.id)).toContain('gbt9704-a4');
    const doc = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    expect(doc.file).toBeNull();
    expect(doc.title).toBe('未命名');
    h.dialogs.queue([docs('第一期')]);
    const saved = await h.api.save({ docId: doc.docId, issue: makeIssue('first') });
    expect(saved?.file.name).toBe('第一期.gazette');
    expect(decodeGazette(readFileSync(docs('第一期.gazette')), 'x').issue.meta.backStatement).toBe('first');
    // The renderer sees a handle, never the path.
    expect(JSON.stringify(saved)).not.toContain(docs('第一期.gazette'));
    expect(saved?.file.handle).toMatch(/^[0-9a-f]{32}$/);
    expect(saved?.backups).toBe(0);

    const again = await h.api.save({ docId: doc.docId, issue: makeIssue('second') });
    expect(again?.backups).toBe(1);
    expect(decodeGazette(readFileSync(path.join(h.dir, 'docs/.gazette-backups/第一期.1.gazette')), 'b').issue.meta.backStatement).toBe('first');
    await h.api.close({ docId: doc.docId });
    expect(existsSync(path.join(h.dir, 'docs/.第一期.gazette.lock'))).toBe(false);

    const recent = await h.api.recentFiles(null);
    expect(recent[0]?.name).toBe('第一期.gazette');
    const reopened = await h.api.open({ handle: recent[0]!.handle });
    expect(reopened?.issue.meta.backStatement).toBe('second');
    await h.api.close({ docId: reopened!.docId });
  });

  it('a cancelled dialog gives null, not an error', async () => {
    const doc = await h.api.newIssue({ profileId: 'gazette-16k' });
    expect(await h.api.saveAs({ docId: doc.docId, issue: doc.issue })).toBeNull();
    expect(await h.api.open({})).toBeNull();
  });

  it('keeps ten rotating backups, newest first', async () => {
    writeFileSync(docs('rot.gazette'), encodeGazette(makeIssue('v0')));
    h.dialogs.queue([docs('rot.gazette')]);
    const doc = (await h.api.open({}))!;
    for (let v = 1; v <= 13; v++) await h.api.save({ docId: doc.docId, issue: makeIssue(`v${v}`) });
    const names = readdirSync(path.join(h.dir, 'docs/.gazette-backups')).filter((n) => n.startsWith('rot.'));
    expect(names).toHaveLength(10);
    const mark = (n: number) => decodeGazette(readFileSync(path.join(h.dir, `docs/.gazette-backups/rot.${n}.gazette`)), 'b').issue.meta.backStatement;
    expect(mark(1)).toBe('v12');
    expect(mark(10)).toBe('v3');
    await h.api.close({ docId: doc.docId });
  });

  it('carries an issue over: 第N期 → N+1, 总期 +1, 栏目 kept, documents left out; across the year end back to 第1期', async () => {
    const dec = makeIssue('dec');
    dec.meta = { ...dec.meta, issue: 12, cumulative: 100, periodicity: '月刊', publishDate: '2024-12', year: 2024 };
    writeFileSync(docs('dec.gazette'), encodeGazette(dec));
    h.dialogs.queue([docs('dec.gazette')]);
    const opened = (await h.api.open({}))!;
    const next = await h.api.newIssue({ previous: opened.file!.handle });
    expect(next.issue.meta).toMatchObject({ year: 2025, issue: 1, cumulative: 101, publishDate: '2025-01', name: dec.meta.name });
    expect(next.issue.sections.map((s) => [s.title, s.articles.length])).toEqual([['市政府文件', 0]]);
    expect(next.file).toBeNull();
  });
});

describe('validation and refusals', () => {
  it('rejects bad arguments with a Chinese line naming the place, and unknown handles', async () => {
    const bad = await h.api.save({ docId: 'x', issue: { formatVersion: 2 } as never }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(HostError);
    expect((bad as HostError).kind).toBe('input');
    expect((bad as HostError).message).toMatch(/参数无效：issue/);
    const forged = await h.api.open({ handle: '/etc/passwd' }).catch((e: unknown) => e);
    expect((forged as HostError).message).toMatch(/句柄无效/);
  });

  it('refuses requests without the token or with a foreign Host header', async () => {
    const base = `http://127.0.0.1:${h.web.port}`;
    expect((await fetch(`${base}/api/call/appInfo`, { method: 'POST', body: '{"input":null}' })).status).toBe(403);
    expect((await fetch(`${base}/api/call/appInfo?token=wrong`, { method: 'POST', body: '{"input":null}' })).status).toBe(403);
    // fetch will not send a foreign Host header, so ask with node:http as a rebinding page's browser would.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: h.web.port, path: '/api/call/appInfo', method: 'POST', headers: { 'x-gazette-token': h.web.token, host: 'evil.example' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{"input":null}');
    });
    expect(status).toBe(421);
    expect((await fetch(`${base}/api/call/appInfo`, { method: 'POST', body: '{"input":null}', headers: { 'x-gazette-token': h.web.token } })).status).toBe(200);
  });

  it('opens external links only for allow-listed hosts', async () => {
    expect(await h.api.openExternal({ url: 'https://www.gov.cn/zhengce/' })).toEqual({ opened: true });
    expect(await h.api.openExternal({ url: 'https://www.gov.cn.evil.example/' })).toEqual({ opened: false });
    expect(await h.api.openExternal({ url: 'https://user@www.gov.cn/' })).toEqual({ opened: false });
    expect(h.shellCalls).toEqual(['open https://www.gov.cn/zhengce/']);
  });
});

describe('fonts over HTTP', () => {
  it('loadFonts gives each reference its file bytes (raw, each distinct file once) and null for a missing one', async () => {
    const refs = [{ file: 'FandolFang-Regular.otf' }, { file: 'nope.otf' }, { file: 'FandolFang-Regular.otf' }, { family: 'FandolKai' }];
    const fonts = await h.api.loadFonts({ refs });
    const fang = readFileSync(path.join(BUNDLED_FONT_DIR, 'FandolFang-Regular.otf'));
    expect(fonts.map((f) => f.ref)).toEqual(refs);
    expect(Buffer.from(fonts[0]!.bytes!).equals(fang)).toBe(true);
    expect(fonts[1]!.bytes).toBeNull();
    expect(fonts[2]!.bytes).toBe(fonts[0]!.bytes);
    // A bundled font named by family (the profile may say { family } only).
    expect(fonts[3]!.bytes?.length).toBe(readFileSync(path.join(BUNDLED_FONT_DIR, 'FandolKai-Regular.otf')).length);
    const base = `http://127.0.0.1:${h.web.port}/api/font`;
    expect((await fetch(`${base}?ref=${encodeURIComponent('{"file":"FandolFang-Regular.otf"}')}`)).status).toBe(403);
    const bad = await fetch(`${base}?ref=${encodeURIComponent('{"path":"/etc/passwd"}')}`, { headers: { 'x-gazette-token': h.web.token } });
    expect(bad.status).toBe(400);
  });

  it('lists fonts and resolves a family through the host', async () => {
    const list = await h.api.listFonts(null);
    expect(list.some((f) => f.file === 'FandolSong-Regular.otf' && f.source === 'bundled')).toBe(true);
    expect((await h.api.chooseFont({ family: 'FandolHei' }))?.file).toBe('FandolHei-Regular.otf');
    expect(await h.api.chooseFont({ family: '不存在的字体' })).toBeNull();
  });
});

describe('import, assets, checks, settings, recovery', () => {
  it('imports dropped files and reports the ones it cannot read without losing the others', async () => {
    const doc = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    const text = new TextEncoder().encode('示例市人民政府关于做好春季植树工作的通知\n各区人民政府：\n请认真做好植树工作。\n');
    const result = await h.api.importDropped({
      docId: doc.docId,
      files: [{ name: '植树.txt', bytes: text }, { name: '坏文件.xyz', bytes: new Uint8Array([1, 2, 3]) }],
    });
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]!.meta.title).toContain('植树');
    expect(result.failures.map((f) => f.file)).toEqual(['坏文件.xyz']);
    expect(result.failures[0]!.message).toMatch(/坏文件\.xyz/);
  });

  it('keeps assets with the document and writes them into the saved file', async () => {
    const doc = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const { name } = await h.api.addAsset({ docId: doc.docId, name: '../../图1.png', mime: 'image/png', bytes: png });
    expect(name).toBe('图1.png');
    expect(await h.api.readAsset({ docId: doc.docId, name })).toEqual(png);
    h.dialogs.queue([docs('with-asset.gazette')]);
    await h.api.save({ docId: doc.docId, issue: makeIssue('asset') });
    expect(decodeGazette(readFileSync(docs('with-asset.gazette')), 'x').assets.get('图1.png')).toEqual(png);
  });

  it('runs the checker on the host', async () => {
    const findings = await h.api.checkIssue({ issue: makeIssue('check') });
    expect(Array.isArray(findings)).toBe(true);
  });

  it('stores settings in the user-data folder and validates them', async () => {
    expect((await h.api.getSettings(null)).autosaveSeconds).toBe(5);
    const next = await h.api.setSettings({ autosaveSeconds: 10 });
    expect(next.autosaveSeconds).toBe(10);
    expect(JSON.parse(readFileSync(path.join(h.dir, 'user/settings.json'), 'utf8')).autosaveSeconds).toBe(10);
    await expect(h.api.setSettings({ autosaveSeconds: 0 })).rejects.toThrow(/参数无效/);
  });

  it('offers what a killed session autosaved, recovers it bound to its file, and discards on request', async () => {
    const file = docs('crashed.gazette');
    writeFileSync(file, encodeGazette(makeIssue('on disk', 1, 1)));
    const child = runScript('test/services/scripts/edit-loop.ts', [file, path.join(h.dir, 'user'), '100']);
    await child.waitFor((l) => l === 'edit 30');
    await child.kill();
    const entries = await h.api.listRecovery(null);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.file?.name).toBe('crashed.gazette');
    expect(entries[0]!.articles).toBeGreaterThan(1);
    const doc = await h.api.recover({ id: entries[0]!.id });
    expect(doc.recoveredAt).toBe(entries[0]!.savedAt);
    expect(doc.issue.sections[0]!.articles.length).toBe(entries[0]!.articles);
    // Recovered, it is open here again, so it is no longer offered; saving writes its file.
    expect(await h.api.listRecovery(null)).toEqual([]);
    await h.api.save({ docId: doc.docId, issue: doc.issue });
    expect(decodeGazette(readFileSync(file), 'x').issue.sections[0]!.articles.length).toBe(entries[0]!.articles);
    await h.api.close({ docId: doc.docId });

    const child2 = runScript('test/services/scripts/edit-loop.ts', [file, path.join(h.dir, 'user'), '100']);
    await child2.waitFor((l) => l === 'edit 30');
    await child2.kill();
    const [entry] = await h.api.listRecovery(null);
    await h.api.discardRecovery({ id: entry!.id });
    expect(await h.api.listRecovery(null)).toEqual([]);
  });
});
