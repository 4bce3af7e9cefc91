// The pieces of the CFF format the subsetter needs (Adobe TN 5176): INDEX and DICT, read and written.

export interface CffIndex {
  count: number;
  /** Byte range of the whole INDEX in the table. */
  start: number;
  end: number;
  item(i: number): Uint8Array;
}

export function readIndex(cff: Uint8Array, at: number): CffIndex {
  const count = (cff[at]! << 8) | cff[at + 1]!;
  if (count === 0) return { count, start: at, end: at + 2, item: () => new Uint8Array(0) };
  const offSize = cff[at + 2]!;
  const offsetAt = at + 3;
  const dataAt = offsetAt + (count + 1) * offSize - 1; // offsets count from the byte before the data
  const offset = (i: number) => {
    let v = 0;
    for (let k = 0, p = offsetAt + i * offSize; k < offSize; k++) v = v * 256 + cff[p + k]!;
    return v;
  };
  return { count, start: at, end: dataAt + offset(count), item: (i) => cff.subarray(dataAt + offset(i), dataAt + offset(i + 1)) };
}

export function writeIndex(items: readonly Uint8Array[]): Uint8Array {
  const head = indexHead(items.map((b) => b.length));
  const out = new Uint8Array(head.length + items.reduce((n, b) => n + b.length, 0));
  out.set(head);
  let p = head.length;
  for (const item of items) {
    out.set(item, p);
    p += item.length;
  }
  return out;
}

/** An INDEX's count, offset size and offsets: everything before its data, from the items' lengths. */
export function indexHead(lengths: ArrayLike<number>): Uint8Array {
  const count = lengths.length;
  if (count === 0) return new Uint8Array([0, 0]);
  let total = 0;
  for (let i = 0; i < count; i++) total += lengths[i]!;
  const offSize = total + 1 < 0x100 ? 1 : total + 1 < 0x10000 ? 2 : total + 1 < 0x1000000 ? 3 : 4;
  const out = new Uint8Array(3 + (count + 1) * offSize);
  out[0] = count >> 8;
  out[1] = count & 0xff;
  out[2] = offSize;
  let p = 3;
  let offset = 1;
  const put = (v: number) => {
    for (let k = offSize - 1; k >= 0; k--) out[p + k] = Math.floor(v / 256 ** (offSize - 1 - k)) & 0xff;
    p += offSize;
  };
  put(offset);
  for (let i = 0; i < count; i++) put((offset += lengths[i]!));
  return out;
}

export interface DictEntry {
  /** Operator; two-byte operators (12 x) as 1200 + x. */
  op: number;
  /** Integer operands (reals read as NaN; such entries are copied through `raw`). */
  ints: number[];
  /** The operand bytes as read, copied unchanged when the entry is written back. */
  raw?: Uint8Array;
  /** Write the ints as 5-byte integers (offsets whose size must not depend on their value). */
  wide?: boolean;
}

export function readDict(bytes: Uint8Array): DictEntry[] {
  const entries: DictEntry[] = [];
  let ints: number[] = [];
  let start = 0;
  let p = 0;
  while (p < bytes.length) {
    const b = bytes[p]!;
    if (b <= 21) {
      const op = b === 12 ? 1200 + bytes[p + 1]! : b;
      entries.push({ op, ints, raw: bytes.subarray(start, p) });
      p += b === 12 ? 2 : 1;
      start = p;
      ints = [];
    } else if (b === 28) {
      ints.push(((bytes[p + 1]! << 24) | (bytes[p + 2]! << 16)) >> 16);
      p += 3;
    } else if (b === 29) {
      ints.push((bytes[p + 1]! << 24) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 8) | bytes[p + 4]!);
      p += 5;
    } else if (b === 30) {
      p++;
      while (p < bytes.length && (bytes[p]! & 0x0f) !== 0x0f && (bytes[p]! & 0xf0) !== 0xf0) p++;
      p++;
      ints.push(Number.NaN);
    } else if (b >= 32 && b <= 246) {
      ints.push(b - 139);
      p++;
    } else if (b >= 247 && b <= 250) {
      ints.push((b - 247) * 256 + bytes[p + 1]! + 108);
      p += 2;
    } else if (b >= 251 && b <= 254) {
      ints.push(-(b - 251) * 256 - bytes[p + 1]! - 108);
      p += 2;
    } else throw new Error(`CFF DICT: bad byte ${b}`);
  }
  return entries;
}

export function writeDict(entries: readonly DictEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    if (e.raw && !e.wide) out.push(...e.raw);
    else for (const v of e.ints) out.push(...(e.wide ? wideInt(v) : shortInt(v)));
    if (e.op >= 1200) out.push(12, e.op - 1200);
    else out.push(e.op);
  }
  return new Uint8Array(out);
}

const wideInt = (v: number) => [29, (v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];

function shortInt(v: number): number[] {
  if (v >= -107 && v <= 107) return [v + 139];
  if (v >= 108 && v <= 1131) return [((v - 108) >> 8) + 247, (v - 108) & 0xff];
  if (v >= -1131 && v <= -108) return [((-v - 108) >> 8) + 251, (-v - 108) & 0xff];
  if (v >= -32768 && v <= 32767) return [28, (v >> 8) & 0xff, v & 0xff];
  return wideInt(v);
}
