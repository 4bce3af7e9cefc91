// The .gazette file a launch was asked to open: from the command line, a double-click (the OS passes the
// path) or a second launch forwarded by the single-instance lock. Flags (--ozone-platform=x11 …) are skipped.
import { statSync } from 'node:fs';
import path from 'node:path';

export function gazetteFileFromArgv(argv: string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || path.extname(arg).toLowerCase() !== '.gazette') continue;
    const full = path.resolve(cwd, arg);
    try {
      if (statSync(full).isFile()) return full;
    } catch {
      // a path that does not exist is not opened
    }
  }
  return null;
}
