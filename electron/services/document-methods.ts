// Host methods for documents: new (from a profile or carried over), open, save, save as, autosave, close,
// recent files and crash recovery.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocSnapshot, HostMethods, SaveResult } from '../../shared/api/contract';
import type { Issue } from '../../shared/model/issue';
import { getProfile } from '../../shared/profiles';
import type { HostContext } from './host-context';
import { carryOver, issueFromProfile } from './new-issue';
import { readProject } from './project-store';

export const GAZETTE_FILTER = { name: '公报编排项目', extensions: ['gazette'] };

type DocumentMethods = Pick<
  HostMethods,
  'newIssue' | 'open' | 'save' | 'saveAs' | 'autosave' | 'setDirty' | 'close' | 'recentFiles' | 'listRecovery' | 'recover' | 'discardRecovery'
>;

export function documentMethods(ctx: HostContext): DocumentMethods & { openPath(file: string): Promise<DocSnapshot> } {
  const { deps, store, handles, settings, dirty } = ctx;

  async function openPath(file: string): Promise<DocSnapshot> {
    const doc = store.isOpen(file) ?? (await store.open(path.resolve(file)));
    await settings.addRecent(file);
    return ctx.snapshot(doc);
  }

  async function saveTo(docId: string, issue: Issue, target?: string): Promise<SaveResult> {
    const outcome = await store.save(docId, issue, target);
    dirty.delete(docId);
    await settings.addRecent(outcome.file);
    return { file: handles.handleFor(outcome.file), savedAt: outcome.savedAt.toISOString(), backups: outcome.backups };
  }

  async function saveAs(docId: string, issue: Issue): Promise<SaveResult | null> {
    const doc = store.get(docId);
    const chosen = await deps.dialogs.saveFile({ title: '另存为', defaultName: `${ctx.titleOf(doc)}.gazette`, filters: [GAZETTE_FILTER] });
    if (!chosen) return null;
    return saveTo(docId, issue, path.extname(chosen).toLowerCase() === '.gazette' ? chosen : `${chosen}.gazette`);
  }

  return {
    openPath,
    async newIssue(input) {
      const issue =
        'profileId' in input
          ? issueFromProfile(getProfile(input.profileId), deps.clock.now())
          : carryOver((await readProject(handles.resolve(input.previous))).issue);
      return ctx.snapshot(store.create(issue));
    },
    async open({ handle }) {
      let file = handle ? handles.resolve(handle) : undefined;
      if (!file) {
        const chosen = await deps.dialogs.openFiles({ title: '打开', filters: [GAZETTE_FILTER], multiple: false });
        if (!chosen?.[0]) return null;
        file = chosen[0];
      }
      return openPath(file);
    },
    save: ({ docId, issue }) => (store.get(docId).file ? saveTo(docId, issue) : saveAs(docId, issue)),
    saveAs: ({ docId, issue }) => saveAs(docId, issue),
    async autosave({ docId, issue }) {
      const savedAt = await store.autosave(docId, issue, ctx.titleOf(store.get(docId)));
      return { savedAt: savedAt.toISOString() };
    },
    async setDirty({ docId, dirty: isDirty }) {
      store.get(docId);
      if (isDirty) dirty.add(docId);
      else dirty.delete(docId);
      return null;
    },
    async close({ docId }) {
      dirty.delete(docId);
      await store.close(docId);
      return null;
    },
    async recentFiles() {
      const recent = await settings.recent();
      const inWorkspace = deps.workspace ? await listProjects(deps.workspace) : [];
      return [...recent, ...inWorkspace.filter((f) => !recent.includes(f))].map((f) => handles.handleFor(f));
    },
    async listRecovery() {
      return (await store.listRecovery()).map((e) => ({
        id: e.id,
        title: e.title,
        file: e.file ? handles.handleFor(e.file) : null,
        savedAt: e.savedAt,
        articles: e.content.issue.sections.reduce((n, s) => n + s.articles.length, 0),
      }));
    },
    async recover({ id }) {
      const doc = await store.recover(id);
      dirty.add(doc.id);
      return ctx.snapshot(doc, doc.recoveredAt);
    },
    async discardRecovery({ id }) {
      await store.discardRecovery(id);
      return null;
    },
  };
}

async function listProjects(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.toLowerCase().endsWith('.gazette') && !n.startsWith('.')).sort().map((n) => path.join(dir, n));
}
