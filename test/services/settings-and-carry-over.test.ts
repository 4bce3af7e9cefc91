// Settings and recent files in a real user-data folder; the carry-over rules of a new issue.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../electron/services/settings-store';
import { carryOver } from '../../electron/services/new-issue';
import { DEFAULT_SETTINGS } from '../../shared/api';
import { makeIssue } from './make-issue';

describe('SettingsStore', () => {
  it('falls back to the defaults when settings.json is damaged, and repairs it on the next change', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-settings-'));
    writeFileSync(path.join(dir, 'settings.json'), '{ not json');
    const store = new SettingsStore(dir);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    await store.set({ recentLimit: 3 });
    expect((await new SettingsStore(dir).get()).recentLimit).toBe(3);
  });

  it('keeps recent files newest first, without duplicates, within the limit, dropping files that are gone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-recent-'));
    const store = new SettingsStore(dir);
    await store.set({ recentLimit: 3 });
    const files = ['a', 'b', 'c', 'd'].map((n) => path.join(dir, `${n}.gazette`));
    for (const f of files) writeFileSync(f, 'x');
    for (const f of [...files, files[1]!]) await store.addRecent(f);
    expect(await store.recent()).toEqual([files[1], files[3], files[2]]);
    rmSync(files[3]!);
    expect(await store.recent()).toEqual([files[1], files[2]]);
  });
});

describe('carryOver', () => {
  it('moves a monthly issue on by one month and one number, keeping 栏目 and meta, dropping documents', () => {
    const prev = makeIssue('p');
    prev.meta = { ...prev.meta, year: 2024, issue: 3, cumulative: 58, periodicity: '月刊', publishDate: '2024-03', motto: ['传达政令'] };
    const next = carryOver(prev);
    expect(next.meta).toMatchObject({ year: 2024, issue: 4, cumulative: 59, publishDate: '2024-04', motto: ['传达政令'] });
    expect(next.sections[0]!.articles).toEqual([]);
    expect(prev.sections[0]!.articles.length).toBeGreaterThan(0);
  });

  it('restarts at 第1期 when a quarterly issue crosses the year end', () => {
    const prev = makeIssue('q');
    prev.meta = { ...prev.meta, year: 2024, issue: 4, periodicity: '季刊', publishDate: '2024-10' };
    expect(carryOver(prev).meta).toMatchObject({ year: 2025, issue: 1, publishDate: '2025-01' });
  });

  it('restarts at 第1期 of the next year after a monthly 第12期 that has no date', () => {
    const prev = makeIssue('m');
    prev.meta = { ...prev.meta, year: 2024, issue: 12, cumulative: 69, periodicity: '月刊', publishDate: undefined };
    expect(carryOver(prev).meta).toMatchObject({ year: 2025, issue: 1, cumulative: 70 });
    prev.meta = { ...prev.meta, issue: 11 };
    expect(carryOver(prev).meta).toMatchObject({ year: 2024, issue: 12 });
  });

  it('without a date or known periodicity just counts on', () => {
    const prev = makeIssue('r');
    prev.meta = { ...prev.meta, issue: 7, cumulative: undefined, publishDate: undefined, periodicity: undefined };
    expect(carryOver(prev).meta.issue).toBe(8);
    expect(carryOver(prev).meta.cumulative).toBeUndefined();
  });
});
