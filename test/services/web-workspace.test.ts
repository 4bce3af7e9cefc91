// The web host for people without the desktop app: files go into one workspace folder under the proposed
// name, never over an existing file, and the workspace's projects show up among the recent files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGazette, encodeGazette } from '../../shared/model/gazette-file';
import { makeIssue } from './make-issue';
import { startHarness, type Harness } from './harness';

let h: Harness;
let workspace: string;
beforeAll(async () => {
  h = await startHarness({ workspace: (dir) => (workspace = path.join(dir, '公报编排')) });
});
afterAll(() => h.close());

describe('web workspace', () => {
  it('saves new issues into the workspace without overwriting, and lists its projects as recent files', async () => {
    writeFileSync(path.join(workspace, '2024年第2期.gazette'), encodeGazette(makeIssue('放进来的')));
    const a = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    const b = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    expect((await h.api.save({ docId: a.docId, issue: makeIssue('甲') }))?.file.name).toBe('未命名.gazette');
    expect((await h.api.save({ docId: b.docId, issue: makeIssue('乙') }))?.file.name).toBe('未命名 (2).gazette');
    expect(readdirSync(workspace).filter((n) => !n.startsWith('.')).sort()).toEqual(['2024年第2期.gazette', '未命名 (2).gazette', '未命名.gazette']);
    expect(decodeGazette(readFileSync(path.join(workspace, '未命名.gazette')), 'x').issue.meta.backStatement).toBe('甲');

    const recent = await h.api.recentFiles(null);
    const placed = recent.find((f) => f.name === '2024年第2期.gazette')!;
    const opened = await h.api.open({ handle: placed.handle });
    expect(opened?.issue.meta.backStatement).toBe('放进来的');
    // Opening without a handle has no dialog to show here: it is a cancel, not an error.
    expect(await h.api.open({})).toBeNull();
  });
});
