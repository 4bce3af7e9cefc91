// The acceptance flow of issue 7 against the real web host (`npm run web`) in Debian Chromium: a new issue,
// two .docx and a text document imported, a move between 栏目, a title edit, Chinese typed through IME
// composition, a table with merged cells, the preview and 目录 numbers changing, a PDF exported and read back,
// close and reopen with everything as left; no console errors; screenshots of the main screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildRenderer } from './support/build-renderer';
import { chromiumAvailable, openBrowser, type Session } from './support/browser';
import { startWebHost, type RunningWebHost } from './support/web-host';
import { StartPage } from './pages/start-page';
import { WorkspacePage } from './pages/workspace-page';
import { NavigatorPage } from './pages/navigator-page';
import { EditorPage } from './pages/editor-page';
import { PreviewPage } from './pages/preview-page';
import { binned, columnInk, correlation, readPgm, rowInk } from './support/ink-profile';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpusDocx = path.resolve(repoRoot, '../shared/corpus/docx');
const docxFiles = ['04-gbt9704skill-standard-tongzhi.docx', '06-gbt9704skill-letter-han.docx'].map((f) => path.join(corpusDocx, f));
const textFile = path.join(import.meta.dirname, 'fixtures/示例市林业局工作简报.txt');
const ready = chromiumAvailable() && fs.existsSync(path.join(repoRoot, 'bin/web.js')) && docxFiles.every((f) => fs.existsSync(f));
if (!ready) console.warn('acceptance e2e skipped: needs /usr/bin/chromium, bin/web.js and ../shared/corpus/docx');

