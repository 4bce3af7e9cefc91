// Data safety with real processes (issue 6 acceptance): writers killed with SIGKILL at random moments, two
// writers on one file, corrupt and newer-format files, and the autosave journal after a kill.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { InputError } from '../../shared/errors';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeGazette, encodeGazette } from '../../shared/model/gazette-file';
import { ProjectStore } from '../../electron/services/project-store';
import { lockPathFor } from '../../electron/services/file-lock';
import { makeIssue } from './make-issue';
import { runScript, sleep } from './child';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-safety-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function markOf(file: string): string {
  return decodeGazette(readFileSync(file), file).issue.meta.backStatement ?? '';
}

describe('a writer killed with SIGKILL during 200 saves', () => {
  it('always leaves a file that opens, holding the last finished save or the one after it', async () => {
    const dir = mkdtempSync(path.join(tmp, 'kill-'));
    const file = path.join(dir, '2024年第3期.gazette');
    writeFileSync(file, encodeGazette(makeIssue('save-0')));
    let next = 1;
    let kills = 0;
    while (next <= 200) {
      const child = runScript('test/services/scripts/save-loop.ts', [file, path.join(dir, 'user'), String(next), String(201 - next)]);
      await child.waitFor((l) => l === 'ready');
      await sleep(Math.random() * 700);
      await child.kill();
      kills++;
      const saved = child.lines.filter((l) => l.text.startsWith('saved ')).map((l) => Number(l.text.slice(6)));
      expect(child.lines.filter((l) => l.text.startsWith('error'))).toEqual([]);
      const last = saved.length ? saved[saved.length - 1]! : next - 1;
      const mark = markOf(file); // throws if the file does not open
      expect([`save-${last}`, `save-${last + 1}`]).toContain(mark);
      next = Number(mark.slice(5)) + 1;
    }
    expect(kills).toBeGreaterThan(1);
    console.log(`200 saves, ${kills} SIGKILLs, the file opened after every one`);
    // Ten backups, each a file that opens; temporary files of killed writers are swept on the next open.
    await new ProjectStore({ userData: path.join(dir, 'user') }).open(file);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const backups = readdirSync(path.join(dir, '.gazette-backups'));
    expect(backups.length).toBe(10);
    for (const b of backups) expect(markOf(path.join(dir, '.gazette-backups', b))).toMatch(/^save-\d+$/);
  }, 240_000);
});

describe('the autosave journal after a kill', () => {
  it('recovers every edit older than the autosave interval', async () => {
    const dir = mkdtempSync(path.join(tmp, 'journal-'));
    const file = path.join(dir, 'issue.gazette');
    const userData = path.join(dir, 'user');
    writeFileSync(file, encodeGazette(makeIssue('base', 1, 2)));
    const interval = 250;
    for (let round = 0; round < 3; round++) {
      const child = runScript('test/services/scripts/edit-loop.ts', [file, userData, String(interval)]);
      await child.waitFor((l) => l === 'ready');
      // Let a couple of autosaves happen, then kill at a random moment.
      await child.waitFor(() => child.lines.filter((l) => l.text.startsWith('flushed ')).length >= 2);
      await sleep(Math.random() * 900);
      const killedAt = performance.now();
      await child.kill();
      const flushes = child.lines.filter((l) => l.text.startsWith('flushed ')).map((l) => l.text.split(' ').map(Number));
      // Timing-free: every edit held by a journal write that finished before the kill is recovered.
      const lastHeld = flushes.at(-1)![1]!;
      // And by age: an edit is due in the journal one interval after it was made; on a busy machine the timer
      // fires late and the write takes time, so the due time is the longest wait the child measured (+ slack).
      const due = Math.max(interval, ...flushes.map((f) => f[2]!)) + interval;
      const old = child.lines
        .filter((l) => l.text.startsWith('edit ') && l.at < killedAt - due)
        .map((l) => Number(l.text.slice(5)));
      expect(old.length).toBeGreaterThan(0);
      const store = new ProjectStore({ userData });
      const entries = await store.listRecovery();
      expect(entries).toHaveLength(1);
      const ids = new Set(entries[0]!.content.issue.sections[0]!.articles.map((a) => a.id));
      for (const n of old) expect(ids.has(`e${n}`), `edit ${n} (older than ${due} ms)`).toBe(true);
      for (let n = 1; n <= lastHeld; n++) expect(ids.has(`e${n}`), `edit ${n} (journaled)`).toBe(true);
      expect(entries[0]!.file).toBe(file);
      await store.discardRecovery(entries[0]!.id);
    }
  }, 120_000);
});

