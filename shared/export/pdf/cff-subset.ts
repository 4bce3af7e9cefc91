// Our own CFF subsetter: a CFF table in, a CID-keyed CFF out holding the kept glyphs in the given order
// (duplicates allowed: the engine gives a half-width mark its own subset entry). Global and local subrs are
// kept whole, so no charstring is parsed — fontkit's subsetter decodes every glyph's outline to find the subrs
// it calls, which costs most of the PDF time on a 300-page issue. Name-keyed fonts become CID-keyed with one
// FD made from the top Private dict. Output CID i = subset glyph i (charset identity), as PDF Identity-H wants.
import { indexHead, readDict, readIndex, writeDict, writeIndex, type DictEntry } from './cff-parts';
import { concatBytes } from './concat-bytes';

/** Top DICT operators copied as they are (numbers only; string and offset operators are rebuilt or dropped). */
const TOP_KEEP = new Set([5, 1201, 1202, 1203, 1204, 1205, 1206, 1207, 1208, 1231, 1232, 1233]);
/** Font DICT (FDArray) operators that name strings: dropped. Private (18) is rebuilt. */
const FD_DROP = new Set([1238, 0, 1, 2, 3, 4, 1200, 1221, 1222, 18]);
const OP_CHARSET = 15;
const OP_CHARSTRINGS = 17;
const OP_PRIVATE = 18;
const OP_SUBRS = 19;
const OP_ROS = 1230;
const OP_CIDCOUNT = 1234;
const OP_FDARRAY = 1236;
const OP_FDSELECT = 1237;

interface FontDictIn {
  entries: DictEntry[];
  /** The Private dict's bytes and its local Subrs INDEX (raw), if any. */
  priv?: { entries: DictEntry[]; subrs?: Uint8Array };
}

export function subsetCff(cff: Uint8Array, kept: ArrayLike<number>): Uint8Array {
  const { head, data, tail } = subsetCffParts(cff, kept);
  const out = new Uint8Array(head.length + data.reduce((n, d) => n + d.length, 0) + tail.length);
  out.set(head);
  let w = head.length;
  for (const d of data) {
    out.set(d, w);
    w += d.length;
  }
  out.set(tail, w);
  return out;
}

/** The charstring of each glyph id of a CFF table (views into it), for a subset written a few glyphs at a time. */
export function cffCharStrings(cff: Uint8Array): (gid: number) => Uint8Array {
  const names = readIndex(cff, cff[2]!);
  const tops = readIndex(cff, names.end);
  const at = readDict(tops.item(0)).find((e) => e.op === OP_CHARSTRINGS)!.ints[0]!;
  const charStrings = readIndex(cff, at);
  return (gid) => charStrings.item(gid < charStrings.count ? gid : 0);
}

/**
 * The subset in three parts: `head` (everything before the charstrings' data, their INDEX's offsets included),
 * `data` (the kept glyphs' charstrings, in order: what cffCharStrings gives) and `tail` (font dicts, Private
 * dicts, local subrs). The three one after another are the subset.
 */
