// Rotating backups beside a project file: .gazette-backups/<name>.1.gazette is the version before the last
// save, .2 the one before that … up to KEEP. Written before the file is replaced, from bytes that were
// just read and parsed, so a backup is always a file that opens.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file';

export const BACKUP_DIR = '.gazette-backups';
export const KEEP_BACKUPS = 10;

export function backupPath(file: string, n: number): string {
  const ext = path.extname(file);
  const stem = path.basename(file, ext);
  return path.join(path.dirname(file), BACKUP_DIR, `${stem}.${n}${ext || '.gazette'}`);
}

/**
 * Shifts the backups by one and stores `previous` (the current content of `file`) as number 1. The existing
 * ones are renumbered 2, 3 … in order, so a gap left by a save that was killed half-way closes again.
 */
export async function rotateBackups(file: string, previous: Uint8Array, keep = KEEP_BACKUPS): Promise<number> {
  await fs.mkdir(path.join(path.dirname(file), BACKUP_DIR), { recursive: true });
  const existing: number[] = [];
  for (let n = 1; n <= keep + 1; n++) if (await exists(backupPath(file, n))) existing.push(n);
  // Oldest beyond the limit go; the rest move up to consecutive numbers, highest first so nothing is overwritten.
  for (const n of existing.slice(keep - 1)) await fs.rm(backupPath(file, n), { force: true });
  const kept = existing.slice(0, keep - 1);
  // kept[i] goes to number i + 2. The unbroken run 1, 2 … m moves up by one (highest first); the ones after a
  // gap move down or stay (lowest first). In that order no rename lands on a backup not yet moved.
  const run = kept.findIndex((n, i) => n !== i + 1);
  const m = run === -1 ? kept.length : run;
  for (let i = m; i < kept.length; i++) {
    if (kept[i] !== i + 2) await fs.rename(backupPath(file, kept[i]!), backupPath(file, i + 2));
  }
  for (let i = m - 1; i >= 0; i--) await fs.rename(backupPath(file, kept[i]!), backupPath(file, i + 2));
  await writeFileAtomic(backupPath(file, 1), previous);
  return countBackups(file, keep);
}

const exists = (p: string) => fs.stat(p).then(() => true, () => false);

export async function countBackups(file: string, keep = KEEP_BACKUPS): Promise<number> {
  let count = 0;
  for (let n = 1; n <= keep; n++) {
    if (await exists(backupPath(file, n))) count++;
  }
  return count;
}

/**
 * Removes temporary files that writers killed mid-save left beside `file` and its backups (".<name>.<pid>.<hex>.tmp",
 * see atomic-file.ts) — only those of processes that no longer run, so a save in progress is never disturbed.
 */
export async function sweepTemporaryFiles(file: string): Promise<void> {
  const dir = path.dirname(file);
  for (const folder of [dir, path.join(dir, BACKUP_DIR)]) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const match = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
      if (match && !processAlive(Number(match[1]))) await fs.rm(path.join(folder, name), { force: true });
    }
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
