// Styled runs → items: one per character, with its glyph (per-glyph font fallback), its natural width on the
// character grid, how much it may be compressed, and whether a line may break or stretch after it.
// Mandatory compression is applied here: two adjacent full-width marks take 1.5 em, not 2 (clreq, "quanjiao").
import type { FontRole } from '../../model/blocks';
import type { FontSet } from '../../fonts/font-set';
import type { MissingChar, StyledRun } from './types';
import { charKind, isAlnum, isCompressibleMark, isNoEnd, isNoStart, type CharKind } from './char-class';
import { findGroups } from './solid-groups';

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

const NO_START = 1;
const NO_END = 2;
const ALNUM = 4;
const HAN = 8;
const LATIN = 16;
const MARK = 32;
const ZERO = 64;
const SPACE_OR_ZERO = 128 | ZERO;

function flagsOf(ch: string, kind: CharKind): number {
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

const CENTRED_MARKS = new Set([...'？！‼⁇']);

/** Items as first made for a character in a style, per font set: a paragraph copies them instead of
 *  classifying, looking up and measuring every character again. */
const templates = new WeakMap<FontSet, Map<string, Templates>>();

/** Templates of one style: BMP characters by code unit (an array lookup), others by string. */
interface Templates {
  bmp: Array<Item | undefined>;
  astral: Map<string, Item>;
}

export function makeItems(runs: StyledRun[], fonts: FontSet, options: ItemOptions): Item[] {
  let byStyle = templates.get(fonts);
  if (!byStyle) templates.set(fonts, (byStyle = new Map()));
  const items: Item[] = [];
  let offset = 0;
  let text = '';
  for (const run of runs) {
    const style = `${run.role}|${run.size}|${options.cellPerSize}|${options.compressLineStartBracket ? 1 : 0}`;
    let known = byStyle.get(style);
    if (!known) byStyle.set(style, (known = { bmp: [], astral: new Map() }));
    const str = run.text;
    for (let i = 0; i < str.length; i++) {
      const code = str.charCodeAt(i);
      let template: Item | undefined;
      if (code < 0xd800 || code > 0xdfff || i + 1 === str.length) {
        template = known.bmp[code];
        if (!template) known.bmp[code] = template = makeItem(str[i]!, 0, run, fonts, options);
      } else {
        const ch = String.fromCodePoint(str.codePointAt(i)!);
        template = known.astral.get(ch);
        if (!template) known.astral.set(ch, (template = makeItem(ch, 0, run, fonts, options)));
        i += ch.length - 1;
      }
      items.push(copyItem(template, offset));
      offset += template.char.length;
    }
    text += str;
  }
  applyBreakRules(items, text);
  return items;
}

function copyItem(t: Item, start: number): Item {
  const item: Item = {
    char: t.char, start, end: start + t.char.length, kind: t.kind, size: t.size, face: t.face, glyphId: t.glyphId,
    glyphAdvance: t.glyphAdvance, place: t.place, cell: t.cell, squeeze: t.squeeze, endCut: t.endCut,
    startCut: t.startCut, glue: false, solid: false, gap: 0, gapSqueeze: 0, flags: t.flags,
  };
  if (t.missing) item.missing = t.missing;
  return item;
}

function makeItem(ch: string, start: number, run: StyledRun, fonts: FontSet, options: ItemOptions): Item {
  const kind = charKind(ch);
  const size = run.size;
  const cellWidth = size * options.cellPerSize;
  const role: FontRole = kind === 'latin' || kind === 'space' ? 'latin' : run.role;
  const item: Item = {
    char: ch, start, end: start + ch.length, kind, size, face: '', glyphId: -1, glyphAdvance: 0,
    place: 'left', cell: 0, squeeze: 0, endCut: 0, startCut: 0, glue: false, solid: false, gap: 0, gapSqueeze: 0,
    flags: flagsOf(ch, kind),
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

function applyBreakRules(items: Item[], text: string): void {
  const { solid, keepAfter } = findGroups(text);
  const byOffset = solid.length || keepAfter.length ? indexByOffset(items) : undefined;
  for (let i = 0; i < items.length - 1; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    const af = a.flags;
    const bf = b.flags;
    if (bf & NO_START || af & NO_END || bf & SPACE_OR_ZERO || af & ZERO) a.glue = true;
    if (af & bf & LATIN) a.glue = a.solid = true;
    if (((af & HAN && bf & ALNUM) || (af & ALNUM && bf & HAN)) && a.cell > 0 && b.cell > 0) {
      const em = af & HAN ? a.size : b.size;
      a.gap = em / 4;
      a.gapSqueeze = em / 8;
    }
    if (af & bf & MARK) compressPair(a, b);
  }
  // A run of dashes or ellipses breaks between its 2-em units, never inside one. The two dashes of a unit
  // meet in the middle, so a face whose — is narrower than its cell (Noto: 0.89 em) still draws one line.
  for (let i = 0; i < items.length - 1; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if ((a.kind !== 'dash' && a.kind !== 'ellipsis') || b.kind !== a.kind) continue;
    a.glue = a.solid = true;
    if (a.kind === 'dash') {
      a.place = 'right';
      b.place = 'left';
    }
    if (i + 2 < items.length && items[i + 2]!.kind === a.kind) b.glue = b.solid = false; // between two units
    i++;
  }
  if (!byOffset) return;
  for (const [start, end] of solid) {
    const first = byOffset.get(start);
    if (first === undefined) continue;
    for (let i = first; i < items.length - 1 && items[i + 1]!.start < end; i++) {
      const it = items[i]!;
      it.glue = it.solid = true;
      it.gap = it.gapSqueeze = 0;
    }
  }
  for (const at of keepAfter) {
    const i = byOffset.get(at);
    if (i !== undefined) items[i]!.glue = true;
  }
}

/** Item index by UTF-16 offset (−1 inside a surrogate pair). */
function indexByOffset(items: Item[]): { get(offset: number): number | undefined } {
  const table = new Int32Array(items.length ? items[items.length - 1]!.end : 0).fill(-1);
  items.forEach((it, i) => (table[it.start] = i));
  return { get: (offset) => (table[offset]! >= 0 ? table[offset] : undefined) };
}

/** Two adjacent full-width marks: 1.5 em together. A closing mark or 点号 gives up its blank right half;
 *  of two opening marks the second gives up its blank left half. */
function compressPair(a: Item, b: Item): void {
  if (a.kind !== 'open' && a.endCut > 0) {
    a.cell -= a.endCut;
    a.endCut = 0;
    a.squeeze = 0;
  } else if (a.kind === 'open' && b.kind === 'open' && b.squeeze > 0) {
    b.cell -= b.squeeze;
    b.squeeze = 0;
    b.startCut = 0;
  }
}
