// Editor bench: with the 000 corpus issue open in the browser (web host + Debian Chromium), types in its
// longest document and measures (1) keystroke latency, from the input event to the next frame, and
// (2) preview update time, from a keystroke to the preview holding that revision's layout.
// Run: `npx tsx test/e2e/perf/editor-perf.ts` (prints JSON), or call measureEditor() from the bench.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer } from '../support/build-renderer';
import { openBrowser } from '../support/browser';
import { startWebHost } from '../support/web-host';
import { StartPage } from '../pages/start-page';
import { NavigatorPage } from '../pages/navigator-page';
import { EditorPage } from '../pages/editor-page';

export interface EditorFigures {
  document: string;
  blocks: number;
  pages: number;
  keystrokes: number;
  typingMedianMs: number;
  typingP95Ms: number;
  previewUpdateMs: number[];
  previewUpdateMedianMs: number;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

interface PerfHooks {
  revision(): number;
  previewRevision(): number;
  pageCount(): number;
  articles(): Array<{ id: string; title: string; blocks: number; chars: number }>;
}
type PerfWindow = Window & { __gazettePerf: PerfHooks };

export async function measureEditor(repoRoot: string, options: { keystrokes?: number; previewSamples?: number; build?: boolean } = {}): Promise<EditorFigures> {
  const seed = path.resolve(repoRoot, '../shared/corpus/seeds/000_63a1460c37b6d648.txt');
  if (!fs.existsSync(seed)) throw new Error(`corpus issue 000 not found at ${seed}`);
  if (options.build !== false) await buildRenderer(repoRoot);
  const host = await startWebHost(repoRoot);
  const session = await openBrowser();
  const { page } = session;
  page.on('crash', () => console.error('editor-perf: the page crashed'));
  try {
    await page.goto(host.url);
    await page.locator('.start-screen').waitFor();
    await new StartPage(page).newIssue();
    const nav = new NavigatorPage(page);
    const [section] = await nav.sectionTitles();
    await nav.dropFiles(section!, [{ name: '000.txt', bytes: fs.readFileSync(seed) }]);
    await page.waitForFunction(() => (window as unknown as PerfWindow).__gazettePerf.articles().length > 5, null, { timeout: 180_000, polling: 1000 });
    // Wait for the whole issue to be laid out once.
    await page.waitForFunction(() => {
      const perf = (window as unknown as PerfWindow).__gazettePerf;
      return perf.previewRevision() === perf.revision() && perf.pageCount() > 0;
    }, null, { timeout: 300_000, polling: 1000 });
    const articles = await page.evaluate(() => (window as unknown as PerfWindow).__gazettePerf.articles());
    const longest = articles.reduce((a, b) => (b.chars > a.chars ? b : a));
    await page.locator(`.nav-article[data-article="${longest.id}"]`).click();
    const editor = new EditorPage(page);
    await editor.body.waitFor();
    const middle = editor.body.locator('p[data-slate-node="element"]').nth(Math.floor(longest.blocks / 2));
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    await page.keyboard.press('End');

    // In the page: time from each input event to the frame after it has been handled.
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[] };
      w.__latencies = [];
      document.addEventListener('beforeinput', (event) => {
        const started = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - started), 0));
      }, { capture: true });
    });
    const text = '为切实做好春季森林防火工作保护森林资源安全现就有关事项通知如下';
    const keystrokes = options.keystrokes ?? 60;
    const cdp = await page.context().newCDPSession(page);
    for (let i = 0; i < keystrokes; i++) {
      await cdp.send('Input.insertText', { text: text[i % text.length]! });
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(300);
    const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);

    const previewUpdateMs: number[] = [];
    for (let i = 0; i < (options.previewSamples ?? 5); i++) {
      await page.waitForFunction(() => {
        const perf = (window as unknown as PerfWindow).__gazettePerf;
        return perf.previewRevision() === perf.revision();
      }, null, { timeout: 300_000, polling: 100 });
      const started = Date.now();
      await cdp.send('Input.insertText', { text: '字' });
      const revision = await page.evaluate(() => (window as unknown as PerfWindow).__gazettePerf.revision());
      await page.waitForFunction((r) => (window as unknown as PerfWindow).__gazettePerf.previewRevision() >= r, revision, { timeout: 300_000, polling: 10 });
      previewUpdateMs.push(Date.now() - started);
    }
    const pages = await page.evaluate(() => (window as unknown as PerfWindow).__gazettePerf.pageCount());
    await page.screenshot({ path: path.join(repoRoot, 'test-results/e2e/bench-longest-document.png') }).catch(() => undefined);
    return {
      document: longest.title,
      blocks: longest.blocks,
      pages,
      keystrokes: latencies.length,
      typingMedianMs: Math.round(quantile(latencies, 0.5) * 10) / 10,
      typingP95Ms: Math.round(quantile(latencies, 0.95) * 10) / 10,
      previewUpdateMs,
      previewUpdateMedianMs: quantile(previewUpdateMs, 0.5),
    };
  } finally {
    await session.close();
    await host.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  fs.mkdirSync(path.join(repoRoot, 'test-results/e2e'), { recursive: true });
  measureEditor(repoRoot).then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
