// File-system failures as one Chinese line naming the file and what to do, instead of "EACCES: …".
import { InputError } from '../../shared/errors';
import { writeFileAtomic } from './atomic-file';

const REASONS: Record<string, string> = {
  EACCES: '没有写入权限，请换一个文件夹保存',
  EPERM: '文件被占用或没有写入权限（是否正被其他程序打开？），请关闭后重试或换一个文件名',
  EBUSY: '文件正被其他程序占用，请关闭后重试',
  ENOSPC: '磁盘空间不足，请清理后重试',
  EDQUOT: '磁盘配额已满，请清理后重试',
  EROFS: '该位置只读，请换一个文件夹保存',
  ENOENT: '文件夹不存在（U 盘或网络盘是否已断开？）',
  ENAMETOOLONG: '文件名或路径过长，请缩短后重试',
  EISDIR: '这是一个文件夹，请给出文件名',
  ENOTDIR: '路径中的一段是文件而不是文件夹，请换一个位置',
  // mkdir of the folder finds a file of that name in the way
  EEXIST: '路径中的一段是文件而不是文件夹，请换一个位置',
};

export function explainWriteError(file: string, error: unknown, what = '保存'): Error {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = code ? REASONS[code] : undefined;
  if (!reason) return error instanceof Error ? error : new Error(String(error));
  return new InputError(file, '', `${what}失败：${reason}（原文件未受影响）`);
}

/** writeFileAtomic with the failure explained; the old file stays as it was (atomic replace). */
export async function writeFileExplained(file: string, bytes: Uint8Array, what = '保存'): Promise<void> {
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    throw explainWriteError(file, error, what);
  }
}
