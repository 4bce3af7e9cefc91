// FontService: which fonts the clerk can choose (bundled ones first, then installed ones, by family name),
// and the font bytes the preview worker and the exporters need. File lookup itself is font-files.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FontBytes, FontInfo } from '../../shared/api/contract';
import type { FontSource } from '../../shared/fonts/font-source';
import { normalizeFamily } from '../../shared/fonts/read-font-names';
import type { FontRef } from '../../shared/profiles/profile';
import { createFontSource, namesOf } from './font-files';
import type { Paths } from './ports';

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;
const CJK = /[\u3400-\u9fff]/;

export class FontService {
  private fonts?: (FontInfo & { names: string[]; path: string })[];
  private readonly bundledBytes = new Map<string, Uint8Array>();
  readonly source: FontSource;

  constructor(private readonly paths: Pick<Paths, 'bundledFonts' | 'systemFonts'>) {
    this.source = createFontSource([paths.bundledFonts], paths.systemFonts);
  }

  /** Every font family available here, bundled first; a family appears once. */
  list(): FontInfo[] {
    return this.index().map(({ names: _names, path: _path, ...info }) => info);
  }

  /** The font a family name (in any language its name table gives) resolves to, or null. */
  choose(family: string): FontInfo | null {
    const key = normalizeFamily(family);
    const found = this.index().find((f) => f.names.some((n) => normalizeFamily(n) === key));
    if (!found) return null;
    const { names: _names, path: _path, ...info } = found;
    return info;
  }

  /** Bytes per reference: the font source's answer, else (a family name of a bundled font) our own index. */
  load(refs: FontRef[]): FontBytes[] {
    return refs.map((ref) => ({ ref, bytes: this.read(ref) }));
  }

  read(ref: FontRef): Uint8Array | null {
    const bytes = this.source.read(ref);
    if (bytes) return bytes;
    if (!ref.family) return null;
    const key = normalizeFamily(ref.family);
    const found = this.index().find((f) => f.source === 'bundled' && f.names.some((n) => normalizeFamily(n) === key));
    if (!found) return null;
    const cached = this.bundledBytes.get(found.path);
    if (cached) return cached;
    const read = new Uint8Array(readFileSync(found.path));
    this.bundledBytes.set(found.path, read);
    return read;
  }

  private index(): (FontInfo & { names: string[]; path: string })[] {
    if (this.fonts) return this.fonts;
    const seen = new Set<string>();
    const out: (FontInfo & { names: string[]; path: string })[] = [];
    const scan = (dir: string, source: FontInfo['source']) => {
      for (const file of listFontFiles(dir)) {
        for (const member of namesOf(file)) {
          const family = member.names.find((n) => CJK.test(n)) ?? member.names[0];
          if (!family || seen.has(normalizeFamily(family) + '|' + (member.subfamily ?? ''))) continue;
          seen.add(normalizeFamily(family) + '|' + (member.subfamily ?? ''));
          out.push({
            family,
            source,
            file: path.basename(file),
            ...(member.postscriptName ? { postscriptName: member.postscriptName } : {}),
            names: member.names,
            path: file,
          });
        }
      }
    };
    scan(this.paths.bundledFonts, 'bundled');
    for (const dir of this.paths.systemFonts) scan(dir, 'system');
    this.fonts = out;
    return out;
  }
}

function listFontFiles(dir: string, depth = 0): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && depth < 6) files.push(...listFontFiles(full, depth + 1));
    else if (FONT_FILE.test(e.name)) files.push(full);
  }
  return files;
}

