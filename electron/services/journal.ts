// The autosave journal in <userData>/recovery: for each open document, <id>.gazette (the issue and its
// assets as last autosaved) and <id>.json (which file it belongs to, when, which process wrote it).
// Both are written atomically, so a kill at any moment leaves the previous journal entry or the new one.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { decodeGazette, encodeGazette, type GazetteFile } from '../../shared/model/gazette-file';
import type { Issue } from '../../shared/model/issue';
import { writeFileAtomic } from './atomic-file';

const metaSchema = z.object({
  id: z.string(),
  file: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
  pid: z.number(),
  host: z.string(),
});

export type JournalMeta = z.infer<typeof metaSchema>;

export interface JournalEntry extends JournalMeta {
  content: GazetteFile;
}

export class Journal {
  constructor(readonly dir: string) {}

  async write(meta: Omit<JournalMeta, 'pid' | 'host'>, issue: Issue, assets: Map<string, Uint8Array>): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    // Content first: a meta file always points at content at least as new as itself.
    await writeFileAtomic(this.contentPath(meta.id), encodeGazette(issue, assets));
    const full: JournalMeta = { ...meta, pid: process.pid, host: os.hostname() };
    await writeFileAtomic(this.metaPath(meta.id), new TextEncoder().encode(JSON.stringify(full)));
  }

  async read(id: string): Promise<JournalEntry | null> {
    try {
      const meta = metaSchema.parse(JSON.parse(await fs.readFile(this.metaPath(id), 'utf8')));
      const content = decodeGazette(await fs.readFile(this.contentPath(id)), this.contentPath(id));
      return { ...meta, content };
    } catch {
      return null;
    }
  }

  async list(): Promise<JournalEntry[]> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
    const entries = await Promise.all(ids.map((id) => this.read(id)));
    return entries.filter((e): e is JournalEntry => e !== null).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async discard(id: string): Promise<void> {
    await fs.rm(this.metaPath(id), { force: true });
    await fs.rm(this.contentPath(id), { force: true });
  }

  private metaPath(id: string): string {
    return path.join(this.dir, `${safeId(id)}.json`);
  }

  private contentPath(id: string): string {
    return path.join(this.dir, `${safeId(id)}.gazette`);
  }
}

function safeId(id: string): string {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) throw new Error(`bad journal id ${id}`);
  return id;
}
