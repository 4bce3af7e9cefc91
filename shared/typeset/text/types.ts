// The contract between line setting (shared/typeset/text, shared/fonts) and the block/page layer above it.
// A paragraph goes in as styled runs and a measure; set lines with every glyph placed come out.
import type { Align, FontRole } from '../../model/blocks';

export interface StyledRun {
  text: string;
  role: FontRole;
  /** Font size in points */
  size: number;
  bold?: boolean;
}

export interface ParagraphSpec {
  runs: StyledRun[];
  /** Line length in points: the whole type area width (or cell width). The indents below are taken out of it,
   *  and every justified line's `width` comes out equal to measure − rightIndent. */
  measure: number;
  /**
   * Character pitch in points for Han characters (GB/T 9704: 156 mm / 28 = 15.79 pt for a 16 pt face);
   * lines are set on this grid and justified to `measure`.
   */
  pitch: number;
  /** Indent of the first line, points (2 × pitch for body text; may be negative for 凸排). */
  firstIndent: number;
  /** Indent of every line after the first, points (hanging indent of 大事记, 目录 entries). */
  restIndent: number;
  /** Space kept free at the right of every line, points (署名 右空二字). */
  rightIndent: number;
  align: Align;
  /** Keep the last line from holding one lone character (孤字) by pulling one down. Default true for justify. */
  avoidLoneLastChar?: boolean;
  /** Take the blank half em before an opening bracket that starts a line (clreq allows it; off by default so
   *  （一） headings keep their grid position). */
  compressLineStartBracket?: boolean;
}

/** One glyph placed on a line. */
export interface PlacedGlyph {
  /** Key of the face (FontSet.faces) */
  face: string;
  glyphId: number;
  /** The source character(s) this glyph stands for */
  char: string;
  /** x of the glyph's origin from the line's left edge (the type area's left), points */
  x: number;
  /** Advance as set (after compression), points: the width of the glyph's cell on the line */
  advance: number;
  /** x of the cell's left edge (differs from x where a mark's ink sits in the right half, or a glyph is centred) */
  cellX?: number;
  size: number;
}

export interface SetLine {
  glyphs: PlacedGlyph[];
  /** Width actually used from the line's left edge, points */
  width: number;
  /** Largest font size on the line (line height decisions above use it) */
  size: number;
  /** true for the paragraph's last line */
  last: boolean;
  /** Characters of the source text this line covers: [start, end) offsets into the joined run text */
  start: number;
  end: number;
  /** Characters of this line that no font has: skipped (no glyph), listed here for the build report. */
  missing?: MissingChar[];
  /** The same glyphs as parallel arrays, when the line setter made them so (the page layer reads these;
   *  `glyphs` is then made from them on first access). */
  packed?: PackedGlyphs;
}

/** A line's glyphs column by column: index k of each array is glyph k (fields as in PlacedGlyph). */
export interface PackedGlyphs {
  faces: string[];
  ids: number[];
  chars: string[];
  xs: number[];
  advances: number[];
  cellXs: number[];
  sizes: number[];
}

/** A character that no font of its role's chain (nor the fallbacks) has. */
export interface MissingChar {
  char: string;
  role: FontRole;
}
