// One character as the line breaker sees it: its glyph, its width on the grid and how that width may change,
// and whether a line may break or stretch after it. Made once per character and style (make-item.ts), copied
// per occurrence, then linked to its neighbours (break-rules.ts).
import type { CharKind } from './char-class';
import { isAlnum, isCompressibleMark, isNoEnd, isNoStart } from './char-class';
import type { MissingChar } from './types';

export interface Item {
  char: string;
  /** UTF-16 offsets into the joined run text */
  start: number;
  end: number;
  kind: CharKind;
  size: number;
  /** Face key and glyph id; glyphId −1 when no font has the character (it is skipped, and recorded). */
  face: string;
  glyphId: number;
  /** Advance of the glyph itself, points */
  glyphAdvance: number;
  /** Where the glyph sits in its cell: punctuation keeps its ink where the font drew it. */
  place: 'left' | 'right' | 'center';
  /** Natural width (after mandatory compression), points */
  cell: number;
  /** Width that may be taken away inside a line when squeezing (先挤进), points */
  squeeze: number;
  /** Width taken away when the item ends a line (a mark at line end is half width; a space vanishes) */
  endCut: number;
  /** Width taken away when the item starts a line (opening bracket, when the paragraph asks for it) */
  startCut: number;
  /** No line break between this item and the next */
  glue: boolean;
  /** No added space between this item and the next (——, ……, Latin words, 文号, dates) */
  solid: boolean;
  /** Han–Latin gap after this item, points, and how much of it may be squeezed */
  gap: number;
  gapSqueeze: number;
  /** Class bits of the character (NO_START, NO_END, …), fixed per character */
  flags: number;
  missing?: MissingChar;
}

export const NO_START = 1;
export const NO_END = 2;
export const ALNUM = 4;
export const HAN = 8;
export const LATIN = 16;
export const MARK = 32;
export const ZERO = 64;
export const SPACE_OR_ZERO = 128 | ZERO;

export function flagsOf(ch: string, kind: CharKind): number {
  return (
    (isNoStart(ch) ? NO_START : 0) |
    (isNoEnd(ch) ? NO_END : 0) |
    (isAlnum(ch) ? ALNUM : 0) |
    (kind === 'han' ? HAN : 0) |
    (kind === 'latin' ? LATIN : 0) |
    (isCompressibleMark(kind) ? MARK : 0) |
    (kind === 'zero' ? ZERO : kind === 'space' ? 128 : 0)
  );
}

export interface ItemOptions {
  /** Width of a Han cell per point of font size (pitch / size: 15.79 / 16 on the GB/T 9704 grid; 1 without a grid). */
  cellPerSize: number;
  compressLineStartBracket?: boolean;
}

