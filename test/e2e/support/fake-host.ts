// An in-page stand-in for the host (window.gazette) for renderer-only specs: holds one document in memory,
// fonts from /fonts/ of the static server. The full flows run against the real web host instead.
import type { Page } from 'playwright-core';
import type { DocSnapshot } from '../../../shared/api';

export async function installFakeHost(page: Page, snapshot: DocSnapshot): Promise<void> {
  await page.addInitScript((initial: DocSnapshot) => {
    const state = { snapshot: initial, saved: [] as unknown[] };
    const file = { handle: 'h1', name: '测试.gazette' };
    const ok = <T,>(value: T) => Promise.resolve(value);
    const api: Record<string, unknown> = {
      appInfo: () => ok({ version: 'test', host: 'web', platform: 'test', profiles: [{ id: initial.issue.profile.id, name: initial.issue.profile.name }] }),
      newIssue: () => ok(structuredClone(state.snapshot)),
      open: () => ok(null),
      recentFiles: () => ok([]),
      save: (input: { issue: unknown }) => (state.saved.push(input.issue), ok({ file, savedAt: new Date().toISOString(), backups: 0 })),
      saveAs: (input: { issue: unknown }) => (state.saved.push(input.issue), ok({ file, savedAt: new Date().toISOString(), backups: 0 })),
      autosave: () => ok({ savedAt: new Date().toISOString() }),
      setDirty: () => ok(null),
      close: () => ok(null),
      listRecovery: () => ok([]),
      checkIssue: () => ok([]),
      importDropped: () => Promise.reject(new Error('fake host: no import')),
      exportPdf: () => ok({ status: 'canceled' }),
      exportDocx: () => ok({ status: 'canceled' }),
      cancelExport: () => ok({ canceled: true }),
      loadFonts: async ({ refs }: { refs: Array<{ file?: string }> }) =>
        Promise.all(refs.map(async (ref) => {
          if (!ref.file) return { ref, bytes: null };
          const response = await fetch(`/fonts/${ref.file}`);
          return { ref, bytes: response.ok ? new Uint8Array(await response.arrayBuffer()) : null };
        })),
      onEvent: () => () => undefined,
    };
    (window as unknown as { gazette: unknown; __fakeHost: unknown }).gazette = api;
    (window as unknown as { __fakeHost: unknown }).__fakeHost = state;
  }, snapshot);
}
