// The names a font file answers to (family, full and PostScript names, in every language), read from the
// 'name' tables alone, so a folder of hundreds of fonts can be indexed without loading any of them whole.
// Pure: the caller supplies a reader of byte ranges (a file handle on the Node side).

export interface FontFileNames {
  /** Member index inside a collection (0 for a single font) */
  index: number;
  postscriptName?: string;
  /** Style within the family (Regular, Bold …; nameID 2) */
  subfamily?: string;
  /** Family, typographic family and full names, all languages */
  names: string[];
}

export type ReadRange = (offset: number, length: number) => Uint8Array;

const NAME_IDS = new Set([1, 2, 4, 6, 16]);

export function readFontNames(read: ReadRange): FontFileNames[] {
  const head = read(0, 12);
  if (head.length < 12) return [];
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const tag = String.fromCharCode(...head.subarray(0, 4));
  if (tag === 'ttcf') {
    const count = Math.min(view.getUint32(8), 64);
    const offsets = read(12, count * 4);
    const ov = new DataView(offsets.buffer, offsets.byteOffset, offsets.byteLength);
    const members: FontFileNames[] = [];
    for (let i = 0; i < count && (i + 1) * 4 <= offsets.length; i++) {
      const names = readMember(read, ov.getUint32(i * 4), i);
      if (names) members.push(names);
    }
    return members;
  }
  if (tag === 'OTTO' || tag === 'true' || view.getUint32(0) === 0x00010000) {
    const names = readMember(read, 0, 0);
    return names ? [names] : [];
  }
  return [];
}

function readMember(read: ReadRange, at: number, index: number): FontFileNames | undefined {
  const header = read(at, 12);
  if (header.length < 12) return undefined;
  const numTables = new DataView(header.buffer, header.byteOffset).getUint16(4);
  const dir = read(at + 12, numTables * 16);
  const dv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  for (let t = 0; t + 16 <= dir.length; t += 16) {
    if (String.fromCharCode(...dir.subarray(t, t + 4)) !== 'name') continue;
    const table = read(dv.getUint32(t + 8), dv.getUint32(t + 12));
    return parseNameTable(table, index);
  }
  return undefined;
}

/** The names of one name table (nameIDs 1, 4, 16 in every language; 6 and 2 apart). */
export function parseNameTable(table: Uint8Array, index = 0): FontFileNames {
  const v = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const count = v.getUint16(2);
  const stringOffset = v.getUint16(4);
  const names = new Set<string>();
  let postscriptName: string | undefined;
  let subfamily: string | undefined;
  for (let r = 0; r < count && 6 + (r + 1) * 12 <= table.length; r++) {
    const at = 6 + r * 12;
    const platform = v.getUint16(at);
    const encoding = v.getUint16(at + 2);
    const nameId = v.getUint16(at + 6);
    if (!NAME_IDS.has(nameId)) continue;
    const start = stringOffset + v.getUint16(at + 10);
    const bytes = table.subarray(start, start + v.getUint16(at + 8));
    const text = platform === 0 || platform === 3 ? utf16be(bytes) : platform === 1 && encoding === 0 ? latin1(bytes) : '';
    if (!text) continue;
    if (nameId === 6) postscriptName ??= text;
    else if (nameId === 2) subfamily ??= text;
    else names.add(text);
  }
  return { index, ...(postscriptName ? { postscriptName } : {}), ...(subfamily ? { subfamily } : {}), names: [...names] };
}

function utf16be(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return s;
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/** Family names compare without case and spaces: "Noto Serif CJK SC" = "notoserifcjksc". */
export function normalizeFamily(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}
