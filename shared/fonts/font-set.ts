// The fonts of one profile: per role the profile's chain of faces, then the bundled last resort, resolved per
// glyph, so a character missing from the role's first face is drawn from the next face that has it (never tofu).
// Faces open lazily (a fallback face costs nothing until a character needs it) and every lookup is cached.
// Faces are read from their sfnt tables; fontkit is loaded only if something asks for a face's `font`.
import type { Font } from 'fontkit';
import type { FontRole } from '../model/blocks';
import type { FontRef, GazetteProfile } from '../profiles/profile';
import type { FontFace } from '../typeset/page-tree';
import type { MissingChar } from '../typeset/text/types';
import type { FontSource } from './font-source';
import type { GlyphLookup } from './fast-cmap';
import { openFace, openFaceOfTables, type OpenedFace } from './open-face';
import type { SfntTables } from './sfnt';

/** Bundled with the app; covers every character of the corpus. */
export const LAST_RESORT_FONT: FontRef = { file: 'NotoSerifSC-Regular.ttf' };

export interface FaceEntry {
  /** Glyph id and advance in font units, undefined when the face lacks the character (fast, table-based) */
  lookup: GlyphLookup;
  /** Stable key: the file name (or family:<name>), plus #postscriptName for a collection member. */
  key: string;
  /** The fontkit Font, created on first access (loads fontkit: the build path never asks for it). */
  readonly font: Font;
  /** The member's sfnt tables (views into `bytes`): what the PDF writer embeds from. */
  tables: SfntTables;
  unitsPerEm: number;
  postscriptName?: string;
  ref: FontRef;
  /** The whole file (all members of a collection); read on first access when the source gave tables. */
  readonly bytes: Uint8Array;
  /** Ideographic em box in em: top 0.88, bottom −0.12 for Fandol and Noto. */
  emTop: number;
  emBottom: number;
}

export interface GlyphInfo {
  /** FaceEntry key */
  face: string;
  id: number;
  /** Advance width in em */
  advance: number;
}

export interface FontSet {
  readonly profile: GazetteProfile;
  /** Faces opened so far, by key (the PDF writer embeds these). */
  readonly faces: Map<string, FaceEntry>;
  /** Characters no face of their role's chain has (each char+role once). */
  readonly missing: MissingChar[];
  /** Font references of the profile whose bytes the source could not provide. */
  readonly unavailable: FontRef[];
  /** Font files that could be read but not used (damaged, not a font), with a one-line Chinese message each. */
  readonly damaged: Array<{ ref: FontRef; message: string }>;
  /** The glyph for one code point in a role, or undefined (and recorded in `missing`) when no face has it. */
  glyph(role: FontRole, codePoint: number): GlyphInfo | undefined;
  /** Natural advance of one character in points (0 when missing). */
  advance(role: FontRole, char: string, size: number): number;
  /** Natural width of a string in points: sum of the glyph advances, no spacing added. */
  measureText(text: string, role: FontRole, size: number): number;
  /** Top of the ideographic em box above the baseline, points (positive). */
  ascent(role: FontRole, size: number): number;
  /** Bottom of the ideographic em box, points (negative: below the baseline). */
  descent(role: FontRole, size: number): number;
  /** The faces in PageTree form. */
  fontFaces(): FontFace[];
}

interface RoleCache {
  bmp: Array<GlyphInfo | null | undefined>;
  astral: Map<number, GlyphInfo | null>;
}

interface Slot {
  ref: FontRef;
  key: string;
  entry?: FaceEntry | null;
}

export function faceKey(ref: FontRef): string {
  const base = ref.file ?? `family:${ref.family ?? '?'}`;
  return ref.postscriptName ? `${base}#${ref.postscriptName}` : base;
}

