// Page object: the live preview — page count, 目录 lines with their numbers, drawn pages.
import type { Locator, Page } from 'playwright-core';

export class PreviewPage {
  constructor(readonly page: Page) {}

  get pages(): Locator {
    return this.page.getByTestId('preview-pages').locator('figure.preview-page');
  }

  /** The drawn page at a 1-based position in the document (the PDF's page number). */
  pageAt(pdfPage: number): Locator {
    return this.page.getByTestId('preview-pages').locator(`figure.preview-page[data-page="${pdfPage}"]`);
  }

  /** Pages drawn turned a quarter (a landscape table's pages). */
  get turnedPages(): Locator {
    return this.page.getByTestId('preview-pages').locator('figure.preview-page[data-turned]');
  }

  async pageCount(): Promise<number> {
    return this.pages.count();
  }

  async revision(): Promise<number> {
    return Number(await this.page.getByTestId('preview-pages').getAttribute('data-revision'));
  }

  /** The 目录 as [title, page] pairs. */
  async toc(): Promise<Array<[string, string]>> {
    const items = this.page.getByTestId('toc').locator('li');
    const n = await items.count();
    const out: Array<[string, string]> = [];
    for (let i = 0; i < n; i++) {
      out.push([await items.nth(i).locator('.toc-title').innerText(), await items.nth(i).locator('.toc-page').innerText()]);
    }
    return out;
  }

  /** Waits until the preview shows the editor's latest revision: no layout pending from an earlier edit. */
  async settled(timeout = 60_000): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const perf = (window as unknown as { __gazettePerf?: { revision(): number; previewRevision(): number } }).__gazettePerf;
        return !!perf && perf.previewRevision() === perf.revision();
      },
      undefined,
      { timeout },
    );
  }

  /** Waits until the preview has laid out a revision newer than `after`. */
  async waitForUpdate(after: number, timeout = 60_000): Promise<number> {
    await this.page.waitForFunction(
      (previous) => Number(document.querySelector('[data-testid="preview-pages"]')?.getAttribute('data-revision') ?? -1) > previous,
      after,
      { timeout },
    );
    return this.revision();
  }
}
