// The host side of the API contract: every method of HostMethods, built from the services and the injected
// ports. The Electron main process and the web host both serve exactly this object (through dispatch.ts,
// which validates arguments and results), so the browser tests exercise the code the desktop app runs.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocSnapshot, FileHandle, HostMethods, SaveResult } from '../../shared/api/contract';
import { runChecks } from '../../shared/check/run-checks';
import type { Issue } from '../../shared/model/issue';
import { getProfile, profileIds } from '../../shared/profiles';
import { EventBus } from './event-bus';
import type { ExportKind } from './export-job';
import type { ExportRunner } from './export-runners';
import { ExportService } from './export-service';
import { FontService } from './font-service';
import { HandleRegistry } from './handles';
import { importFiles, uniqueName } from './import-files';
import { carryOver, issueFromProfile } from './new-issue';
import type { Clock, DialogPort, Log, Paths, ShellPort } from './ports';
import { ProjectStore, readProject, type OpenDoc } from './project-store';
import { SettingsStore } from './settings-store';

export interface HostDeps {
  host: 'electron' | 'web';
  version: string;
  paths: Paths;
  clock: Clock;
  dialogs: DialogPort;
  shell: ShellPort;
  log: Log;
  runner: ExportRunner;
  /** Hosts (exact names) that openExternal may open in the system browser. */
  externalHosts: string[];
  /** Web host for people without the desktop app: a folder whose .gazette files count as recent files. */
  workspace?: string;
}

const GAZETTE_FILTER = { name: '公报编排项目', extensions: ['gazette'] };
const IMPORT_FILTER = { name: '公文（Word、WPS、文本）', extensions: ['docx', 'wps', 'doc', 'txt'] };

