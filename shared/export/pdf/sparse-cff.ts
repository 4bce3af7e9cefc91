// A CFF table read piecewise from its file: the structure a subset needs (header, name/top/string/global-subr
// INDEXes, FDSelect, the charstrings' offsets, font and Private dicts with their subrs) at once, then only the
// charstrings of the glyphs used, as they are asked for. A CJK face's CFF table is 5–8 MB; a gazette uses a
// few thousand of its 30 000 glyphs. The bytes live at their places in a table-sized, zero-filled array (memory
// the system commits only where written), so the subsetter reads it as it would the whole table.
import { readDict, readIndex } from './cff-parts';

/** Bytes of the table from `offset` (table-relative). */
export type ReadTable = (offset: number, length: number) => Uint8Array;

const OP_CHARSTRINGS = 17;
const OP_PRIVATE = 18;
const OP_SUBRS = 19;
const OP_FDARRAY = 1236;
const OP_FDSELECT = 1237;

export class SparseCff {
  /** The table, filled where read. */
  readonly bytes: Uint8Array;
  private readonly loaded: Uint8Array;
  private readonly charStringsAt: number;
  private readonly count: number;

  constructor(
    private readonly read: ReadTable,
    length: number,
  ) {
    this.bytes = new Uint8Array(length);
    this.fill(0, 4);
    let at = this.wholeIndex(this.bytes[2]!); // names
    const topAt = at;
    at = this.wholeIndex(at); // top dicts
    at = this.wholeIndex(at); // strings
    this.wholeIndex(at); // global subrs
    const top = readDict(readIndex(this.bytes, topAt).item(0));
    const int = (op: number) => top.find((e) => e.op === op)?.ints;
    this.charStringsAt = int(OP_CHARSTRINGS)![0]!;
    this.fill(this.charStringsAt, 3);
    this.count = (this.bytes[this.charStringsAt]! << 8) | this.bytes[this.charStringsAt + 1]!;
    const offSize = this.bytes[this.charStringsAt + 2]!;
    this.fill(this.charStringsAt + 3, (this.count + 1) * offSize); // the offsets, not the charstrings
    this.loaded = new Uint8Array(this.count);

    const fdSelectAt = int(OP_FDSELECT)?.[0];
    if (fdSelectAt !== undefined) {
      this.fill(fdSelectAt, 3);
      const format = this.bytes[fdSelectAt]!;
      if (format === 0) this.fill(fdSelectAt + 1, this.count);
      else this.fill(fdSelectAt + 3, ((this.bytes[fdSelectAt + 1]! << 8) | this.bytes[fdSelectAt + 2]!) * 3 + 2);
    }
    const fdArrayAt = int(OP_FDARRAY)?.[0];
    if (fdArrayAt !== undefined) {
      this.wholeIndex(fdArrayAt);
      const fdArray = readIndex(this.bytes, fdArrayAt);
      for (let i = 0; i < fdArray.count; i++) this.privateOf(readDict(fdArray.item(i)).find((e) => e.op === OP_PRIVATE)?.ints);
    } else this.privateOf(int(OP_PRIVATE));
  }

  /** Reads the charstrings of these glyphs not read yet (neighbours in one read). */
  ensure(gids: ArrayLike<number>): void {
    const index = readIndex(this.bytes, this.charStringsAt);
    const ranges: Array<[number, number]> = [];
    for (let i = 0; i < gids.length; i++) {
      const gid = gids[i]! < this.count ? gids[i]! : 0;
      if (this.loaded[gid]) continue;
      this.loaded[gid] = 1;
      const item = index.item(gid);
      if (item.length) ranges.push([item.byteOffset - this.bytes.byteOffset, item.byteOffset - this.bytes.byteOffset + item.length]);
    }
    if (ranges.length === 0) return;
    ranges.sort((a, b) => a[0] - b[0]);
    let [from, to] = ranges[0]!;
    for (const [a, b] of ranges) {
      if (a - to > 4096) {
        this.fill(from, to - from);
        from = a;
      }
      to = Math.max(to, b);
    }
    this.fill(from, to - from);
  }

  private fill(at: number, length: number): void {
    if (length <= 0) return;
    const got = this.read(at, length);
    this.bytes.set(got.subarray(0, Math.min(got.length, this.bytes.length - at)), at);
  }

  /** Reads a whole INDEX (count, offsets, data) at `at`; returns where it ends. */
  private wholeIndex(at: number): number {
    this.fill(at, 3);
    const count = (this.bytes[at]! << 8) | this.bytes[at + 1]!;
    if (count === 0) return at + 2;
    const offSize = this.bytes[at + 2]!;
    this.fill(at + 3, (count + 1) * offSize);
    const index = readIndex(this.bytes, at);
    const dataAt = at + 3 + (count + 1) * offSize;
    this.fill(dataAt, index.end - dataAt);
    return index.end;
  }

  /** A Private dict ([size, offset] as in its font dict) and its local subrs. */
  private privateOf(entry: number[] | undefined): void {
    if (!entry || entry.length < 2) return;
    const [size, offset] = entry as [number, number];
    this.fill(offset, size);
    const subrs = readDict(this.bytes.subarray(offset, offset + size)).find((e) => e.op === OP_SUBRS)?.ints[0];
    if (subrs !== undefined) this.wholeIndex(offset + subrs);
  }
}

/** Where the 'CFF ' table of a single OpenType font ('OTTO') lies in its file; undefined for anything else. */
export function cffTableIn(readFile: ReadTable): { offset: number; length: number } | undefined {
  const head = readFile(0, 12);
  if (head.length < 12 || String.fromCharCode(head[0]!, head[1]!, head[2]!, head[3]!) !== 'OTTO') return undefined;
  const count = (head[4]! << 8) | head[5]!;
  const dir = readFile(12, count * 16);
  const v = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  for (let i = 0; i < count && (i + 1) * 16 <= dir.length; i++) {
    if (String.fromCharCode(dir[i * 16]!, dir[i * 16 + 1]!, dir[i * 16 + 2]!, dir[i * 16 + 3]!) === 'CFF ') {
      return { offset: v.getUint32(i * 16 + 8), length: v.getUint32(i * 16 + 12) };
    }
  }
  return undefined;
}