export function createFontSet(profile: GazetteProfile, source: FontSource): FontSet {
  const faces = new Map<string, FaceEntry>();
  const missing: MissingChar[] = [];
  const unavailable: FontRef[] = [];
  const damaged: Array<{ ref: FontRef; message: string }> = [];
  const slots = new Map<string, Slot>();
  const chains = new Map<FontRole, Slot[]>();
  // Answers per role: BMP code points in a dense array (measuring text asks once per character), others in a map.
  const glyphCache = new Map<FontRole, RoleCache>();

  const slotFor = (ref: FontRef): Slot => {
    const key = faceKey(ref);
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = { ref, key }));
    return slot;
  };

  const chain = (role: FontRole): Slot[] => {
    let list = chains.get(role);
    if (!list) {
      const refs = [...profile.fonts[role]];
      if (!refs.some((r) => faceKey(r) === faceKey(LAST_RESORT_FONT))) refs.push(LAST_RESORT_FONT);
      chains.set(role, (list = refs.map(slotFor)));
    }
    return list;
  };

  const open = (slot: Slot): FaceEntry | null => {
    if (slot.entry !== undefined) return slot.entry;
    const ref = slot.ref;
    let face: OpenedFace;
    let fileBytes: Uint8Array | undefined;
    const bytes = (): Uint8Array => {
      fileBytes ??= source.read(ref);
      if (!fileBytes) throw new Error(`字体文件无法读取：${ref.file ?? ref.family ?? slot.key}`);
      return fileBytes;
    };
    try {
      // Table by table when the source can (layout reads ~1% of a CJK font), else the whole file.
      const tables = source.tables ? source.tables(ref) : undefined;
      if (!tables) fileBytes = source.tables ? undefined : source.read(ref);
      if (!tables && !fileBytes) {
        unavailable.push(ref);
        return (slot.entry = null);
      }
      face = tables ? openFaceOfTables(tables, bytes) : openFace(fileBytes!, ref);
    } catch (error) {
      // A damaged font must not stop the build: the role falls through to its next face.
      const name = ref.file ?? ref.family ?? slot.key;
      damaged.push({ ref, message: `字体文件无法使用：${name}（${error instanceof Error ? error.message : String(error)}）` });
      return (slot.entry = null);
    }
    const { tables, unitsPerEm, postscriptName, emTop, emBottom, lookup } = face;
    const entry: FaceEntry = {
      key: slot.key,
      get font() {
        return face.font;
      },
      get bytes() {
        return bytes();
      },
      tables,
      unitsPerEm,
      ...(postscriptName ? { postscriptName } : {}),
      ref,
      emTop,
      emBottom,
      lookup,
    };
    faces.set(slot.key, entry);
    return (slot.entry = entry);
  };

  const primary = (role: FontRole): FaceEntry | undefined => {
    for (const slot of chain(role)) {
      const entry = open(slot);
      if (entry) return entry;
    }
    return undefined;
  };

  // Text comes in runs of one role: the last role's cache is kept at hand (a Map lookup per character shows).
  let lastRole: FontRole | undefined;
  let lastCache: RoleCache | undefined;
  const cacheOf = (role: FontRole): RoleCache => {
    if (role === lastRole) return lastCache!;
    let cache = glyphCache.get(role);
    if (!cache) glyphCache.set(role, (cache = { bmp: new Array<GlyphInfo | null | undefined>(0x10000).fill(undefined), astral: new Map() }));
    lastRole = role;
    return (lastCache = cache);
  };
  const glyph = (role: FontRole, codePoint: number): GlyphInfo | undefined => {
    const cache = cacheOf(role);
    const cached = codePoint < 0x10000 ? cache.bmp[codePoint] : cache.astral.get(codePoint);
    if (cached !== undefined) return cached ?? undefined;
    let found: GlyphInfo | null = null;
    for (const slot of chain(role)) {
      const entry = open(slot);
      if (!entry) continue;
      const hit = entry.lookup(codePoint);
      if (!hit) continue;
      found = { face: entry.key, id: hit.id, advance: hit.advance / entry.unitsPerEm };
      break;
    }
    if (!found) missing.push({ char: String.fromCodePoint(codePoint), role });
    if (codePoint < 0x10000) cache.bmp[codePoint] = found;
    else cache.astral.set(codePoint, found);
    return found ?? undefined;
  };

  const set: FontSet = {
    profile,
    faces,
    missing,
    unavailable,
    damaged,
    glyph,
    advance(role, char, size) {
      const g = glyph(role, char.codePointAt(0)!);
      return g ? g.advance * size : 0;
    },
    measureText(text, role, size) {
      // The same sum as advance() per character (code points, as for..of walks them), without a string each.
      const bmp = cacheOf(role).bmp;
      let width = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let g = code < 0xd800 || code > 0xdfff ? bmp[code] : undefined;
        if (g === undefined) {
          const cp = text.codePointAt(i)!;
          if (cp > 0xffff) i++;
          g = glyph(role, cp) ?? null;
        }
        width += g ? g.advance * size : 0;
      }
      return width;
    },
    ascent(role, size) {
      return (primary(role)?.emTop ?? 0.88) * size;
    },
    descent(role, size) {
      return (primary(role)?.emBottom ?? -0.12) * size;
    },
    fontFaces() {
      return [...faces.values()].map((f) => ({
        key: f.key,
        source: f.ref.file ?? f.ref.family ?? f.key,
        ...(f.postscriptName ? { postscriptName: f.postscriptName } : {}),
      }));
    },
  };
  return set;
}

