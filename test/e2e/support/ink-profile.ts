// Compares two renderings of a page by where their ink is: per-row and per-column sums of darkness.
// Anti-aliasing differs between a canvas and poppler, but lines of text must sit on the same rows.
export interface Gray {
  width: number;
  height: number;
  /** 0 = black … 255 = white, row by row */
  pixels: Uint8Array | number[];
}

/** Reads a binary PGM (P5) as pdftoppm -gray writes it. */
export function readPgm(bytes: Buffer): Gray {
  const header = bytes.subarray(0, 64).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('not a binary PGM');
  const [, w, h] = match;
  const width = Number(w);
  const height = Number(h);
  return { width, height, pixels: bytes.subarray(match[0].length, match[0].length + width * height) };
}

export function rowInk(image: Gray): number[] {
  const rows = new Array<number>(image.height).fill(0);
  for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) rows[y]! += 255 - image.pixels[y * image.width + x]!;
  return rows;
}

export function columnInk(image: Gray): number[] {
  const cols = new Array<number>(image.width).fill(0);
  for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) cols[x]! += 255 - image.pixels[y * image.width + x]!;
  return cols;
}

/** Pearson correlation of two equally long profiles. */
export function correlation(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  const mean = (v: number[]) => v.slice(0, n).reduce((s, x) => s + x, 0) / n;
  const [ma, mb] = [mean(a), mean(b)];
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < n; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

/** Sums a profile over bins of `size` (renderers may place an edge half a pixel apart). */
export function binned(profile: number[], size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < profile.length; i += size) out.push(profile.slice(i, i + size).reduce((a, b) => a + b, 0));
  return out;
}
