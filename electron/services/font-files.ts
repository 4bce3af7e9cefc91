// FontSource for Node: a font reference names a bundled file (build/fonts) or an installed font.
// - { file }: the bundled folder first, then the system's font folders (by file name).
// - { family }: an installed font by family name (仿宋_GB2312, 方正小标宋简体, Noto Serif CJK SC …), in any
//   language the font's name table gives. Used when the reference has no file, or its file is not found, so the
//   default profile gives the same PDF on every machine and a profile opts in to installed faces by naming them.
// The system folders are indexed once, on the first lookup that needs them, from the fonts' name tables only.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontSource } from '../../shared/fonts/font-source';
import { normalizeFamily, readFontNames } from '../../shared/fonts/read-font-names';
import { sfntFileTables, sfntTables, type SfntTables } from '../../shared/fonts/sfnt';
import type { FontRef } from '../../shared/profiles/profile';

export const BUNDLED_FONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/fonts');

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;
const REGULAR = /^(regular|normal|book|roman|常规|標準|standard)$/i;

/** Where fonts are installed on this platform (folders that do not exist are skipped when scanning). */
export function systemFontDirs(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string[] {
  if (platform === 'win32') {
    const dirs = [path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts')];
    if (env.LOCALAPPDATA) dirs.push(path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
    return dirs;
  }
  if (platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', path.join(home, 'Library/Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.fonts'), path.join(home, '.local/share/fonts')];
}

export interface InstalledFont {
  path: string;
  index: number;
  postscriptName?: string;
}

/** Index of the installed fonts: file name → path, family (normalised) → file. Built lazily, once. */
export class InstalledFonts {
  private files?: Map<string, string>;
  private families?: Map<string, InstalledFont>;

  constructor(private readonly dirs: string[]) {}

  fileByName(name: string): string | undefined {
    this.files ??= this.listFiles();
    return this.files.get(name.toLowerCase());
  }

  byFamily(family: string): InstalledFont | undefined {
    this.families ??= this.indexFamilies();
    return this.families.get(normalizeFamily(family));
  }

  private listFiles(): Map<string, string> {
    const files = new Map<string, string>();
    const walk = (dir: string, depth: number) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return; // missing or unreadable folder
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory() && depth < 6) walk(full, depth + 1);
        else if (FONT_FILE.test(e.name) && !files.has(e.name.toLowerCase())) files.set(e.name.toLowerCase(), full);
      }
    };
    for (const dir of this.dirs) walk(dir, 0);
    return files;
  }

  private indexFamilies(): Map<string, InstalledFont> {
    this.files ??= this.listFiles();
    const families = new Map<string, InstalledFont>();
    const regularKeys = new Set<string>();
    for (const file of this.files.values()) {
      for (const member of namesOf(file)) {
        const entry = { path: file, index: member.index, ...(member.postscriptName ? { postscriptName: member.postscriptName } : {}) };
        const regular = REGULAR.test(member.subfamily ?? 'Regular');
        for (const name of [...member.names, member.postscriptName ?? '']) {
          const key = normalizeFamily(name);
          // A family's regular face answers to its name, not whichever weight was listed first.
          if (key && (!families.has(key) || (regular && !regularKeys.has(key)))) {
            families.set(key, entry);
            if (regular) regularKeys.add(key);
          }
        }
      }
    }
    return families;
  }
}

/** The names in a font file's name table(s), read without loading the file; [] for a damaged file. */
export function namesOf(file: string) {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const handle = fd;
    return readFontNames((offset, length) => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, 1 << 20)));
      const got = readSync(handle, buf, 0, buf.length, offset);
      return new Uint8Array(buf.buffer, buf.byteOffset, got);
    });
  } catch {
    return []; // a damaged font file is simply not offered
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function createFontSource(dirs: string[] = [BUNDLED_FONT_DIR], systemDirs: string[] = systemFontDirs()): FontSource {
  const installed = new InstalledFonts(systemDirs);
  const cache = new Map<string, Uint8Array | undefined>();
  const tableCache = new Map<string, SfntTables | undefined>();
  const load = (file: string | undefined): Uint8Array | undefined => {
    if (!file) return undefined;
    if (!cache.has(file)) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = readFileSync(file); // a Buffer is a Uint8Array: no copy of megabytes of font data
      } catch {
        bytes = undefined; // unreadable (permissions, removed meanwhile): the role falls through to its next face
      }
      cache.set(file, bytes);
    }
    return cache.get(file);
  };
  const locate = (ref: FontRef): string | undefined => {
    if (ref.file) {
      const bundled = dirs.map((dir) => path.join(dir, ref.file!)).find((p) => existsSync(p));
      const found = bundled ?? installed.fileByName(ref.file);
      if (found) return found;
    }
    return ref.family ? installed.byFamily(ref.family)?.path : undefined;
  };
  return {
    read: (ref) => load(locate(ref)),
    tables(ref) {
      const file = locate(ref);
      if (!file) return undefined;
      // One SfntTables per file and member: two font sets from this source share the face (openFaceOfTables' memo).
      const key = `${file}\u0000${ref.postscriptName ?? ''}\u0000${ref.family ?? ''}`;
      if (!tableCache.has(key)) tableCache.set(key, fileTables(file, ref, cache.get(file)));
      return tableCache.get(key);
    },
  };
}

/** The face's tables read from the file piecewise (undefined when it cannot be read); from the bytes if loaded already. */
function fileTables(file: string, ref: FontRef, loaded: Uint8Array | undefined): SfntTables | undefined {
  const wanted = { postscriptName: ref.postscriptName, family: ref.family };
  if (loaded) return sfntTables(loaded, wanted);
  let size: number;
  try {
    size = statSync(file).size;
    closeSync(openSync(file, 'r')); // readable at all: else the role falls through to its next face, as read() does
  } catch {
    return undefined;
  }
  return sfntFileTables((offset, length) => readRange(file, offset, length), size, wanted);
}

function readRange(file: string, offset: number, length: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(length);
    const got = readSync(fd, buf, 0, length, offset);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