describe('files that must never be overwritten', () => {
  const cases: [string, Uint8Array][] = [
    ['corrupt (truncated zip)', encodeGazette(makeIssue('x')).slice(0, 300)],
    ['not a zip at all', strToU8('这不是公报文件')],
    [
      'a newer format',
      zipSync({
        'gazette.json': strToU8(JSON.stringify({ format: 'gazette', formatVersion: 99 })),
        'issue.json': strToU8('{"formatVersion":99}'),
      }),
    ],
  ];
  for (const [label, bytes] of cases) {
    it(`refuses to save over ${label}, and leaves it byte for byte`, async () => {
      const dir = mkdtempSync(path.join(tmp, 'refuse-'));
      const file = path.join(dir, 'target.gazette');
      writeFileSync(file, bytes);
      const store = new ProjectStore({ userData: path.join(dir, 'user') });
      await expect(store.open(file)).rejects.toThrow(/target\.gazette|格式|无效|损坏|不是/);
      const doc = store.create(makeIssue('new'));
      const error = await store.save(doc.id, makeIssue('new'), file).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/未保存/);
      expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
      // Save As elsewhere still works, and the lock on the refused file was released.
      await store.save(doc.id, makeIssue('new'), path.join(dir, 'other.gazette'));
      expect(markOf(path.join(dir, 'other.gazette'))).toBe('new');
      expect(() => readFileSync(lockPathFor(file))).toThrow();
    });
  }
});

describe('two processes saving the same file', () => {
  it('never corrupt it: the second is told the file is in use, the file holds a save of the first', async () => {
    const dir = mkdtempSync(path.join(tmp, 'two-'));
    const file = path.join(dir, 'shared.gazette');
    writeFileSync(file, encodeGazette(makeIssue('save-0')));
    // The first keeps saving (far more saves than it will get to) while the second starts; then it is killed.
    const first = runScript('test/services/scripts/save-loop.ts', [file, path.join(dir, 'u1'), '1', '1000000']);
    await first.waitFor((l) => l === 'ready');
    const second = runScript('test/services/scripts/save-loop.ts', [file, path.join(dir, 'u2'), '1001', '30']);
    await second.exited;
    await first.waitFor((l) => l.startsWith('saved '));
    await first.kill();
    const lastOfFirst = first.lines.filter((l) => l.text.startsWith('saved ')).map((l) => Number(l.text.slice(6))).at(-1)!;
    expect(second.lines.map((l) => l.text).join('\n')).toMatch(/^refused .*正由另一个正在运行的公报编排打开/);
    expect(second.lines.filter((l) => l.text.startsWith('saved'))).toEqual([]);
    expect([`save-${lastOfFirst}`, `save-${lastOfFirst + 1}`]).toContain(markOf(file));
  }, 120_000);
});

describe('two windows of one app on the same file', () => {
  it('the second cannot open it for writing while the first has it, and can once the first closed it', async () => {
    const dir = mkdtempSync(path.join(tmp, 'windows-'));
    const file = path.join(dir, 'shared.gazette');
    writeFileSync(file, encodeGazette(makeIssue('one')));
    const first = new ProjectStore({ userData: path.join(dir, 'u') });
    const second = new ProjectStore({ userData: path.join(dir, 'u') });
    const doc = await first.open(file);
    await expect(second.open(file)).rejects.toThrow(/本程序的另一个窗口/);
    // Nor can it "save as" over the file the first window holds.
    const other = second.create(makeIssue('two'));
    await expect(second.save(other.id, makeIssue('two'), file)).rejects.toThrow(/另一个窗口/);
    expect(markOf(file)).toBe('one');
    await first.close(doc.id);
    const reopened = await second.open(file);
    await second.save(reopened.id, makeIssue('two'));
    expect(markOf(file)).toBe('two');
  });
});

describe('a save that cannot be written', () => {
  it('says why in one Chinese line naming the file, and leaves the old file as it was', async () => {
    const dir = mkdtempSync(path.join(tmp, 'fail-'));
    const store = new ProjectStore({ userData: path.join(dir, 'u') });
    const doc = store.create(makeIssue('x'));
    const missing = path.join(dir, '已拔出的U盘', '第3期.gazette');
    const error = (await store.save(doc.id, makeIssue('x'), missing).catch((e: unknown) => e)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.describe()).toBe(`${missing}: 保存失败：文件夹不存在（U 盘或网络盘是否已断开？）（原文件未受影响）`);
    // A folder where the file should be: the rename cannot replace it.
    const folder = path.join(dir, '目录.gazette');
    mkdirSync(folder);
    const second = (await store.save(doc.id, makeIssue('x'), folder).catch((e: unknown) => e)) as Error;
    expect(second.message).toMatch(/失败|无法读取/);
    expect(statSync(folder).isDirectory()).toBe(true);
  });
});

describe('locks', () => {
  it('a lock left by a process that died is taken over; one from another computer is respected and explained', async () => {
    const dir = mkdtempSync(path.join(tmp, 'locks-'));
    const file = path.join(dir, 'x.gazette');
    writeFileSync(file, encodeGazette(makeIssue('x')));
    const store = new ProjectStore({ userData: path.join(dir, 'u') });
    // A real process that has exited: its pid no longer runs.
    const gone = runScript('test/services/scripts/save-loop.ts', ['/nonexistent/none.gazette', path.join(dir, 'u2'), '1', '1']);
    const pid = gone.process.pid!;
    await gone.exited;
    writeFileSync(lockPathFor(file), JSON.stringify({ pid, host: os.hostname(), owner: 'old' }));
    const doc = await store.open(file);
    await store.close(doc.id);
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: 1, host: 'ANOTHER-PC', owner: 'theirs' }));
    await expect(store.open(file)).rejects.toThrow(/ANOTHER-PC.*删除锁文件 \.x\.gazette\.lock/);
  });
});
