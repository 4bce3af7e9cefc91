// Page object: the start screen (new issue, open, recent files).
import type { Page } from 'playwright-core';

export class StartPage {
  constructor(readonly page: Page) {}

  async newIssue(profileName?: string): Promise<void> {
    if (profileName) await this.page.getByLabel('版式').selectOption({ label: profileName });
    await this.page.getByRole('button', { name: '按版式新建' }).click();
    await this.page.locator('.workspace').waitFor();
  }

  async openRecent(name: string): Promise<void> {
    await this.page.locator('.recent-list').getByRole('button', { name }).click();
    await this.page.locator('.workspace').waitFor();
  }
}
