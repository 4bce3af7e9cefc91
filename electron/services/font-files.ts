// FontSource for Node: bundled fonts in build/fonts, then the system's font folders (by file name).
// (Foundation version; the typesetting issue adds installed-family lookup.)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontSource } from '../../shared/fonts/font-source';

export const BUNDLED_FONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/fonts');

export function createFontSource(dirs: string[] = [BUNDLED_FONT_DIR]): FontSource {
  const cache = new Map<string, Uint8Array | undefined>();
  return {
    read(ref) {
      if (!ref.file) return undefined;
      if (cache.has(ref.file)) return cache.get(ref.file);
      const found = dirs.map((dir) => path.join(dir, ref.file!)).find((p) => existsSync(p));
      const bytes = found ? new Uint8Array(readFileSync(found)) : undefined;
      cache.set(ref.file, bytes);
      return bytes;
    },
  };
}
