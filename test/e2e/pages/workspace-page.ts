// Page object: the workspace chrome — save state, save, export, metadata form, close.
import type { Page } from 'playwright-core';

export class WorkspacePage {
  constructor(readonly page: Page) {}

  saveState(): Promise<string | null> {
    return this.page.getByTestId('save-state').getAttribute('data-state');
  }

  async save(): Promise<void> {
    await this.page.locator('.top-bar').getByRole('button', { name: '保存', exact: true }).click();
    await this.page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 30_000 });
  }

  async openMeta(): Promise<void> {
    await this.page.getByRole('button', { name: '刊物信息' }).click();
    await this.page.locator('form.meta-form').waitFor();
  }

  async closeMeta(): Promise<void> {
    await this.page.getByRole('button', { name: '刊物信息' }).click();
  }

  /** Exports and returns the handle of the written file; `reveal` also asks for its folder to be shown. */
  async export(format: 'PDF' | 'DOCX', reveal = false): Promise<string> {
    await this.page.getByRole('button', { name: `导出 ${format}` }).click();
    const done = this.page.getByTestId('export-done');
    await done.waitFor({ timeout: 180_000 });
    const handle = (await done.getAttribute('data-handle')) ?? '';
    if (reveal) await this.page.getByRole('dialog').getByRole('button', { name: '打开所在文件夹' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    return handle;
  }

  async closeIssue(): Promise<void> {
    await this.page.getByRole('button', { name: '关闭本期' }).click();
    await this.page.locator('.start-screen').waitFor();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/e2e/${name}.png` });
  }
}
