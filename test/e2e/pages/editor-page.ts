// Page object: the article editor — its fields, toolbar, body, and Chinese IME input through CDP.
import type { CDPSession, Locator, Page } from 'playwright-core';

export class EditorPage {
  private cdp: CDPSession | null = null;
  constructor(readonly page: Page) {}

  get body(): Locator {
    return this.page.getByTestId('article-body');
  }

  field(label: '标题' | '文号' | '主送' | '署名' | '日期' | '附注'): Locator {
    return this.page.getByTestId('meta-fields').getByLabel(label, { exact: true });
  }

  block(index: number): Locator {
    // Top-level blocks: elements not nested in another element (chunk wrappers are plain divs).
    return this.body.locator('[data-slate-node="element"]:not([data-slate-node="element"] [data-slate-node="element"])').nth(index);
  }

  /** Clicks into a block and makes sure the caret landed there (the pane may still be settling after a switch). */
  async clickBlock(index: number): Promise<void> {
    const block = this.block(index);
    for (let attempt = 0; attempt < 5; attempt++) {
      await block.click();
      const inside = await block.evaluate((el) => {
        const anchor = window.getSelection()?.anchorNode;
        return Boolean(anchor && el.contains(anchor));
      });
      // Slate reads the DOM selection on a 100 ms throttle; a person's next key comes later than that.
      await this.page.waitForTimeout(150);
      if (inside) return;
    }
    throw new Error(`the caret did not land in block ${index}`);
  }

  async bodyText(): Promise<string> {
    return (await this.body.innerText()).replace(/\u200b|\ufeff/g, '');
  }

  /** Puts the caret at the end of the body's last text block. */
  async caretToEnd(): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('Control+End');
  }

  toolbarButton(name: string): Locator {
    return this.page.locator('.editor-toolbar').getByRole('button', { name, exact: true });
  }

  async toolbar(name: string): Promise<void> {
    await this.toolbarButton(name).dispatchEvent('mousedown');
  }

  /**
   * Types `text` the way a pinyin IME does: composition updates with the pinyin letters, then the chosen
   * characters committed (Input.imeSetComposition + Input.insertText, as Chromium receives them from an IME).
   */
  async typeWithIme(pinyin: string, text: string): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    // A person's first pinyin key comes well after the caret moved. A composition started within
    // milliseconds of an arrow key can land in the wrong block (a Slate DOM-selection sync race).
    await this.page.waitForTimeout(60);
    for (let i = 1; i <= pinyin.length; i++) {
      const composing = pinyin.slice(0, i);
      await this.cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
    }
    await this.cdp.send('Input.insertText', { text });
    // Slate applies the committed text in its own event handling; a person's next key or click comes after the
    // page has painted it. Wait for two frames so that the next action does not race the commit.
    await this.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  }

  /** Selects from the start of one cell to the start of another by shift-click (what a clerk drags). */
  async selectCells(from: Locator, to: Locator): Promise<void> {
    await from.click();
    await to.click({ modifiers: ['Shift'] });
  }

  cell(table: number, row: number, col: number): Locator {
    return this.body.locator('table.tbl').nth(table).locator('tr').nth(row).locator('td').nth(col);
  }
}
