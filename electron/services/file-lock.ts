// A lock beside a project file (".<name>.lock", created with O_EXCL) so that two windows or two running
// copies of the app never write the same file. A lock left by a process that no longer runs on this machine
// is taken over; a live one makes the second writer stop with a clear message.
import { promises as fs, constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../shared/errors';

interface LockInfo {
  pid: number;
  host: string;
  owner: string;
}

export function lockPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

/** Holds the lock of `file` for `owner` (a document id). Re-entrant for the same owner in this process. */
export async function acquireLock(file: string, owner: string): Promise<void> {
  const lockFile = lockPathFor(file);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), owner };
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const handle = await fs.open(lockFile, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      await handle.writeFile(JSON.stringify(mine));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = await fs.readFile(lockFile, 'utf8').catch(() => '');
    const held = parseLock(text);
    if (held && held.pid === mine.pid && held.host === mine.host && held.owner === owner) return;
    if (held && held.host !== mine.host) {
      // Another computer (a shared folder): we cannot tell whether it still runs, so say how to clear it.
      throw new InputError(
        file,
        '',
        `文件正由计算机“${held.host}”上的公报编排打开编辑，为防止互相覆盖，这里不能保存；如确认那里已关闭，请删除锁文件 ${path.basename(lockFile)} 后重试`,
      );
    }
    if (held && isAlive(held)) {
      const who = held.pid === process.pid ? '本程序的另一个窗口' : '另一个正在运行的公报编排';
      throw new InputError(file, '', `文件正由${who}打开编辑，为防止互相覆盖，这里不能保存（请在那里保存，或关闭它后再试）`);
    }
    if (!held && (await ageMs(lockFile)) < 2000) {
      // Probably being written by its owner right now: give it a moment before calling it stale.
      await new Promise((resolve) => setTimeout(resolve, 40));
      continue;
    }
    // Stale (or unreadable half-written) lock: remove it only if it is still the one we read, then retry.
    const again = await fs.readFile(lockFile, 'utf8').catch(() => null);
    if (again === text) await fs.rm(lockFile, { force: true });
  }
  throw new InputError(file, '', '无法取得文件锁，请稍后再试');
}

export async function releaseLock(file: string, owner: string): Promise<void> {
  const lockFile = lockPathFor(file);
  const held = parseLock(await fs.readFile(lockFile, 'utf8').catch(() => ''));
  if (held && held.pid === process.pid && held.host === os.hostname() && held.owner === owner) {
    await fs.rm(lockFile, { force: true });
  }
}

async function ageMs(file: string): Promise<number> {
  const stat = await fs.stat(file).catch(() => null);
  return stat ? Date.now() - stat.mtimeMs : Infinity;
}

function parseLock(text: string): LockInfo | null {
  try {
    const raw = JSON.parse(text) as Partial<LockInfo>;
    if (typeof raw.pid === 'number' && typeof raw.host === 'string' && typeof raw.owner === 'string') return raw as LockInfo;
  } catch {
    // fall through: an empty or torn lock file counts as stale
  }
  return null;
}

function isAlive(lock: LockInfo): boolean {
  // A lock from another machine (a shared network folder) cannot be checked: respect it.
  if (lock.host !== os.hostname()) return true;
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
