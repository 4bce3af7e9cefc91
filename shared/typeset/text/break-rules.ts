// How each item meets the next: 禁则 (no break before a 点号 or closing mark, none after an opening mark),
// unbreakable and solid pieces (Latin words, ——/……, 文号, dates, numbers), the Han–Latin gap, and the
// mandatory compression of two adjacent marks to 1.5 em (clreq "quanjiao").
import { ALNUM, HAN, LATIN, MARK, NO_END, NO_START, SPACE_OR_ZERO, ZERO, type Item } from './item';
import { findGroups } from './solid-groups';

export function applyBreakRules(items: Item[], text: string): void {
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

/** Item index by UTF-16 offset (−1 inside a surrogate pair), in a table reused from paragraph to paragraph. */
let offsetTable = new Int32Array(1024);
function indexByOffset(items: Item[]): { get(offset: number): number | undefined } {
  const length = items.length ? items[items.length - 1]!.end : 0;
  if (offsetTable.length < length) offsetTable = new Int32Array(2 * length);
  const table = offsetTable;
  table.fill(-1, 0, length);
  for (let i = 0; i < items.length; i++) table[items[i]!.start] = i;
  // offsets past the paragraph's text are never asked for (group ranges come from the same text)
  return { get: (offset) => (offset < length && table[offset]! >= 0 ? table[offset] : undefined) };
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
