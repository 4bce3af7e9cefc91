// A set line whose glyphs are kept as parallel arrays rather than one object per glyph: an issue sets ~180 000
// glyphs, and their objects (seven fields, x, advance and cellX each a boxed number) were the largest allocation
// of a build (23 of 87 MB). The page layer reads the arrays (runsOf); `glyphs` is made on first access, for
// callers and tests that want PlacedGlyph objects.
import type { MissingChar, PackedGlyphs, PlacedGlyph, SetLine } from './types';

export class PackedLine implements SetLine {
  missing?: MissingChar[];
  private made?: PlacedGlyph[];

  constructor(
    readonly packed: PackedGlyphs,
    public width: number,
    public size: number,
    public last: boolean,
    public start: number,
    public end: number,
  ) {}

  get glyphs(): PlacedGlyph[] {
    if (!this.made) {
      const { faces, ids, chars, xs, advances, cellXs, sizes } = this.packed;
      this.made = ids.map((glyphId, k) => ({ face: faces[k]!, glyphId, char: chars[k]!, x: xs[k]!, advance: advances[k]!, cellX: cellXs[k]!, size: sizes[k]! }));
    }
    return this.made;
  }
}

/** Columns being filled for one line: arrays reused from line to line (placing is synchronous), each copied
 *  out at the line's exact length. Number columns start as arrays of fractions so they hold unboxed doubles. */
export class PackedScratch {
  private faces: string[] = [];
  private ids: number[] = [];
  private chars: string[] = [];
  private xs: number[] = [];
  private advances: number[] = [];
  private cellXs: number[] = [];
  private sizes: number[] = [];
  private n = 0;

  constructor() {
    this.grow(64);
  }

  private grow(to: number): void {
    while (this.ids.length < to) {
      this.faces.push('');
      this.ids.push(0);
      this.chars.push('');
      this.xs.push(0.5);
      this.advances.push(0.5);
      this.cellXs.push(0.5);
      this.sizes.push(0.5);
    }
  }

  reset(capacity: number): void {
    if (this.ids.length < capacity) this.grow(capacity);
    this.n = 0;
  }

  add(face: string, id: number, char: string, x: number, advance: number, cellX: number, size: number): void {
    const k = this.n++;
    this.faces[k] = face;
    this.ids[k] = id;
    this.chars[k] = char;
    this.xs[k] = x;
    this.advances[k] = advance;
    this.cellXs[k] = cellX;
    this.sizes[k] = size;
  }

  take(): PackedGlyphs {
    const n = this.n;
    return {
      faces: this.faces.slice(0, n),
      ids: this.ids.slice(0, n),
      chars: this.chars.slice(0, n),
      xs: this.xs.slice(0, n),
      advances: this.advances.slice(0, n),
      cellXs: this.cellXs.slice(0, n),
      sizes: this.sizes.slice(0, n),
    };
  }
}

/** Glyph objects (an empty line, a test's) as columns. */
export function packGlyphs(glyphs: PlacedGlyph[]): PackedGlyphs {
  return {
    faces: glyphs.map((g) => g.face),
    ids: glyphs.map((g) => g.glyphId),
    chars: glyphs.map((g) => g.char),
    xs: glyphs.map((g) => g.x),
    advances: glyphs.map((g) => g.advance),
    cellXs: glyphs.map((g) => g.cellX ?? g.x),
    sizes: glyphs.map((g) => g.size),
  };
}

// Lines share one hidden class in V8: a size of 16 stored first as a small integer and 10.5 later (a table)
// would change the field's representation and deoptimize every reader (see the item primer in make-item.ts).
const primer = new PackedLine(packGlyphs([]), 0.5, 0.5, false, 0, 0);
primer.missing = [];
