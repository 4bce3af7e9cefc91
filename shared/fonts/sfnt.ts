// The table directory of an sfnt font (.ttf/.otf) or of one member of a collection (.ttc/.otc), read straight
// from the bytes. Layout needs only a handful of tables (head, hhea, hmtx, cmap, OS/2, BASE, name); fontkit
// would cost ~110 ms to import and 10–90 ms per 5–7 MB CJK face to create, so the build path reads them here.
// From bytes in memory, tables are subarray views (no copy); from a file (sfntFileTables), each table is read
// when first asked for, so layout never loads the megabytes of outlines.
import { normalizeFamily, parseNameTable, type ReadRange } from './read-font-names';

export interface SfntTables {
  /** The table's bytes, undefined when the font has no such table. From bytes: a view into them, no copy. */
  get(tag: string): Uint8Array | undefined;
  /** The tags of the table directory, in directory order. */
  tags(): string[];
  /** The whole file, when the tables were read from bytes in memory (not from a file, see sfntFileTables). */
  readonly bytes?: Uint8Array;
  /** Member index inside a collection (0 for a single font). */
  readonly index: number;
  /** sfnt version: 'OTTO' for CFF outlines, '0100' or 'true' for TrueType outlines. */
  readonly flavor: string;
}

export interface MemberWanted {
  postscriptName?: string | undefined;
  family?: string | undefined;
}

/** The tables of `bytes`; for a collection the member `wanted` names (see pickMember). Throws on bytes that are not a font. */
export function sfntTables(bytes: Uint8Array, wanted: MemberWanted = {}): SfntTables {
  return pick(sfntMembers(bytes), wanted);
}

/** The same from a file of `size` bytes read in ranges: only the directories, name tables and tables asked for are read. */
export function sfntFileTables(read: ReadRange, size: number, wanted: MemberWanted = {}): SfntTables {
  return pick(membersOf(read, size), wanted);
}

/** Every font in the file: one for .ttf/.otf, each member for .ttc/.otc. */
export function sfntMembers(bytes: Uint8Array): SfntTables[] {
  return membersOf((offset, length) => bytes.subarray(offset, offset + length), bytes.length, bytes);
}

function pick(members: SfntTables[], wanted: MemberWanted): SfntTables {
  return members.length === 1 ? members[0]! : pickMember(members, wanted);
}

function membersOf(read: ReadRange, size: number, bytes?: Uint8Array): SfntTables[] {
  if (size < 12) throw new Error('文件太短，不是字体文件');
  const head = read(0, 12);
  const view = dataView(head);
  if (tagAt(head, 0) !== 'ttcf') return [directory(read, size, 0, 0, '', bytes)];
  const count = view.getUint32(8);
  if (count === 0 || 12 + count * 4 > size) throw new Error('字体集文件头已损坏');
  const offsets = dataView(read(12, count * 4));
  return Array.from({ length: count }, (_, i) => directory(read, size, offsets.getUint32(i * 4), i, `字体集第 ${i + 1} 个字体：`, bytes));
}

function directory(read: ReadRange, size: number, at: number, index: number, where: string, bytes?: Uint8Array): SfntTables {
  if (at + 12 > size) throw new Error(`${where}文件不完整`);
  const header = read(at, 12);
  const version = dataView(header).getUint32(0);
  const flavor = version === 0x00010000 ? '0100' : tagAt(header, 0);
  if (flavor !== '0100' && flavor !== 'OTTO' && flavor !== 'true') {
    throw new Error(`${where}不是 TrueType/OpenType 字体（文件头 ${JSON.stringify(tagAt(header, 0))}）`);
  }
  const numTables = dataView(header).getUint16(4);
  if (at + 12 + numTables * 16 > size) throw new Error(`${where}表目录不完整`);
  const dir = read(at + 12, numTables * 16);
  const records = new Map<string, { offset: number; length: number; data?: Uint8Array }>();
  for (let t = 0; t < numTables; t++) {
    const tag = tagAt(dir, t * 16);
    const offset = dataView(dir).getUint32(t * 16 + 8);
    let length = dataView(dir).getUint32(t * 16 + 12);
    // A last table whose length runs a few bytes past the end only lacks its padding; more means a cut-off file.
    if (offset + length > size) {
      if (offset > size || offset + length > size + 3) throw new Error(`${where}文件不完整：${tag.trim()} 表超出文件末尾`);
      length = size - offset;
    }
    records.set(tag, { offset, length });
  }
  return {
    get(tag) {
      const record = records.get(tag.length === 3 ? `${tag} ` : tag);
      if (!record) return undefined;
      return (record.data ??= read(record.offset, record.length));
    },
    tags: () => [...records.keys()],
    ...(bytes ? { bytes } : {}),
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
  // As fontkit's postscriptName gave it: a member without one tests as the string "null".
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

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function tagAt(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}