export function subsetCffParts(cff: Uint8Array, kept: ArrayLike<number>): { head: Uint8Array; data: Uint8Array[]; tail: Uint8Array } {
  const glyphs = Array.from(kept);
  const hdrSize = cff[2]!;
  const names = readIndex(cff, hdrSize);
  const tops = readIndex(cff, names.end);
  const strings = readIndex(cff, tops.end);
  const gsubrs = readIndex(cff, strings.end);
  const top = readDict(tops.item(0));
  const int = (op: number) => top.find((e) => e.op === op)?.ints[0];
  const charStrings = readIndex(cff, int(OP_CHARSTRINGS)!);
  const isCid = top.some((e) => e.op === OP_ROS);

  // The font dicts and, per kept glyph, which one it uses.
  const fds: FontDictIn[] = [];
  let fdOf: (gid: number) => number = () => 0;
  if (isCid) {
    const fdArray = readIndex(cff, int(OP_FDARRAY)!);
    for (let i = 0; i < fdArray.count; i++) {
      const entries = readDict(fdArray.item(i));
      fds.push({ entries, priv: readPrivate(cff, entries) });
    }
    fdOf = fdSelect(cff, int(OP_FDSELECT)!, charStrings.count);
  } else fds.push({ entries: [], priv: readPrivate(cff, top) });

  // Only the font dicts the kept glyphs use, renumbered in order of first use.
  const fdIndex = new Map<number, number>();
  const usedFds: FontDictIn[] = [];
  const select = new Uint8Array(glyphs.length);
  glyphs.forEach((gid, i) => {
    const fd = fdOf(gid);
    let at = fdIndex.get(fd);
    if (at === undefined) {
      fdIndex.set(fd, (at = usedFds.length));
      usedFds.push(fds[fd] ?? fds[0]!);
    }
    select[i] = at;
  });

  const stringData = [new TextEncoder().encode('Adobe'), new TextEncoder().encode('Identity')];
  const sid = 391; // the first custom string id (391 standard strings)
  const charset = glyphs.length > 1 ? [2, 0, 1, ((glyphs.length - 2) >> 8) & 0xff, (glyphs.length - 2) & 0xff] : [0];
  const fdSelectBytes = new Uint8Array(1 + glyphs.length);
  fdSelectBytes.set(select, 1);
  const data = glyphs.map((gid) => charStrings.item(gid < charStrings.count ? gid : 0));
  const charStringHead = indexHead(data.map((d) => d.length));
  const charStringsSize = charStringHead.length + data.reduce((n, d) => n + d.length, 0);

  // Private dicts with their local subrs right after each (Subrs offset is relative to the Private dict).
  const privates = usedFds.map((fd) => {
    const entries = (fd.priv?.entries ?? []).filter((e) => e.op !== OP_SUBRS);
    const plain = writeDict(entries);
    const subrs = fd.priv?.subrs;
    const dict = subrs ? writeDict([...entries, { op: OP_SUBRS, ints: [plain.length + 6], wide: true }]) : plain;
    return { dict, subrs };
  });

  // Layout after the header, name, top dict, string and gsubr INDEXes. Offsets are written as 5-byte ints,
  // so the top dict's size does not depend on their values.
  const topEntries = (offsets: number[]): DictEntry[] => [
    { op: OP_ROS, ints: [sid, sid + 1, 0] },
    ...top.filter((e) => TOP_KEEP.has(e.op)),
    { op: OP_CIDCOUNT, ints: [glyphs.length] },
    { op: OP_CHARSET, ints: [offsets[0]!], wide: true },
    // CharStrings before FDSelect: readers (fontkit) size a format-0 FDSelect by the glyph count.
    { op: OP_CHARSTRINGS, ints: [offsets[2]!], wide: true },
    { op: OP_FDSELECT, ints: [offsets[1]!], wide: true },
    { op: OP_FDARRAY, ints: [offsets[3]!], wide: true },
  ];
  const header = new Uint8Array([1, 0, 4, 4]);
  const nameIndex = writeIndex([names.item(0)]);
  const stringIndex = writeIndex(stringData);
  const gsubrIndex = cff.subarray(gsubrs.start, gsubrs.end);
  const topSize = writeIndex([writeDict(topEntries([0, 0, 0, 0]))]).length;
  let at = header.length + nameIndex.length + topSize + stringIndex.length + gsubrIndex.length;
  const charsetAt = at;
  at += charset.length;
  const fdSelectAt = at;
  at += fdSelectBytes.length;
  const charStringsAt = at;
  at += charStringsSize;
  const fdArrayAt = at;
  // FD dicts point at their Private dicts, placed after the FDArray INDEX (sizes fixed by the wide offsets).
  const fdDicts = (privateAt: number[]) =>
    usedFds.map((fd, i) =>
      writeDict([...fd.entries.filter((e) => !FD_DROP.has(e.op)), { op: OP_PRIVATE, ints: [privates[i]!.dict.length, privateAt[i]!], wide: true }]),
    );
  let privateAt = at + writeIndex(fdDicts(usedFds.map(() => 0))).length;
  const privateOffsets = privates.map((p) => {
    const here = privateAt;
    privateAt += p.dict.length + (p.subrs?.length ?? 0);
    return here;
  });
  const head = concatBytes([
    header,
    nameIndex,
    writeIndex([writeDict(topEntries([charsetAt, fdSelectAt, charStringsAt, fdArrayAt]))]),
    stringIndex,
    gsubrIndex,
    new Uint8Array(charset),
    fdSelectBytes,
    charStringHead,
  ]);
  const tail = concatBytes([writeIndex(fdDicts(privateOffsets)), ...privates.flatMap((p) => (p.subrs ? [p.dict, p.subrs] : [p.dict]))]);
  return { head, data, tail };
}

function readPrivate(cff: Uint8Array, dict: DictEntry[]): FontDictIn['priv'] {
  const p = dict.find((e) => e.op === OP_PRIVATE);
  if (!p || p.ints.length < 2) return undefined;
  const [size, offset] = p.ints as [number, number];
  const entries = readDict(cff.subarray(offset, offset + size));
  const subrsAt = entries.find((e) => e.op === OP_SUBRS)?.ints[0];
  if (subrsAt === undefined) return { entries };
  const subrs = readIndex(cff, offset + subrsAt);
  return { entries, subrs: cff.subarray(subrs.start, subrs.end) };
}

/** FDSelect formats 0 and 3: glyph id → font dict index. */
function fdSelect(cff: Uint8Array, at: number, count: number): (gid: number) => number {
  const format = cff[at]!;
  if (format === 0) return (gid) => cff[at + 1 + gid] ?? 0;
  if (format !== 3) throw new Error(`CFF FDSelect format ${format}`);
  const n = (cff[at + 1]! << 8) | cff[at + 2]!;
  const firsts = new Uint32Array(n + 1);
  const fds = new Uint8Array(n);
  for (let i = 0; i <= n; i++) {
    const p = at + 3 + i * 3;
    firsts[i] = (cff[p]! << 8) | cff[p + 1]!;
    if (i < n) fds[i] = cff[p + 2]!;
  }
  return (gid) => {
    if (gid >= count) return 0;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firsts[mid]! <= gid) lo = mid;
      else hi = mid - 1;
    }
    return fds[lo]!;
  };
}
