// The workspace's operations that talk to the host: new, open, save, import, autosave, close.
// Components call these; every failure ends as a Chinese notice, never an unhandled rejection.
import type { AppInfo, HostApi, ImportResult } from '../../shared/api';
import { useWorkspace } from '../store/workspace';
import { addArticles } from '../store/section-ops';
import { pickFiles, readFiles } from '../bridge/pick-files';
import { describeError } from './describe-error';
import { t } from '../messages/zh-CN';

let host: HostApi | null = null;
let info: AppInfo | null = null;

export function setHost(next: HostApi, appInfo: AppInfo): void {
  host = next;
  info = appInfo;
}

export function getHost(): HostApi {
  if (!host) throw new Error(t.hostUnavailable);
  return host;
}

export const hostKind = () => info?.host ?? 'web';
export const profiles = () => info?.profiles ?? [];

const store = () => useWorkspace.getState();
const fail = (make: (reason: string) => string) => (error: unknown) => {
  store().notify({ kind: 'error', text: make(describeError(error)) });
};

export async function createIssue(input: { profileId: string } | { previous: string }): Promise<boolean> {
  try {
    store().load(await getHost().newIssue(input), true);
    return true;
  } catch (error) {
    fail(t.openFailed)(error);
    return false;
  }
}

export async function openIssue(handle?: string): Promise<void> {
  try {
    const snapshot = await getHost().open(handle ? { handle } : {});
    if (snapshot) store().load(snapshot, Boolean(snapshot.recoveredAt));
  } catch (error) {
    fail(t.openFailed)(error);
  }
}

export async function saveIssue(saveAs = false): Promise<boolean> {
  const { issue, docId, revision } = store();
  if (!issue || !docId) return false;
  store().markSaving();
  try {
    const result = await (saveAs ? getHost().saveAs({ docId, issue }) : getHost().save({ docId, issue }));
    if (!result) {
      store().markSaveFailed();
      return false;
    }
    store().markSaved(result.file, revision);
    void getHost().setDirty({ docId, dirty: store().saveState !== 'saved' }).catch(() => undefined);
    return true;
  } catch (error) {
    store().markSaveFailed();
    fail(t.saveFailed)(error);
    return false;
  }
}

export async function closeIssue(): Promise<void> {
  const { docId, saveState } = store();
  if (saveState !== 'saved' && !window.confirm(t.confirmCloseUnsaved)) return;
  if (docId) await getHost().close({ docId }).catch(() => undefined);
  store().close();
}

function addImported(sectionId: string, result: ImportResult): void {
  for (const failure of result.failures) store().notify({ kind: 'error', text: t.importFailed(failure.file, failure.message) });
  for (const warning of result.warnings) store().notify({ kind: 'info', text: warning });
  if (result.articles.length === 0) return;
  store().editSections((sections) => addArticles(sections, sectionId, result.articles));
  store().select(result.articles[0]!.id);
  store().notify({ kind: 'info', text: t.imported(result.articles.length) });
}

/** Import through a dialog: the system dialog in Electron, the browser's file chooser otherwise. */
export async function importWithDialog(sectionId: string): Promise<void> {
  const { docId } = store();
  if (!docId) return;
  try {
    if (hostKind() === 'electron') {
      const result = await getHost().importFiles({ docId });
      if (result) addImported(sectionId, result);
      return;
    }
    await importDropped(sectionId, await pickFiles());
  } catch (error) {
    fail((reason) => t.importFailed('', reason))(error);
  }
}

export async function importDropped(sectionId: string, files: File[]): Promise<void> {
  const { docId } = store();
  if (!docId || files.length === 0) return;
  store().notify({ kind: 'info', text: t.importing(files.length) });
  try {
    addImported(sectionId, await getHost().importDropped({ docId, files: await readFiles(files) }));
  } catch (error) {
    fail((reason) => t.importFailed(files.map((f) => f.name).join('、'), reason))(error);
  }
}

/** Autosave into the host's journal a few seconds after the last change; tells the host about unsaved work. */
export function startAutosave(delayMs = 3000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useWorkspace.subscribe((state, previous) => {
    if (state.docId && state.saveState !== previous.saveState && state.saveState !== 'saving') {
      void getHost().setDirty({ docId: state.docId, dirty: state.saveState === 'unsaved' }).catch(() => undefined);
    }
    if (state.revision === previous.revision || state.saveState !== 'unsaved' || !state.issue) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { issue, docId } = store();
      if (!issue || !docId) return;
      getHost()
        .autosave({ docId, issue })
        .then(() => store().markAutosaved(new Date().toLocaleTimeString('zh-CN', { hour12: false })))
        .catch(fail(t.saveFailed));
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
