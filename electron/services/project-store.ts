// Open, save and autosave .gazette projects without ever losing or breaking one:
// - save = check the file on disk still opens (a corrupt or newer-format file is never overwritten), keep it
//   as backup 1 of 10, then replace it atomically (write-file-atomic: temp, fsync, rename, fsync folder);
// - a lock beside the file keeps two windows or two copies of the app from writing it;
// - autosave goes to the journal in the user-data folder, which is offered for recovery after a crash.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../shared/errors';
import { decodeGazette, encodeGazette, type GazetteFile } from '../../shared/model/gazette-file';
import type { Issue } from '../../shared/model/issue';
import { rotateBackups, sweepTemporaryFiles, KEEP_BACKUPS } from './backups';
import { acquireLock, releaseLock } from './file-lock';
import { Journal, type JournalEntry } from './journal';
import { systemClock, type Clock } from './ports';
import { explainWriteError, writeFileExplained } from './write-errors';

export interface OpenDoc {
  id: string;
  file: string | null;
  issue: Issue;
  assets: Map<string, Uint8Array>;
}

export interface SaveOutcome {
  file: string;
  savedAt: Date;
  backups: number;
}

export class ProjectStore {
  private readonly docs = new Map<string, OpenDoc>();
  readonly journal: Journal;

  constructor(private readonly options: { userData: string; clock?: Clock; keepBackups?: number }) {
    this.journal = new Journal(path.join(options.userData, 'recovery'));
  }

  private get clock(): Clock {
    return this.options.clock ?? systemClock;
  }

  create(issue: Issue, assets = new Map<string, Uint8Array>()): OpenDoc {
    const doc: OpenDoc = { id: newId(), file: null, issue, assets };
    this.docs.set(doc.id, doc);
    return doc;
  }

  async open(file: string): Promise<OpenDoc> {
    const { issue, assets } = await readProject(file);
    const id = newId();
    await acquireLock(file, id);
    await sweepTemporaryFiles(file);
    const doc: OpenDoc = { id, file, issue, assets };
    this.docs.set(id, doc);
    return doc;
  }

  get(id: string): OpenDoc {
    const doc = this.docs.get(id);
    if (!doc) throw new InputError('', '', '该文档已关闭，请重新打开');
    return doc;
  }

  openDocs(): OpenDoc[] {
    return [...this.docs.values()];
  }

  isOpen(file: string): OpenDoc | undefined {
    return [...this.docs.values()].find((d) => d.file !== null && path.resolve(d.file) === path.resolve(file));
  }

  /** Saves to the document's file, or to `target` (save as). */
  async save(id: string, issue: Issue, target?: string): Promise<SaveOutcome> {
    const doc = this.get(id);
    const file = path.resolve(target ?? doc.file ?? '');
    if (!target && !doc.file) throw new InputError('', '', '文档还没有文件名，请用“另存为”');
    const moving = doc.file === null || path.resolve(doc.file) !== file;
    if (moving) await acquireLock(file, id).catch((error: unknown) => Promise.reject(explainWriteError(file, error)));
    try {
      const backups = await this.replace(file, encodeGazette(issue, doc.assets));
      if (moving && doc.file) await releaseLock(doc.file, id);
      doc.file = file;
      doc.issue = issue;
      await this.journal.discard(id);
      return { file, savedAt: this.clock.now(), backups };
    } catch (error) {
      if (moving) await releaseLock(file, id);
      throw error;
    }
  }

  /** Writes the journal entry of a document (autosave). */
  async autosave(id: string, issue: Issue, title: string): Promise<Date> {
    const doc = this.get(id);
    doc.issue = issue;
    const savedAt = this.clock.now();
    await this.journal.write({ id, file: doc.file, title, savedAt: savedAt.toISOString() }, issue, doc.assets).catch((error: unknown) => {
      throw explainWriteError(this.journal.dir, error, '自动保存');
    });
    return savedAt;
  }

  async close(id: string): Promise<void> {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.docs.delete(id);
    await this.journal.discard(id);
    if (doc.file) await releaseLock(doc.file, id);
  }

  /**
   * Lets go of every open document but keeps its journal entry, so that it is offered for recovery: what the
   * app does when the window that edited them crashed (the last autosave is all that is left of its edits).
   */
  async detachAll(): Promise<number> {
    const docs = [...this.docs.values()];
    this.docs.clear();
    for (const doc of docs) if (doc.file) await releaseLock(doc.file, doc.id);
    return docs.length;
  }

  /** Journal entries left by sessions that ended without saving (crash, kill, power cut). */
  async listRecovery(): Promise<JournalEntry[]> {
    const entries = await this.journal.list();
    return entries.filter((e) => !this.docs.has(e.id) && !ownerAlive(e));
  }

  /** Reopens a journal entry as a new document (bound to its file again when it had one). */
  async recover(entryId: string): Promise<OpenDoc & { recoveredAt: string }> {
    const entry = (await this.listRecovery()).find((e) => e.id === entryId);
    if (!entry) throw new InputError('', '', '没有找到这份自动保存的内容（可能已恢复或已删除）');
    const id = newId();
    if (entry.file) await acquireLock(entry.file, id);
    const doc: OpenDoc = { id, file: entry.file, issue: entry.content.issue, assets: entry.content.assets };
    this.docs.set(id, doc);
    // Re-journal under the new id at once, then drop the old entry, so a second crash loses nothing.
    await this.journal.write({ id, file: entry.file, title: entry.title, savedAt: entry.savedAt }, doc.issue, doc.assets);
    await this.journal.discard(entryId);
    return { ...doc, recoveredAt: entry.savedAt };
  }

  async discardRecovery(entryId: string): Promise<void> {
    if (this.docs.has(entryId)) return;
    await this.journal.discard(entryId);
  }

  private async replace(file: string, bytes: Uint8Array): Promise<number> {
    const previous = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw new InputError(file, '', `无法读取原文件（${error.code}），未保存`);
    });
    let backups = 0;
    if (previous) {
      refuseUnreadable(file, previous);
      backups = await rotateBackups(file, previous, this.options.keepBackups ?? KEEP_BACKUPS).catch((error: unknown) => {
        throw explainWriteError(file, error, '保存备份');
      });
    }
    await writeFileExplained(file, bytes);
    return backups;
  }
}

/** Reads and parses a project; InputError (naming the file) when it is missing, broken or too new. */
export async function readProject(file: string): Promise<GazetteFile> {
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(file, '', error.code === 'ENOENT' ? '文件不存在' : `无法读取（${error.code}）`);
  });
  return decodeGazette(bytes, file);
}

/** Throws when the bytes on disk do not open as a project of our format: we never write over such a file. */
export function refuseUnreadable(file: string, bytes: Uint8Array): void {
  try {
    decodeGazette(bytes, file);
  } catch (error) {
    const reason = error instanceof InputError ? error.message : String(error);
    throw new InputError(file, '', `原文件无法读取或版本更新（${reason}），为免覆盖，未保存；请“另存为”到新文件`);
  }
}

function ownerAlive(entry: JournalEntry): boolean {
  if (entry.host !== os.hostname() || entry.pid === process.pid) return false;
  try {
    process.kill(entry.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function newId(): string {
  return randomUUID().replace(/-/g, '');
}
