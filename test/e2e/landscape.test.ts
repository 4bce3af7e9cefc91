// 横排 in the editor (fake host): the clerk puts the caret in a wide table and presses 横排 — the button shows
// pressed, the preview lays the table out on pages of its own turned a quarter, undo sets it upright again,
// and the saved issue carries `landscape: true` through a .gazette file and prints turned (pdfjs text matrices).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { getProfile } from '../../shared/profiles';
import { paragraph, type Block, type TableBlock } from '../../shared/model/blocks';
import { decodeGazette, encodeGazette } from '../../shared/model/gazette-file';
import type { Issue } from '../../shared/model/issue';
import type { DocSnapshot } from '../../shared/api';
import { buildRenderer } from './support/build-renderer';
import { chromiumAvailable, openBrowser, type Session } from './support/browser';
import { serveStatic } from './support/static-server';
import { installFakeHost } from './support/fake-host';
import { StartPage } from './pages/start-page';
import { WorkspacePage } from './pages/workspace-page';
import { EditorPage } from './pages/editor-page';
import { PreviewPage } from './pages/preview-page';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { build } from '../typeset/fixture-issue';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Ten columns of a fictional project list: too wide to read comfortably upright. */
function wideTable(rows: number): TableBlock {
  const head = ['序号', '县（市、区）', '项目名称', '建设内容', '总投资（万元）', '开工时间', '竣工时间', '责任单位', '进度', '备注'];
  const body = Array.from({ length: rows }, (_, r) => [
    String(r + 1), ['示例区', '东城县', '西山县'][r % 3]!, `第${r + 1}号游园`, '绿化及步道改造', String(300 + r * 11),
    '2024年4月', '2024年10月', '市园林绿化中心', ['前期', '在建'][r % 2]!, '',
  ]);
  const cell = (text: string) => ({ type: 'table-cell' as const, children: [paragraph(text)] });
  return { type: 'table', headerRows: 1, children: [head, ...body].map((row) => ({ type: 'table-row' as const, children: row.map(cell) })) };
}

function snapshot(): DocSnapshot {
  const body: Block[] = [
    paragraph('各区人民政府，市政府各部门：现将2024年口袋公园建设项目印发给你们，请抓好落实。'),
    { ...paragraph('示例市2024年口袋公园建设项目表'), role: 'tableTitle' },
    wideTable(14),
    { ...paragraph('注：总投资含市级补助资金。'), role: 'tableNote' },
    paragraph('各责任单位要按期完成建设任务。'),
  ];
  return {
    docId: 'd1', title: '未命名', file: null, assets: [],
    issue: {
      formatVersion: 1,
      meta: { name: '示例市人民政府公报', year: 2024, issue: 4, cumulative: 42 },
      profile: getProfile(),
      sections: [{ id: 's1', title: '市人民政府办公室文件', articles: [
        { id: 'a1', kind: 'document', meta: { title: '示例市人民政府办公室关于印发口袋公园建设项目表的通知', docNo: '示政办发〔2024〕9号' }, body },
      ] }],
      front: { cover: false, board: false, toc: false },
      back: { backCover: false },
    },
  };
}

