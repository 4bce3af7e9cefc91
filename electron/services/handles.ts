// Opaque handles for files the user chose: the renderer sees a random token and a display name, never a
// path it could alter. The host resolves the token on every use; an unknown token is refused.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FileHandle } from '../../shared/api/contract';
import { InputError } from '../../shared/errors';

export class HandleRegistry {
  private readonly byToken = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** The handle of a path the host itself chose (dialog, recent list, command line). */
  handleFor(file: string): FileHandle {
    const full = path.resolve(file);
    let token = this.byPath.get(full);
    if (!token) {
      token = randomBytes(16).toString('hex');
      this.byPath.set(full, token);
      this.byToken.set(token, full);
    }
    return { handle: token, name: path.basename(full), location: shorten(path.dirname(full)) };
  }

  resolve(token: string): string {
    const file = this.byToken.get(token);
    if (!file) throw new InputError('', '', '文件句柄无效或已过期，请重新选择文件');
    return file;
  }
}

function shorten(dir: string): string {
  const parts = dir.split(/[\\/]+/).filter(Boolean);
  return parts.length <= 3 ? dir : `…${path.sep}${parts.slice(-2).join(path.sep)}`;
}