export function createHostService(deps: HostDeps) {
  const store = new ProjectStore({ userData: deps.paths.userData, clock: deps.clock });
  const handles = new HandleRegistry();
  const settings = new SettingsStore(deps.paths.userData);
  const fonts = new FontService(deps.paths);
  const exports = new ExportService(deps.runner);
  const events = new EventBus();
  const dirty = new Set<string>();
  const stamp = () => deps.clock.now().getTime().toString(36);

  const titleOf = (doc: OpenDoc) => (doc.file ? path.basename(doc.file, path.extname(doc.file)) : '未命名');
  const fileOf = (doc: OpenDoc): FileHandle | null => (doc.file ? handles.handleFor(doc.file) : null);
  const snapshot = (doc: OpenDoc, recoveredAt?: string): DocSnapshot => ({
    docId: doc.id,
    title: titleOf(doc),
    file: fileOf(doc),
    issue: doc.issue,
    assets: [...doc.assets.keys()],
    ...(recoveredAt ? { recoveredAt } : {}),
  });

  async function openPath(file: string): Promise<DocSnapshot> {
    const existing = store.isOpen(file);
    const doc = existing ?? (await store.open(path.resolve(file)));
    await settings.addRecent(file);
    return snapshot(doc);
  }

  async function saveTo(docId: string, issue: Issue, target?: string): Promise<SaveResult> {
    const outcome = await store.save(docId, issue, target);
    dirty.delete(docId);
    await settings.addRecent(outcome.file);
    return { file: handles.handleFor(outcome.file), savedAt: outcome.savedAt.toISOString(), backups: outcome.backups };
  }

  async function saveAs(docId: string, issue: Issue): Promise<SaveResult | null> {
    const doc = store.get(docId);
    const chosen = await deps.dialogs.saveFile({ title: '另存为', defaultName: `${titleOf(doc)}.gazette`, filters: [GAZETTE_FILTER] });
    if (!chosen) return null;
    const target = path.extname(chosen).toLowerCase() === '.gazette' ? chosen : `${chosen}.gazette`;
    return saveTo(docId, issue, target);
  }

  async function runExport(kind: ExportKind, request: { docId: string; issue: Issue; jobId: string }) {
    const doc = store.get(request.docId);
    const ext = kind === 'pdf' ? 'pdf' : 'docx';
    const target = await deps.dialogs.saveFile({
      title: kind === 'pdf' ? '导出 PDF' : '导出 Word 文档',
      defaultName: `${titleOf(doc)}.${ext}`,
      filters: [{ name: kind === 'pdf' ? 'PDF 文件' : 'Word 文档', extensions: [ext] }],
    });
    if (!target) return { status: 'canceled' as const };
    const outcome = await exports.run(request.jobId, kind, request.issue, doc.assets, target, (fraction, stage) =>
      events.emit({ type: 'export-progress', jobId: request.jobId, fraction: Math.min(1, Math.max(0, fraction)), stage }),
    );
    if (outcome.status === 'canceled') return { status: 'canceled' as const };
    return { status: 'done' as const, file: handles.handleFor(target), bytes: outcome.bytes };
  }

  const methods: HostMethods = {
    async appInfo() {
      return {
        version: deps.version,
        host: deps.host,
        platform: process.platform,
        profiles: profileIds().map((id) => ({ id, name: getProfile(id).name })),
      };
    },
    async newIssue(input) {
      const issue =
        'profileId' in input
          ? issueFromProfile(getProfile(input.profileId), deps.clock.now())
          : carryOver((await readProject(handles.resolve(input.previous))).issue);
      return snapshot(store.create(issue));
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
    async save({ docId, issue }) {
      return store.get(docId).file ? saveTo(docId, issue) : saveAs(docId, issue);
    },
    saveAs: ({ docId, issue }) => saveAs(docId, issue),
    async autosave({ docId, issue }) {
      const savedAt = await store.autosave(docId, issue, titleOf(store.get(docId)));
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
      const all = [...recent, ...inWorkspace.filter((f) => !recent.includes(f))];
      return all.map((f) => handles.handleFor(f));
    },
    async importFiles({ docId }) {
      store.get(docId);
      const chosen = await deps.dialogs.openFiles({ title: '导入公文', filters: [IMPORT_FILTER], multiple: true });
      if (!chosen?.length) return null;
      const files = await Promise.all(chosen.map(async (f) => ({ name: path.basename(f), bytes: new Uint8Array(await fs.readFile(f)) })));
      return importFiles(files, store.get(docId).assets, stamp());
    },
    async importDropped({ docId, files }) {
      return importFiles(files.map((f) => ({ name: path.basename(f.name), bytes: f.bytes })), store.get(docId).assets, stamp());
    },
    async addAsset({ docId, name, bytes }) {
      const doc = store.get(docId);
      const unique = uniqueName(name, doc.assets);
      doc.assets.set(unique, bytes);
      return { name: unique };
    },
    async readAsset({ docId, name }) {
      return store.get(docId).assets.get(name) ?? null;
    },
    exportPdf: (request) => runExport('pdf', request),
    exportDocx: (request) => runExport('docx', request),
    async cancelExport({ jobId }) {
      return { canceled: exports.cancel(jobId) };
    },
    async revealFile({ handle }) {
      await deps.shell.revealFile(handles.resolve(handle));
      return null;
    },
    listFonts: async () => fonts.list(),
    chooseFont: async ({ family }) => fonts.choose(family),
    loadFonts: async ({ refs }) => fonts.load(refs),
    getSettings: () => settings.get(),
    setSettings: (change) => settings.set(change),
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
      return snapshot(doc, doc.recoveredAt);
    },
    async discardRecovery({ id }) {
      await store.discardRecovery(id);
      return null;
    },
    checkIssue: async ({ issue }) => runChecks(issue),
    async openExternal({ url }) {
      if (!isAllowedExternal(url, deps.externalHosts)) return { opened: false };
      await deps.shell.openExternal(url);
      return { opened: true };
    },
  };

  return {
    methods,
    events,
    store,
    handles,
    settings,
    fonts,
    exports,
    openPath,
    /** Titles of the documents with unsaved changes (asked about before quitting). */
    dirtyTitles: () => [...dirty].map((id) => titleOf(store.get(id))),
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

async function listProjects(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.toLowerCase().endsWith('.gazette') && !n.startsWith('.')).sort().map((n) => path.join(dir, n));
}

/** https (or http) links whose host is exactly one on the allow-list; anything else stays closed. */
export function isAllowedExternal(url: string, hosts: string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  return hosts.includes(parsed.hostname.toLowerCase());
}
