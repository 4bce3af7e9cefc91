// Debian Chromium driven by playwright-core: headless, no network side-traffic, a fresh profile per run,
// and every console error or page error collected so a spec can assert there were none.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumAvailable = () => fs.existsSync(CHROMIUM);

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Session> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1500, height: 950 },
    locale: 'zh-CN',
    acceptDownloads: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => {
    // Specs queue answers for prompt()/confirm() through answerDialogs(); anything unexpected is accepted.
    const next = pendingAnswers.get(page)?.shift();
    void (dialog.type() === 'prompt' ? dialog.accept(next ?? dialog.defaultValue()) : dialog.accept());
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const pendingAnswers = new WeakMap<Page, string[]>();

/** Answers for the next window.prompt() calls on the page, in order. */
export function answerDialogs(page: Page, ...answers: string[]): void {
  pendingAnswers.set(page, [...(pendingAnswers.get(page) ?? []), ...answers]);
}

export type { Browser };
