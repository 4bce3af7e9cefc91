// Renderer-only specs against an in-page fake host: Chinese IME composition, tables (insert, merge, split),
// navigator moves with undo, the fields above the body, the unsaved marker. No console errors allowed.
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
import { WorkspacePage } from './pages/workspace-page';
import { NavigatorPage } from './pages/navigator-page';
import { EditorPage } from './pages/editor-page';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dist = path.join(repoRoot, 'dist/renderer');

function snapshot(): DocSnapshot {
  return {
    docId: 'd1',
    title: '未命名',
    file: null,
    assets: [],
    issue: {
      formatVersion: 1,
      meta: { name: '示例市人民政府公报', year: 2024, issue: 3, cumulative: 41 },
      profile: getProfile(),
      sections: [
        { id: 's1', title: '市人民政府文件', articles: [
          { id: 'a1', kind: 'document', meta: { title: '示例市人民政府关于做好春季植树工作的通知', docNo: '示政发〔2024〕5号' }, body: [
            { type: 'paragraph', children: [{ text: '各区人民政府，市政府各部门：' }] },
            { type: 'paragraph', children: [{ text: '为做好今年春季植树工作，现将有关事项通知如下。' }] },
          ] },
          { id: 'a2', kind: 'document', meta: { title: '示例市人民政府关于公布地名的决定' }, body: [{ type: 'paragraph', children: [{ text: '经研究，决定公布。' }] }] },
        ] },
        { id: 's2', title: '市人民政府办公室文件', articles: [] },
      ],
      front: { cover: true, board: true, toc: true },
      back: { backCover: true },
    },
  };
}

