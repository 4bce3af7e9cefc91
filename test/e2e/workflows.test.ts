// Further flows against the real web host: metadata and carry-over to the next issue, the checks panel
// (jump and one-click fix), paste from Word, DOCX export, a broken file reported in Chinese, and the
// recovery prompt after the window went away without saving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildRenderer } from './support/build-renderer';
import type { Page } from 'playwright-core';
import { chromiumAvailable, openBrowser, type Session } from './support/browser';
import { startWebHost, type RunningWebHost } from './support/web-host';
import { solidPng } from './support/png';
import { StartPage } from './pages/start-page';
import { WorkspacePage } from './pages/workspace-page';
import { NavigatorPage } from './pages/navigator-page';
import { EditorPage } from './pages/editor-page';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const notice = path.join(import.meta.dirname, 'fixtures/示例市交通局通知.txt');
const ready = chromiumAvailable() && fs.existsSync(path.join(repoRoot, 'bin/web.js'));

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";}</style></head><body>
<p class=MsoNormal style="text-indent:32.0pt;mso-char-indent-count:2.0"><span style="font-family:仿宋_GB2312">请各单位于十月底前报送总结。<o:p></o:p></span></p>
<table class=MsoTableGrid border=1><tr><td colspan=2><p class=MsoNormal>报送单位<o:p></o:p></p></td></tr><tr><td><p class=MsoNormal>市交通运输局</p></td><td><p class=MsoNormal>10月31日</p></td></tr></table>
</body></html>`;

describe.skipIf(!ready)('workflows in the browser (web host)', () => {
  let host: RunningWebHost;
  let session: Session;
  let start: StartPage, workspace: WorkspacePage, nav: NavigatorPage, editor: EditorPage;
  let current: Page;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-flows-'));
  const issueFile = path.join(outDir, '2024年第5期.gazette');
  const docxFile = path.join(outDir, '2024年第5期.docx');

  beforeAll(async () => {
    await buildRenderer(repoRoot);
    fs.mkdirSync(path.join(repoRoot, 'test-results/e2e'), { recursive: true });
    host = await startWebHost(repoRoot);
    session = await openBrowser();
    const page = session.page;
    [start, workspace, nav, editor] = [new StartPage(page), new WorkspacePage(page), new NavigatorPage(page), new EditorPage(page)];
    await page.goto(host.url);
    await start.newIssue();
  });

  afterAll(async () => {
    await session?.close();
    await host?.stop();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('finds a half-width comma, jumps to it and fixes it with one click', async () => {
    const [section] = await nav.sectionTitles();
    await nav.dropFiles(section!, [{ name: path.basename(notice), bytes: fs.readFileSync(notice) }]);
    await nav.article('示例市交通运输局关于做好节日期间道路运输安全工作的通知').waitFor({ timeout: 60_000 });
    await nav.select('示例市交通运输局关于做好节日期间道路运输安全工作的通知');
    // The importer already made the file's punctuation full-width; the clerk types a half-width comma.
    await editor.body.locator('[data-slate-node="element"]', { hasText: '节日临近' }).click();
    await session.page.keyboard.press('Home');
    await session.page.keyboard.insertText('国庆,');
    const finding = session.page.getByTestId('findings').locator('li', { hasText: '“,”' }).first();
    await finding.waitFor({ timeout: 60_000 });
    await workspace.screenshot('10-checks');
    await finding.locator('button.link').click();
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('article-body');
    await finding.getByRole('button', { name: /修正/ }).click();
    await expect.poll(() => editor.bodyText()).toContain('国庆，节日临近');
    // A fix is one undo step of the tree, and the open editor follows it both ways.
    await nav.undo();
    await expect.poll(() => editor.bodyText()).toContain('国庆,节日临近');
    await nav.root.getByRole('button', { name: '重做结构修改' }).click();
    await expect.poll(() => editor.bodyText()).toContain('国庆，节日临近');
  });

  it('pastes from Word: paragraphs and a table with a merged cell become our blocks', async () => {
    await editor.body.locator('[data-slate-node="element"]', { hasText: '严格执行安全检查制度' }).click();
    await session.page.keyboard.press('End');
    // Through the real clipboard, as Word leaves it: text/html and text/plain flavours.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await session.page.evaluate(async (html) => {
      await navigator.clipboard.write([new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob(['请各单位于十月底前报送总结。'], { type: 'text/plain' }),
      })]);
    }, WORD_HTML);
    await session.page.keyboard.press('Control+V');
    await expect.poll(() => editor.bodyText()).toContain('请各单位于十月底前报送总结。');
    expect(await editor.body.locator('table.tbl td[colspan="2"]', { hasText: '报送单位' }).count()).toBe(1);
    expect(await editor.bodyText()).not.toContain('mso');
  });

  it('inserts an image that the editor shows and the host keeps', async () => {
    const png = path.join(outDir, '示意图.png');
    fs.writeFileSync(png, solidPng(40, 30, [200, 30, 30]));
    const chooser = session.page.waitForEvent('filechooser');
    await editor.toolbar('图片');
    await (await chooser).setFiles(png);
    const image = editor.body.locator('.image img');
    await image.waitFor({ timeout: 30_000 });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  });

  it('reports a broken file in Chinese and keeps working', async () => {
    const [section] = await nav.sectionTitles();
    await nav.dropFiles(section!, [{ name: '损坏的文件.docx', bytes: Buffer.from('这不是一个docx文件') }]);
    const alert = session.page.locator('.notice.error', { hasText: '损坏的文件.docx' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.innerText()).toMatch(/没有导入/);
    await alert.getByRole('button').click();
  });

  it('keeps metadata, exports DOCX, and carries the issue over to the next one', async () => {
    await workspace.openMeta();
    const page = session.page;
    await page.getByLabel('年份').fill('2024');
    await page.getByLabel('期号（第N期）').fill('5');
    await page.getByLabel('总期号（总第M期）').fill('50');
    await page.getByLabel('刊期').fill('月刊');
    await page.getByLabel('编委会（每行：职务：姓名、姓名）').fill('主任：张　三\n编委：李四、王五');
    await page.getByLabel('刊名', { exact: true }).click();
    await workspace.closeMeta();
    await host.answerDialog([issueFile]);
    await workspace.save();
    await host.answerDialog([docxFile]);
    await workspace.export('DOCX');
    expect(fs.readFileSync(docxFile).subarray(0, 2).toString()).toBe('PK');
    await workspace.closeIssue();

    await session.page.getByLabel('上一期文件').selectOption({ label: path.basename(issueFile) });
    await session.page.getByRole('button', { name: '接续上一期' }).click();
    await session.page.locator('.workspace').waitFor();
    await expect.poll(() => session.page.locator('.issue-name').innerText()).toContain('2024年第6期（总第51期）');
    await workspace.openMeta();
    expect(await page.getByLabel('编委会（每行：职务：姓名、姓名）').inputValue()).toContain('编委：李四、王五');
    await workspace.screenshot('11-carried-over');
    await workspace.closeMeta();
  });

  it('offers to recover unsaved work after a crash', async () => {
    const [section] = await nav.sectionTitles();
    await nav.addArticle(section!);
    await editor.body.click();
    await editor.typeWithIme('huifu', '恢复测试');
    await session.page.locator('.save-state', { hasText: '已自动暂存' }).waitFor({ timeout: 30_000 });
    // The host dies without saving or closing the issue (a crash); it is started again on the same data.
    await session.page.close();
    await host.crash();
    host = await startWebHost(repoRoot, host.userData);
    const page = await session.context.newPage();
    current = page;
    page.on('console', (msg) => msg.type() === 'error' && session.errors.push(msg.text()));
    await page.goto(host.url);
    const prompt = page.getByRole('dialog', { name: '发现上次未保存的内容' });
    await prompt.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: 'test-results/e2e/12-recovery.png' });
    await prompt.getByRole('button', { name: '恢复' }).click();
    await page.locator('.workspace').waitFor();
    await page.locator('.nav-article', { hasText: '未命名文件' }).click();
    await expect.poll(() => page.getByTestId('article-body').innerText()).toContain('恢复测试');
    expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('unsaved');
  });

  it('shows export progress and cancels a long export without leaving a file', async () => {
    const seed = path.resolve(repoRoot, '../shared/corpus/seeds/000_63a1460c37b6d648.txt');
    if (!fs.existsSync(seed)) return console.warn('export cancel skipped: corpus seed 000 absent');
    // The page after the recovery test: fresh page objects on it.
    const page = current;
    const [nav2, workspace2] = [new NavigatorPage(page), new WorkspacePage(page)];
    const [section] = await nav2.sectionTitles();
    await nav2.dropFiles(section!, [{ name: '000.txt', bytes: fs.readFileSync(seed) }]);
    await expect.poll(() => nav2.root.locator('.nav-article').count(), { timeout: 120_000 }).toBeGreaterThan(5);
    const pdf = path.join(outDir, 'cancelled.pdf');
    await host.answerDialog([pdf]);
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await dialog.locator('progress').waitFor();
    await workspace2.screenshot('13-export-progress');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.getByText('已取消导出。').waitFor({ timeout: 60_000 });
    expect(fs.existsSync(pdf)).toBe(false);
    await dialog.getByRole('button', { name: '关闭' }).click();
  }, 240_000);

  it('logged no console errors', () => {
    expect(session.errors).toEqual([]);
  });
});
