// Settings and the recent-files list, as JSON in the user-data folder. A damaged settings file is not
// fatal: the defaults are used and the file is rewritten on the next change.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/api/contract';
import { writeFileAtomic } from './atomic-file';

const recentSchema = z.array(z.string());

export class SettingsStore {
  constructor(private readonly userData: string) {}

  async get(): Promise<Settings> {
    const raw = await readJson(path.join(this.userData, 'settings.json'));
    const parsed = settingsSchema.partial().safeParse(raw);
    return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
  }

  async set(change: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await this.get()), ...change });
    await this.write('settings.json', next);
    return next;
  }

  /** Recent files, newest first, only those that still exist. */
  async recent(): Promise<string[]> {
    const parsed = recentSchema.safeParse(await readJson(path.join(this.userData, 'recent.json')));
    const files = parsed.success ? parsed.data : [];
    const exists = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.isFile(), () => false)));
    return files.filter((_, i) => exists[i]);
  }

  async addRecent(file: string): Promise<void> {
    const { recentLimit } = await this.get();
    const full = path.resolve(file);
    const parsed = recentSchema.safeParse(await readJson(path.join(this.userData, 'recent.json')));
    const list = [full, ...(parsed.success ? parsed.data : []).filter((f) => f !== full)].slice(0, recentLimit);
    await this.write('recent.json', list);
  }

  private async write(name: string, value: unknown): Promise<void> {
    await fs.mkdir(this.userData, { recursive: true });
    await writeFileAtomic(path.join(this.userData, name), new TextEncoder().encode(JSON.stringify(value, null, 1)));
  }
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}
