// Page object: the tree of 栏目 and documents.
import type { Locator, Page } from 'playwright-core';
import { answerDialogs } from '../support/browser';

export class NavigatorPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('nav.navigator');
  }

  section(title: string): Locator {
    return this.root.locator('.nav-section').filter({ has: this.page.locator('.nav-section-title', { hasText: title }) });
  }

  article(title: string): Locator {
    return this.root.locator('.nav-article').filter({ has: this.page.locator('.nav-article-title', { hasText: title }) });
  }

  async sectionTitles(): Promise<string[]> {
    return this.root.locator('.nav-section-title').allTextContents();
  }

  async articleTitlesIn(section: string): Promise<string[]> {
    return this.section(section).locator('.nav-article-title').allTextContents();
  }

  /** Adds a 栏目 at the end and names it. */
  async addSection(title: string): Promise<void> {
    await this.root.getByRole('button', { name: '新增栏目' }).click();
    answerDialogs(this.page, title);
    const added = this.root.locator('.nav-section').last();
    await added.hover();
    await added.locator('.nav-section-head').getByRole('button', { name: '重命名' }).click();
    await this.section(title).waitFor();
  }

  async addArticle(section: string): Promise<void> {
    await this.section(section).hover();
    await this.section(section).locator('.nav-section-head').getByRole('button', { name: '新建文件' }).click();
  }

  /** Opens a document and waits until its editor shows it. */
  async select(title: string): Promise<void> {
    await this.article(title).click();
    await this.page.waitForFunction(
      (expected) => (document.querySelector('[data-field="title"]') as HTMLTextAreaElement | null)?.value === expected,
      title,
    );
  }

  async renameArticle(title: string, next: string): Promise<void> {
    answerDialogs(this.page, next);
    await this.article(title).click();
    await this.article(title).getByRole('button', { name: '重命名' }).click();
  }

  async dragArticleToSection(title: string, section: string): Promise<void> {
    await this.article(title).dragTo(this.section(section).locator('.nav-section-head'));
  }

  async undo(): Promise<void> {
    await this.root.getByRole('button', { name: '撤销结构修改' }).click();
  }

  /** Drops files on a 栏目 as the desktop would (a DataTransfer with File objects). */
  async dropFiles(section: string, files: Array<{ name: string; bytes: Buffer }>): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') }));
    const transfer = await this.page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const item of items) {
        const binary = atob(item.base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        dt.items.add(new File([bytes], item.name));
      }
      return dt;
    }, payload);
    await this.section(section).locator('.nav-section-head').dispatchEvent('drop', { dataTransfer: transfer });
  }

  async importWithDialog(section: string, files: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section(section).hover();
    await this.section(section).locator('.nav-section-head').getByRole('button', { name: '导入文件' }).click();
    await (await chooser).setFiles(files);
  }
}