describe.skipIf(!ready)('a new user composes an issue in the browser (web host)', () => {
  let host: RunningWebHost;
  let session: Session;
  let start: StartPage, workspace: WorkspacePage, nav: NavigatorPage, editor: EditorPage, preview: PreviewPage;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-accept-'));
  const issueFile = path.join(outDir, '示例市人民政府公报2024年第3期.gazette');
  const pdfFile = path.join(outDir, '示例市人民政府公报2024年第3期.pdf');
  const sections: string[] = [];

  beforeAll(async () => {
    await buildRenderer(repoRoot);
    fs.mkdirSync(path.join(repoRoot, 'test-results/e2e'), { recursive: true });
    host = await startWebHost(repoRoot);
    session = await openBrowser();
    const page = session.page;
    [start, workspace, nav, editor, preview] = [new StartPage(page), new WorkspacePage(page), new NavigatorPage(page), new EditorPage(page), new PreviewPage(page)];
    await page.goto(host.url);
    await page.locator('.start-screen').waitFor();
    await workspace.screenshot('01-start');
  });

  afterAll(async () => {
    await session?.close();
    await host?.stop();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('creates an issue from a profile and fills its metadata', async () => {
    await start.newIssue();
    const initial = await nav.sectionTitles();
    expect(initial.length).toBeGreaterThanOrEqual(1);
    if (initial.length < 2) await nav.addSection('规范性文件');
    sections.push(...(await nav.sectionTitles()));
    expect(sections.length).toBeGreaterThanOrEqual(2);
    await workspace.openMeta();
    await session.page.getByLabel('期号（第N期）').fill('3');
    await session.page.getByLabel('总期号（总第M期）').fill('41');
    await workspace.screenshot('02-meta-form');
    await workspace.closeMeta();
    await expect.poll(() => session.page.locator('.issue-name').innerText()).toContain('第3期（总第41期）');
  });

  it('imports two .docx through the dialog and a text document by dropping it', async () => {
    await nav.importWithDialog(sections[0]!, docxFiles);
    await expect.poll(() => nav.articleTitlesIn(sections[0]!), { timeout: 60_000 }).toHaveLength(2);
    await nav.dropFiles(sections[1]!, [{ name: path.basename(textFile), bytes: fs.readFileSync(textFile) }]);
    await expect.poll(() => nav.articleTitlesIn(sections[1]!), { timeout: 60_000 }).toEqual(['示例市林业局关于春季森林防火工作的通知']);
    await expect.poll(() => nav.root.locator('.doc-no', { hasText: '示林发〔2024〕7号' }).count()).toBe(1);
    await expect.poll(() => nav.root.locator('.pages').count(), { timeout: 60_000 }).toBe(3);
    // What the importer recognised is marked in the fields, with its rule, and stays editable.
    await nav.select('示例市林业局关于春季森林防火工作的通知');
    expect(await editor.field('文号').getAttribute('class')).toContain('recognised');
    expect(await editor.field('文号').getAttribute('title')).toMatch(/可信度/);
    expect(await editor.field('署名').inputValue()).toBe('示例市林业局');
    await workspace.screenshot('03-imported');
  }, 240_000);

  it('moves a document to another 栏目 and edits a title', async () => {
    const [first] = await nav.articleTitlesIn(sections[0]!);
    await nav.dragArticleToSection(first!, sections[1]!);
    expect(await nav.articleTitlesIn(sections[1]!)).toContain(first);
    expect(await nav.articleTitlesIn(sections[0]!)).not.toContain(first);
    await nav.select('示例市林业局关于春季森林防火工作的通知');
    await editor.field('标题').fill('示例市林业局关于做好春季森林防火工作的通知');
    await expect.poll(() => nav.articleTitlesIn(sections[1]!)).toContain('示例市林业局关于做好春季森林防火工作的通知');
  });

  it('types Chinese through IME composition, inserts a table and merges two cells', async () => {
    const body = editor.body;
    await body.locator('[data-slate-node="element"]', { hasText: '发现火情及时报告' }).click();
    await session.page.keyboard.press('End');
    await editor.typeWithIme('yanfangsiyou', '严防死守');
    await expect.poll(() => editor.bodyText()).toContain('发现火情及时报告。严防死守');
    await editor.toolbar('插入表格');
    await editor.cell(0, 0, 0).click();
    await editor.typeWithIme('xiangmu', '项目');
    await editor.selectCells(editor.cell(0, 0, 0), editor.cell(0, 0, 1));
    await editor.toolbar('合并单元格');
    await expect.poll(() => editor.cell(0, 0, 0).getAttribute('colspan')).toBe('2');
    await workspace.screenshot('04-editor-table');
  });

  it('updates the preview and the 目录 numbers after an edit', async () => {
    await expect.poll(() => preview.pageCount(), { timeout: 60_000 }).toBeGreaterThan(0);
    // "Before" is the layout of everything typed so far (the table edits of the last test may still be on their way).
    await preview.settled();
    const revision = await preview.revision();
    const before = await preview.toc();
    const pagesBefore = await preview.pageCount();
    // A page break in the first document of the first 栏目 pushes every later document one page on.
    const firstTitle = (await nav.articleTitlesIn(sections[0]!))[0]!;
    await nav.select(firstTitle);
    await editor.block(0).click();
    await session.page.keyboard.press('Control+Enter');
    await preview.waitForUpdate(revision);
    await expect.poll(async () => (await preview.toc()).map(([, p]) => p).join(','), { timeout: 60_000 }).not.toBe(before.map(([, p]) => p).join(','));
    const after = await preview.toc();
    expect(after.length).toBe(before.length);
    const lastBefore = Number(before.at(-1)![1]);
    expect(Number(after.at(-1)![1])).toBeGreaterThan(lastBefore);
    // The page count may stay (an odd-page article start can absorb the extra page); it never shrinks here.
    expect(await preview.pageCount()).toBeGreaterThanOrEqual(pagesBefore);
    await workspace.screenshot('05-preview-toc');
  });

  it('jumps to a document from its page in the preview and from the 目录', async () => {
    await preview.settled();
    const [title] = (await preview.toc()).at(-1)!;
    // The page is looked up afresh on every try: the preview may still be settling from the last test's edits
    // (one more layout can move every document by a page), and a page number read once would then be stale.
    await expect
      .poll(async () => {
        const pdfPage = await session.page.getByTestId('toc').locator('li').last().getAttribute('data-pdf-page');
        const figure = preview.pageAt(Number(pdfPage));
        await figure.waitFor({ timeout: 120_000 });
        await figure.scrollIntoViewIfNeeded();
        // At the foot of the page: below the document's title wherever on the page it starts (a page may begin
        // with the end of the previous document, and the last document is the last to start on its page).
        const box = (await figure.locator('canvas').boundingBox())!;
        await figure.locator('canvas').click({ position: { x: box.width / 2, y: box.height * 0.97 } });
        return nav.root.locator('.nav-article.selected .nav-article-title').innerText();
      })
      .toBe(title);
    const [firstTitle] = (await preview.toc())[0]!;
    await session.page.getByTestId('toc').locator('li').first().click();
    await expect.poll(() => nav.root.locator('.nav-article.selected .nav-article-title').innerText()).toBe(firstTitle);
  });

  it('saves, exports a PDF that contains the typed text', async () => {
    await host.answerDialog([issueFile]);
    await workspace.save();
    expect(fs.existsSync(issueFile)).toBe(true);
    await host.answerDialog([pdfFile]);
    await workspace.export('PDF', true);
    expect(fs.existsSync(pdfFile)).toBe(true);
    // The web host has no file manager to open: it names the file's place on its console instead.
    await expect.poll(() => host.output.join('')).toContain(pdfFile);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('严防死守');
    expect(text).toContain('示例市林业局关于做好春季森林防火工作的通知');
  }, 240_000);

  it('draws the preview with the glyph positions of the PDF', async () => {
    // The first page of the first document, as the preview drew it and as poppler renders the exported PDF.
    const pdfPage = Number(await session.page.getByTestId('toc').locator('li').first().getAttribute('data-pdf-page'));
    const figure = preview.pageAt(pdfPage);
    await figure.scrollIntoViewIfNeeded();
    const canvas = figure.locator('canvas');
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 60_000 }).not.toBeNull();
    const drawn = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const pixels: number[] = [];
      // Composite over white: the canvas may leave pixels transparent.
      for (let i = 0; i < data.length; i += 4) pixels.push(Math.round(255 - (data[i + 3]! / 255) * (255 - (data[i]! + data[i + 1]! + data[i + 2]!) / 3)));
      return { width: c.width, height: c.height, pixels };
    });
    const base = path.join(outDir, 'page');
    execFileSync('pdftoppm', ['-f', String(pdfPage), '-l', String(pdfPage), '-gray', '-scale-to-x', String(drawn.width), '-scale-to-y', String(drawn.height), '-singlefile', pdfFile, base]);
    const printed = readPgm(fs.readFileSync(`${base}.pgm`));
    // Side by side for a person to look at.
    fs.writeFileSync('test-results/e2e/09-preview-canvas.png', Buffer.from((await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL('image/png'))).split(',')[1]!, 'base64'));
    execFileSync('pdftoppm', ['-f', String(pdfPage), '-l', String(pdfPage), '-png', '-scale-to-x', String(drawn.width), '-scale-to-y', String(drawn.height), '-singlefile', pdfFile, 'test-results/e2e/09-pdf-page']);
    expect([printed.width, printed.height]).toEqual([drawn.width, drawn.height]);
    expect(rowInk(drawn).reduce((a, b) => a + b, 0)).toBeGreaterThan(100 * 255);
    // At 4-pixel bins (about 2.8 pt at this scale) the ink of both must lie in the same places.
    expect(correlation(binned(rowInk(drawn), 4), binned(rowInk(printed), 4))).toBeGreaterThan(0.85);
    expect(correlation(binned(columnInk(drawn), 4), binned(columnInk(printed), 4))).toBeGreaterThan(0.9);
  });

  it('prints every page through the system dialog', async () => {
    await session.page.evaluate(() => {
      window.print = () => {
        (window as unknown as { __printed: number }).__printed = document.querySelectorAll('.preview-page canvas[data-drawn]').length;
      };
    });
    await session.page.getByRole('button', { name: '打印' }).click();
    await session.page.waitForFunction(() => (window as unknown as { __printed?: number }).__printed !== undefined, null, { timeout: 60_000 });
    const printed = await session.page.evaluate(() => (window as unknown as { __printed: number }).__printed);
    expect(printed).toBe(await preview.pageCount());
    await session.page.emulateMedia({ media: 'print' });
    await workspace.screenshot('08-print-media');
    await session.page.emulateMedia({ media: 'screen' });
  });

  it('closes, reopens and finds everything as left', async () => {
    const titlesBefore = await Promise.all(sections.map((s) => nav.articleTitlesIn(s)));
    await workspace.closeIssue();
    await workspace.screenshot('06-closed');
    await start.openRecent(path.basename(issueFile));
    expect(await Promise.all(sections.map((s) => nav.articleTitlesIn(s)))).toEqual(titlesBefore);
    await nav.select('示例市林业局关于做好春季森林防火工作的通知');
    await expect.poll(() => editor.bodyText()).toContain('严防死守');
    expect(await editor.cell(0, 0, 0).getAttribute('colspan')).toBe('2');
    expect(await workspace.saveState()).toBe('saved');
    await workspace.screenshot('07-reopened');
  });

  it('logged no console errors', () => {
    expect(session.errors).toEqual([]);
  });
});
