// One character in one style → its item template: kind, glyph (per-glyph font fallback through the role's
// chain), natural width on the character grid, and the compression a mark allows (TYPESETTING.md §3.3).
import type { FontRole } from '../../model/blocks';
import type { FontSet } from '../../fonts/font-set';
import { charKind } from './char-class';
import { flagsOf, type Item, type ItemOptions } from './item';
import type { StyledRun } from './types';

const CENTRED_MARKS = new Set([...'？！‼⁇']);

// All items share one hidden class in V8 (the same keys in the same order). A number field first given a whole
// number (size 16, gap 4) is stored as a small integer until the first fraction arrives mid-issue (size 10.5 in a
// table, a 2.625 gap); changing the field's representation then deoptimizes every function that reads items
// (--trace-deopt: "wrong map" in makeItems, findBreaks, placeLine …, each compiled again on a busy machine).
// One item made at load with fractions in the fractional fields, and an object then undefined in `missing`, fixes
// the representation before the first real item.
const primer: Item = {
  char: '', start: 0, end: 0, kind: 'han', size: 0.5, face: '', glyphId: -1, glyphAdvance: 0.5, place: 'left',
  cell: 0.5, squeeze: 0.5, endCut: 0.5, startCut: 0.5, glue: false, solid: false, gap: 0.5, gapSqueeze: 0.5, flags: 0,
  missing: { char: '', role: 'song' },
};
primer.missing = undefined;

/** A fresh copy of a template for one occurrence at `start`. */
export function copyItem(t: Item, start: number): Item {
  return {
    char: t.char, start, end: start + t.char.length, kind: t.kind, size: t.size, face: t.face, glyphId: t.glyphId,
    glyphAdvance: t.glyphAdvance, place: t.place, cell: t.cell, squeeze: t.squeeze, endCut: t.endCut,
    startCut: t.startCut, glue: false, solid: false, gap: 0, gapSqueeze: 0, flags: t.flags, missing: t.missing,
  };
}

/** The same, written into an item that is being reused. */
export function reuseItem(item: Item, t: Item, start: number): Item {
  item.char = t.char;
  item.start = start;
  item.end = start + t.char.length;
  item.kind = t.kind;
  item.size = t.size;
  item.face = t.face;
  item.glyphId = t.glyphId;
  item.glyphAdvance = t.glyphAdvance;
  item.place = t.place;
  item.cell = t.cell;
  item.squeeze = t.squeeze;
  item.endCut = t.endCut;
  item.startCut = t.startCut;
  item.glue = false;
  item.solid = false;
  item.gap = 0;
  item.gapSqueeze = 0;
  item.flags = t.flags;
  item.missing = t.missing;
  return item;
}

export function makeItem(ch: string, start: number, run: StyledRun, fonts: FontSet, options: ItemOptions): Item {
  const kind = charKind(ch);
  const size = run.size;
  const cellWidth = size * options.cellPerSize;
  const role: FontRole = kind === 'latin' || kind === 'space' ? 'latin' : run.role;
  const item: Item = {
    char: ch, start, end: start + ch.length, kind, size, face: '', glyphId: -1, glyphAdvance: 0,
    place: 'left', cell: 0, squeeze: 0, endCut: 0, startCut: 0, glue: false, solid: false, gap: 0, gapSqueeze: 0,
    flags: flagsOf(ch, kind), missing: undefined,
  };
  if (kind === 'zero') return item;
  const cp = kind === 'space' ? 0x20 : ch.codePointAt(0)!;
  const glyph = fonts.glyph(role, cp);
  if (!glyph) {
    item.missing = { char: ch, role };
    return item;
  }
  item.face = glyph.face;
  item.glyphId = glyph.id;
  item.glyphAdvance = glyph.advance * size;
  if (kind === 'latin' || kind === 'space') {
    item.cell = item.glyphAdvance;
    if (kind === 'space') item.endCut = item.cell;
    return item;
  }
  if (kind === 'han' && glyph.advance < 0.9) {
    item.cell = item.glyphAdvance; // a narrow symbol in a CJK face keeps its own width
    return item;
  }
  item.cell = cellWidth;
  if (kind === 'han') return item;
  if (kind === 'middle' || kind === 'dash' || kind === 'ellipsis') {
    item.place = 'center';
    return item;
  }
  // SC faces draw 点号 and closing marks in the left half of the cell and opening marks in the right half
  // (TYPESETTING.md §3.3); ？ and ！ stand in the middle in some (Fandol), so they are never halved.
  const half = cellWidth / 2;
  if (kind === 'open') {
    item.place = 'right';
    item.squeeze = half;
    if (options.compressLineStartBracket) item.startCut = half;
  } else if (!CENTRED_MARKS.has(ch)) {
    item.endCut = half;
    if (kind !== 'stop') item.squeeze = half; // 。 keeps its width inside a line
  }
  return item;
}