describe.skipIf(!chromiumAvailable())('article editor (fake host)', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let start: StartPage, workspace: WorkspacePage, nav: NavigatorPage, editor: EditorPage;

  beforeAll(async () => {
    await buildRenderer(repoRoot);
    fs.mkdirSync(path.join(repoRoot, 'test-results/e2e'), { recursive: true });
    server = await serveStatic(dist, path.join(repoRoot, 'build/fonts'));
    session = await openBrowser();
    await installFakeHost(session.page, snapshot());
    await session.page.goto(server.url);
    [start, workspace, nav, editor] = [new StartPage(session.page), new WorkspacePage(session.page), new NavigatorPage(session.page), new EditorPage(session.page)];
    await start.newIssue();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the documents of each 栏目 and the recognised fields', async () => {
    expect(await nav.sectionTitles()).toEqual(['市人民政府文件', '市人民政府办公室文件']);
    expect(await nav.articleTitlesIn('市人民政府文件')).toEqual(['示例市人民政府关于做好春季植树工作的通知', '示例市人民政府关于公布地名的决定']);
    expect(await editor.field('文号').inputValue()).toBe('示政发〔2024〕5号');
    await workspace.screenshot('editor-fake-host');
  });

  it('types Chinese through IME composition without duplicating or losing text', async () => {
    await editor.block(1).click();
    await session.page.keyboard.press('End');
    await editor.typeWithIme('zhongguo', '中国');
    await editor.typeWithIme('renmin', '人民');
    await editor.typeWithIme('ni', '你');
    expect(await editor.block(1).innerText()).toBe('为做好今年春季植树工作，现将有关事项通知如下。中国人民你');
    // In an empty paragraph too (where a placeholder would have broken it).
    await session.page.keyboard.press('Enter');
    await editor.typeWithIme('gongbao', '公报');
    expect(await editor.block(2).innerText()).toBe('公报');
    expect(await workspace.saveState()).toBe('unsaved');
  });

  it('sets headings by shortcut and roles by the toolbar, inserts a page break and a 专栏 box', async () => {
    await editor.block(2).click();
    await session.page.keyboard.press('Control+2');
    await expect.poll(() => editor.block(2).getAttribute('class')).toContain('h2');
    await session.page.locator('.editor-toolbar select').selectOption({ label: '署名' });
    await expect.poll(() => editor.block(2).getAttribute('class')).toContain('role-signature');
    await session.page.keyboard.press('Control+0');
    await expect.poll(() => editor.block(2).getAttribute('class')).toContain('role-body');
    await session.page.keyboard.press('End');
    await session.page.keyboard.press('Control+Enter');
    expect(await editor.body.locator('.page-break').count()).toBe(1);
    await editor.toolbar('专栏');
    await expect.poll(() => editor.body.locator('.box').count()).toBe(1);
    await editor.toolbar('撤销');
    await expect.poll(() => editor.body.locator('.box').count()).toBe(0);
    await editor.toolbar('撤销');
    expect(await editor.body.locator('.page-break').count()).toBe(0);
  });

  it('inserts a table, merges two cells and splits them again, with undo', async () => {
    await editor.toolbar('插入表格');
    await expect.poll(() => editor.body.locator('table.tbl').count()).toBe(1);
    await editor.cell(0, 0, 0).click();
    await session.page.keyboard.type('项目');
    await editor.selectCells(editor.cell(0, 0, 0), editor.cell(0, 0, 1));
    await editor.toolbar('合并单元格');
    await expect.poll(() => editor.cell(0, 0, 0).getAttribute('colspan')).toBe('2');
    expect(await editor.body.locator('table.tbl tr').nth(0).locator('td').count()).toBe(2);
    await editor.toolbar('加行');
    expect(await editor.body.locator('table.tbl tr').count()).toBe(4);
    await editor.cell(0, 0, 0).click();
    await editor.toolbar('拆分单元格');
    await expect.poll(() => editor.body.locator('table.tbl tr').nth(0).locator('td').count()).toBe(3);
    await editor.toolbar('撤销');
    await expect.poll(() => editor.cell(0, 0, 0).getAttribute('colspan')).toBe('2');
    await workspace.screenshot('editor-table');
  });

  it('moves a document to another 栏目 by drag and drop, and undoes it', async () => {
    await nav.dragArticleToSection('示例市人民政府关于公布地名的决定', '市人民政府办公室文件');
    expect(await nav.articleTitlesIn('市人民政府办公室文件')).toEqual(['示例市人民政府关于公布地名的决定']);
    await nav.undo();
    expect(await nav.articleTitlesIn('市人民政府办公室文件')).toEqual([]);
    // The text typed before the move survives its undo.
    await nav.select('示例市人民政府关于做好春季植树工作的通知');
    expect(await editor.bodyText()).toContain('中国人民你');
  });

  it('reorders within a 栏目, deletes a document and brings it back with undo', async () => {
    await nav.article('示例市人民政府关于公布地名的决定').dragTo(nav.article('示例市人民政府关于做好春季植树工作的通知'));
    expect(await nav.articleTitlesIn('市人民政府文件')).toEqual(['示例市人民政府关于公布地名的决定', '示例市人民政府关于做好春季植树工作的通知']);
    await nav.article('示例市人民政府关于公布地名的决定').click();
    await nav.article('示例市人民政府关于公布地名的决定').getByRole('button', { name: '删除' }).click();
    expect(await nav.articleTitlesIn('市人民政府文件')).toEqual(['示例市人民政府关于做好春季植树工作的通知']);
    await nav.undo();
    expect(await nav.articleTitlesIn('市人民政府文件')).toEqual(['示例市人民政府关于公布地名的决定', '示例市人民政府关于做好春季植树工作的通知']);
    await nav.root.getByRole('button', { name: '重做结构修改' }).click();
    await nav.undo();
    await nav.select('示例市人民政府关于做好春季植树工作的通知');
  });

  it('edits the title in the field and in the tree', async () => {
    await editor.field('标题').fill('示例市人民政府关于做好2024年春季植树工作的通知');
    expect(await nav.articleTitlesIn('市人民政府文件')).toContain('示例市人民政府关于做好2024年春季植树工作的通知');
    await nav.renameArticle('示例市人民政府关于公布地名的决定', '示例市人民政府关于公布第一批地名的决定');
    expect(await nav.articleTitlesIn('市人民政府文件')).toContain('示例市人民政府关于公布第一批地名的决定');
  });

  it('saves and clears the unsaved marker; no console errors', async () => {
    await workspace.save();
    const saved = await session.page.evaluate(() => (window as unknown as { __fakeHost: { saved: Array<{ sections: Array<{ articles: Array<{ body: unknown }> }> }> } }).__fakeHost.saved.at(-1));
    expect(JSON.stringify(saved)).toContain('中国人民你');
    expect(JSON.stringify(saved)).toContain('"colSpan":2');
    expect(session.errors).toEqual([]);
  });

  it('shows a Chinese message, not a blank window, when the host cannot be reached', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('无法连接本机服务');
    await page.screenshot({ path: 'test-results/e2e/host-unreachable.png' });
    await page.close();
  });
});
