// A CFF subset's font program deflated a batch of glyphs at a time, while the pages are still being planned:
// the charstrings (nearly all of the program) are compressed as the glyphs first appear, each batch as a raw
// deflate piece ending on a byte boundary; at the end only the small head (header, dicts, offsets) and tail
// (font dicts, Private dicts) are compressed, and the pieces joined into one zlib stream. Inflated, it is the
// same bytes as subsetCff gives.
import { cffCharStrings, subsetCffParts } from './cff-subset';
import { concatBytes } from './concat-bytes';

/** Raw deflate (no zlib header); unless `last`, ending with a sync flush (byte-aligned, not final). */
export type DeflateRaw = (bytes: Uint8Array, last: boolean) => Uint8Array;

export class CffStream {
  private readonly charString: (gid: number) => Uint8Array;
  private readonly pieces: Uint8Array[] = [];
  private adler = 1;
  private length = 0;
  /** Glyphs added so far. */
  count = 0;

  constructor(
    private readonly cff: Uint8Array,
    private readonly deflateRaw: DeflateRaw,
    /** Makes sure these glyphs' charstrings are in `cff` (a table read piecewise, see sparse-cff.ts). */
    private readonly ensure?: (gids: ArrayLike<number>) => void,
  ) {
    this.charString = cffCharStrings(cff);
  }

  /** The charstrings of the next subset entries, compressed now. */
  add(gids: ArrayLike<number>): void {
    this.ensure?.(gids);
    const items = Array.from(gids, (gid) => this.charString(gid));
    const data = new Uint8Array(items.reduce((n, d) => n + d.length, 0));
    let at = 0;
    for (const d of items) {
      data.set(d, at);
      at += d.length;
    }
    this.count += gids.length;
    if (data.length === 0) return;
    this.adler = adler32Combine(this.adler, adler32(data), data.length);
    this.length += data.length;
    this.pieces.push(this.deflateRaw(data, false));
  }

  /** The zlib stream of the subset of `glyphs` (the glyphs added, in order), or undefined if they differ. */
  finish(glyphs: ArrayLike<number>): Uint8Array | undefined {
    if (glyphs.length !== this.count) return undefined;
    const { head, data, tail } = subsetCffParts(this.cff, glyphs);
    if (data.reduce((n, d) => n + d.length, 0) !== this.length) return undefined;
    const adler = adler32Combine(adler32Combine(adler32(head), this.adler, this.length), adler32(tail), tail.length);
    const parts = [new Uint8Array([0x78, 0x01]), this.deflateRaw(head, false), ...this.pieces, this.deflateRaw(tail, true), new Uint8Array([adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff])];
    return concatBytes(parts);
  }
}

const BASE = 65521;

export function adler32(bytes: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 3800, bytes.length); // sums stay below 2^31 between reductions
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two pieces one after the other, from each one's and the second's length (zlib's adler32_combine). */
export function adler32Combine(adler1: number, adler2: number, length2: number): number {
  const rem = length2 % BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adler2 & 0xffff) + BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE << 1) sum2 -= BASE << 1;
  if (sum2 >= BASE) sum2 -= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}