describe.skipIf(!chromiumAvailable())('横排 table in the editor (fake host)', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let workspace: WorkspacePage, editor: EditorPage, preview: PreviewPage;
  let uprightPages = 0;

  beforeAll(async () => {
    await buildRenderer(repoRoot);
    server = await serveStatic(path.join(repoRoot, 'dist/renderer'), path.join(repoRoot, 'build/fonts'));
    session = await openBrowser();
    await installFakeHost(session.page, snapshot());
    await session.page.goto(server.url);
    [workspace, editor, preview] = [new WorkspacePage(session.page), new EditorPage(session.page), new PreviewPage(session.page)];
    await new StartPage(session.page).newIssue();
    await session.page.locator('[data-testid="preview-pages"] figure.preview-page').first().waitFor({ timeout: 60_000 });
    uprightPages = await preview.pageCount();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('turns the table under the caret and shows it pressed; the preview sets it on turned pages of its own', async () => {
    const button = editor.toolbarButton('横排');
    expect(await button.getAttribute('title')).toBe('横排表格（表格较宽时转 90° 单独成页）');
    expect(await button.isDisabled()).toBe(true); // caret not in a table yet
    expect(await preview.turnedPages.count()).toBe(0);
    await editor.cell(0, 3, 2).click();
    await expect.poll(() => button.isDisabled()).toBe(false);
    expect(await button.getAttribute('aria-pressed')).toBe('false');

    const revision = await preview.revision();
    await editor.toolbar('横排');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(await editor.body.locator('table.tbl[data-landscape]').count()).toBe(1);
    await preview.waitForUpdate(revision);
    await workspace.screenshot('landscape-toolbar');
    await expect.poll(() => preview.turnedPages.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // The text before stays on an upright page, the table's pages follow, the text after starts a fresh page.
    const pages = await preview.pages.evaluateAll((figures) => figures.map((f) => f.hasAttribute('data-turned')));
    expect(pages[0]).toBe(false);
    expect(pages.at(-1)).toBe(false);
    expect(pages.filter(Boolean).length).toBe(pages.lastIndexOf(true) - pages.indexOf(true) + 1);
    expect(pages.length).toBeGreaterThan(uprightPages);
    // The turned page is drawn (not left a placeholder).
    const turned = preview.turnedPages.first();
    await turned.scrollIntoViewIfNeeded();
    await expect.poll(() => turned.locator('canvas').getAttribute('data-drawn'), { timeout: 30_000 }).not.toBeNull();
    await turned.locator('canvas').screenshot({ path: 'test-results/e2e/landscape-preview-page.png' });
  });

  it('undo sets the table upright again, redo turns it back', async () => {
    let revision = await preview.revision();
    await editor.toolbar('撤销');
    await expect.poll(() => editor.toolbarButton('横排').getAttribute('aria-pressed')).toBe('false');
    expect(await editor.body.locator('table.tbl[data-landscape]').count()).toBe(0);
    revision = await preview.waitForUpdate(revision);
    await expect.poll(() => preview.turnedPages.count()).toBe(0);
    expect(await preview.pageCount()).toBe(uprightPages);
    await editor.toolbar('重做');
    await expect.poll(() => editor.toolbarButton('横排').getAttribute('aria-pressed')).toBe('true');
    await preview.waitForUpdate(revision);
    await expect.poll(() => preview.turnedPages.count()).toBeGreaterThan(0);
  });

  it('saves the table as landscape; the .gazette file keeps it; no console errors', async () => {
    await workspace.save();
    const saved = (await session.page.evaluate(() => (window as unknown as { __fakeHost: { saved: unknown[] } }).__fakeHost.saved.at(-1))) as Issue;
    const reread = decodeGazette(encodeGazette(saved), '测试.gazette').issue;
    const tables = reread.sections[0]!.articles[0]!.body.filter((b): b is TableBlock => b.type === 'table');
    expect(tables.map((t) => t.landscape)).toEqual([true]);
    expect(tables[0]!.children.length).toBe(15);
    expect(session.errors).toEqual([]);
  });

  it('the saved issue prints the table turned: its text runs up the page in the PDF', async () => {
    const saved = (await session.page.evaluate(() => (window as unknown as { __fakeHost: { saved: unknown[] } }).__fakeHost.saved.at(-1))) as Issue;
    const { tree, pdf } = await build(saved);
    const index = tree.pages.findIndex((p) => p.items.some((i) => i.kind === 'group'));
    expect(index).toBeGreaterThan(0);
    const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    const items = (await (await doc.getPage(index + 1)).getTextContent()).items as Array<{ str: string; transform: number[] }>;
    const row = items.find((i) => i.str.includes('第1号游园'))!;
    expect(row).toBeDefined();
    // a quarter turn anticlockwise: the text matrix maps x to up the page
    expect(Math.abs(row.transform[0]!)).toBeLessThan(1e-6);
    expect(row.transform[1]!).toBeGreaterThan(0);
    await doc.destroy();
  });
});
