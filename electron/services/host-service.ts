// The host side of the API contract: every method of HostMethods, built from the services and the injected
// ports. The Electron main process and the web host both serve exactly this object (through dispatch.ts,
// which validates arguments and results), so the browser tests exercise the code the desktop app runs.
import type { HostMethods } from '../../shared/api/contract';
import { getProfile, profileIds } from '../../shared/profiles';
import { contentMethods } from './content-methods';
import { documentMethods } from './document-methods';
import { isAllowedExternal } from './external-links';
import { createHostContext, type HostDeps } from './host-context';

export type { HostDeps } from './host-context';
export { isAllowedExternal } from './external-links';

export function createHostService(deps: HostDeps) {
  const ctx = createHostContext(deps);
  const { store, dirty } = ctx;
  const { openPath, ...documents } = documentMethods(ctx);

  const methods: HostMethods = {
    async appInfo() {
      return {
        version: deps.version,
        host: deps.host,
        platform: process.platform,
        profiles: profileIds().map((id) => ({ id, name: getProfile(id).name })),
      };
    },
    ...documents,
    ...contentMethods(ctx),
    getSettings: () => ctx.settings.get(),
    setSettings: (change) => ctx.settings.set(change),
    async openExternal({ url }) {
      if (!isAllowedExternal(url, deps.externalHosts)) return { opened: false };
      await deps.shell.openExternal(url);
      return { opened: true };
    },
  };

  return {
    methods,
    events: ctx.events,
    store,
    handles: ctx.handles,
    settings: ctx.settings,
    fonts: ctx.fonts,
    exports: ctx.exports,
    /** Opens a file the OS handed us (command line, double-click, second launch). */
    openPath,
    /** Titles of the documents with unsaved changes (asked about before quitting). */
    dirtyTitles: () => [...dirty].map((id) => ctx.titleOf(store.get(id))),
    /** Quitting without saving: close every document (their journal entries go with them). */
    async closeAll(): Promise<void> {
      dirty.clear();
      for (const doc of store.openDocs()) await store.close(doc.id);
    },
    /** After a renderer crash: its documents become recovery entries (see ProjectStore.detachAll). */
    async detachAll(): Promise<number> {
      dirty.clear();
      await store.detachAll();
      return (await store.listRecovery()).length;
    },
  };
}

export type HostService = ReturnType<typeof createHostService>;
