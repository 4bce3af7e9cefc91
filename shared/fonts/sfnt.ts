// The table directory of an sfnt font (.ttf/.otf) or of one member of a collection (.ttc/.otc), read straight
// from the bytes. Layout needs only a handful of tables (head, hhea, hmtx, cmap, OS/2, BASE, name); fontkit
// would cost ~110 ms to import and 10–90 ms per 5–7 MB CJK face to create, so the build path reads them here.
// Tables are subarray views of the file's bytes: nothing is copied.
import { normalizeFamily, parseNameTable } from './read-font-names';

export interface SfntTables {
  /** The table's bytes (a view into the file, no copy), undefined when the font has no such table. */
  get(tag: string): Uint8Array | undefined;
  /** The tags of the table directory, in directory order. */
  tags(): string[];
  /** The whole file the tables live in. */
  readonly bytes: Uint8Array;
  /** Member index inside a collection (0 for a single font). */
  readonly index: number;
  /** sfnt version tag: 'OTTO' for CFF outlines, 'true' or '\0\x01\0\0' (as '0100') for TrueType outlines. */
  readonly flavor: string;
}

export interface MemberWanted {
  postscriptName?: string;
  family?: string;
}

/** The tables of `bytes`; for a collection the member `wanted` names (see pickMember). Throws on bytes that are not a font. */
export function sfntTables(bytes: Uint8Array, wanted: MemberWanted = {}): SfntTables {
  const members = sfntMembers(bytes);
  return members.length === 1 ? members[0]! : pickMember(members, wanted);
}

/** Every font in the file: one for .ttf/.otf, each member for .ttc/.otc. */
export function sfntMembers(bytes: Uint8Array): SfntTables[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) throw new Error('文件太短，不是字体文件');
  const tag = tagAt(bytes, 0);
  if (tag !== 'ttcf') return [directory(bytes, view, 0, 0)];
  const count = view.getUint32(8);
  if (count === 0 || 12 + count * 4 > bytes.length) throw new Error('字体集文件头已损坏');
  return Array.from({ length: count }, (_, i) => directory(bytes, view, view.getUint32(12 + i * 4), i));
}

function directory(bytes: Uint8Array, view: DataView, at: number, index: number): SfntTables {
  const where = index > 0 || tagAt(bytes, 0) === 'ttcf' ? `字体集第 ${index + 1} 个字体：` : '';
  if (at + 12 > bytes.length) throw new Error(`${where}文件不完整`);
  const version = view.getUint32(at);
  const flavor = version === 0x00010000 ? '0100' : tagAt(bytes, at);
  if (flavor !== '0100' && flavor !== 'OTTO' && flavor !== 'true') {
    throw new Error(`${where}不是 TrueType/OpenType 字体（文件头 ${JSON.stringify(tagAt(bytes, at))}）`);
  }
  const numTables = view.getUint16(at + 4);
  if (at + 12 + numTables * 16 > bytes.length) throw new Error(`${where}表目录不完整`);
  const tables = new Map<string, Uint8Array>();
  for (let t = 0; t < numTables; t++) {
    const record = at + 12 + t * 16;
    const tag = tagAt(bytes, record);
    const offset = view.getUint32(record + 8);
    let length = view.getUint32(record + 12);
    // A last table whose length runs a few bytes past the end only lacks its padding; more means a cut-off file.
    if (offset + length > bytes.length) {
      if (offset > bytes.length || offset + length > bytes.length + 3) throw new Error(`${where}文件不完整：${tag.trim()} 表超出文件末尾`);
      length = bytes.length - offset;
    }
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return {
    get: (tag) => tables.get(tag.length === 3 ? `${tag} ` : tag),
    tags: () => [...tables.keys()],
    bytes,
    index,
    flavor,
  };
}

/** Names of one font: its PostScript name and every family/full name in all languages. */
export function sfntNames(tables: SfntTables): { postscriptName?: string; names: string[] } {
  const name = tables.get('name');
  return name ? parseNameTable(name, tables.index) : { names: [] };
}

/** The member named by postscriptName, else by family (any language), else the Simplified Chinese one (SC/CN/GB), else the first. */
function pickMember(members: SfntTables[], wanted: MemberWanted): SfntTables {
  const named = members.map((m) => ({ m, ...safeNames(m) }));
  const byName = wanted.postscriptName && named.find((n) => n.postscriptName === wanted.postscriptName);
  if (byName) return byName.m;
  const family = wanted.family && normalizeFamily(wanted.family);
  const byFamily = family && named.find((n) => n.names.some((name) => normalizeFamily(name) === family));
  if (byFamily) return byFamily.m;
  const sc = named.find((n) => /(sc|cn|gb)\b|sc-|SC|CN|GB/.test(n.postscriptName ?? 'null'));
  return (sc ?? named[0]!).m;
}

function safeNames(tables: SfntTables): { postscriptName?: string; names: string[] } {
  try {
    return sfntNames(tables);
  } catch {
    return { names: [] }; // a member with a damaged name table can still be picked as the first
  }
}

function tagAt(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}
