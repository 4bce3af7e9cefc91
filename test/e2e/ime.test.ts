// Chinese IME composition in the places a clerk types: an empty document, the middle of a paragraph,
// over a selection, inside a table cell, in the title field, and with a click that interrupts a composition
// (Slate #5173/#5653). Driven by CDP Input.imeSetComposition / Input.insertText, as an IME drives Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { getProfile } from '../../shared/profiles';
import type { DocSnapshot } from '../../shared/api';
import { buildRenderer } from './support/build-renderer';
import { chromiumAvailable, openBrowser, type Session } from './support/browser';
import { serveStatic } from './support/static-server';
import { installFakeHost } from './support/fake-host';
import { StartPage } from './pages/start-page';
import { NavigatorPage } from './pages/navigator-page';
import { EditorPage } from './pages/editor-page';

const repoRoot = path.resolve(import.meta.dirname, '../..');

const snapshot = (): DocSnapshot => ({
  docId: 'd1', title: '未命名', file: null, assets: [],
  issue: {
    formatVersion: 1,
    meta: { name: '示例市人民政府公报', year: 2024, issue: 1 },
    profile: getProfile(),
    sections: [{ id: 's1', title: '市人民政府文件', articles: [
      { id: 'a1', kind: 'document', meta: { title: '空白文件' }, body: [] },
      { id: 'a2', kind: 'document', meta: { title: '示例市关于植树的通知' }, body: [
        { type: 'paragraph', children: [{ text: '今年春季植树工作即将开始。' }] },
        { type: 'paragraph', children: [{ text: '请各单位做好准备。' }] },
      ] },
    ] }],
    front: { cover: false, board: false, toc: false },
    back: { backCover: false },
  },
});

describe.skipIf(!chromiumAvailable())('Chinese IME composition', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let nav: NavigatorPage, editor: EditorPage;

  beforeAll(async () => {
    await buildRenderer(repoRoot);
    fs.mkdirSync(path.join(repoRoot, 'test-results/e2e'), { recursive: true });
    server = await serveStatic(path.join(repoRoot, 'dist/renderer'), path.join(repoRoot, 'build/fonts'));
    session = await openBrowser();
    await installFakeHost(session.page, snapshot());
    await session.page.goto(server.url);
    await new StartPage(session.page).newIssue();
    [nav, editor] = [new NavigatorPage(session.page), new EditorPage(session.page)];
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('composes into an empty document (no placeholder to trip over)', async () => {
    await nav.select('空白文件');
    await editor.body.click();
    await editor.typeWithIme('shiliwenjian', '示例文件');
    await editor.typeWithIme('zhengwen', '正文');
    await expect.poll(() => editor.bodyText()).toBe('示例文件正文');
  });

  it('composes in the middle of a paragraph', async () => {
    await nav.select('示例市关于植树的通知');
    await editor.clickBlock(0);
    await session.page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await session.page.keyboard.press('ArrowRight');
    await editor.typeWithIme('quanshi', '全市');
    await expect.poll(() => editor.block(0).innerText()).toBe('今年春季全市植树工作即将开始。');
  });

  it('replaces a selection with the composed text', async () => {
    await editor.clickBlock(1);
    await session.page.keyboard.press('Home');
    await session.page.keyboard.press('Shift+ArrowRight');
    await session.page.keyboard.press('Shift+ArrowRight');
    await editor.typeWithIme('ge', '各');
    await editor.typeWithIme('xianqu', '县区');
    await expect.poll(() => editor.block(1).innerText()).toBe('各县区单位做好准备。');
  });

  it('composes inside a table cell', async () => {
    await editor.toolbar('插入表格');
    await editor.cell(0, 1, 1).click();
    await editor.typeWithIme('shuliang', '数量');
    await expect.poll(() => editor.cell(0, 1, 1).innerText()).toBe('数量');
    expect((await editor.cell(0, 1, 0).innerText()).replace(/[\ufeff\s]/g, '')).toBe('');
  });

  it('composes in the title field', async () => {
    await editor.field('标题').click();
    await session.page.keyboard.press('End');
    await editor.typeWithIme('gongzuo', '工作');
    await expect.poll(() => editor.field('标题').inputValue()).toBe('示例市关于植树的通知工作');
  });

  it('keeps the text once when a click ends a composition', async () => {
    await editor.clickBlock(0);
    await session.page.keyboard.press('End');
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Input.imeSetComposition', { text: 'lin', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: '林', selectionStart: 1, selectionEnd: 1 });
    // A click elsewhere commits what is being composed, as Chromium does when the IME loses focus.
    await editor.block(1).click();
    await session.page.waitForTimeout(200);
    const all = await editor.bodyText();
    expect(all.split('林').length - 1).toBeLessThanOrEqual(1);
    expect(all).not.toContain('lin');
    expect(session.errors).toEqual([]);
  });
});
