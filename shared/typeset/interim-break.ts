// TEMPORARY line breaker behind the ParagraphSpec → SetLine[] contract, so page layout is never blocked.
// Deleted as soon as shared/typeset/text/breakParagraph lands. Grid-set, GB-style 禁则, line-end
// punctuation at half width, justified, 孤字 avoided by pulling the lone character up or pushing one down.
import type { FontSet } from '../fonts/font-set';
import type { FontRole } from '../model/blocks';
import type { ParagraphSpec, PlacedGlyph, SetLine } from './text/types';

const NOT_START = new Set('。．，、：；！？‼⁇”’）》〉】〗〕］｝」』～·・‧/／%‰℃,.;:!?)]}');
const NOT_END = new Set('“‘（《〈【〖〔［｛「『([{');
/** Full-width marks whose ink sits in the left half: they can lose their right half (line end, adjacent marks). */
const HALVABLE = new Set('。．，、：；！？”’）》〉】〗〕］｝」』');
const HALVE_MIDLINE = new Set('，、；：');
const SUFFIX = /[年月日号期条款项章节个万亿元岁%‰℃〕]/;

interface Cell {
  ch: string;
  role: FontRole;
  size: number;
  face: string;
  glyphId: number;
  width: number;
  han: boolean;
  src: number;
}

function isHan(cp: number): boolean {
  return cp >= 0x2e80 || (cp >= 0x2000 && cp <= 0x206f);
}

function isWordish(ch: string): boolean {
  return /[0-9A-Za-z.\-+%]/.test(ch);
}

function cellsOf(spec: ParagraphSpec, fonts: FontSet): Cell[] {
  const cells: Cell[] = [];
  const base = spec.runs[0]?.size ?? 16;
  let src = 0;
  for (const run of spec.runs) {
    const chars = Array.from(run.text);
    chars.forEach((ch, i) => {
      const at = src;
      src += ch.length;
      if (/\s/.test(ch)) {
        // Extraction spaces beside Han characters are noise; keep a word space between Latin words only.
        const prev = chars[i - 1] ?? '';
        const next = chars[i + 1] ?? '';
        if (!(isWordish(prev) && isWordish(next))) return;
      }
      const cp = ch.codePointAt(0)!;
      const han = isHan(cp);
      const role: FontRole = han ? run.role : 'latin';
      const g = fonts.glyph(role, cp) ?? fonts.glyph(run.role, cp);
      const width = /\s/.test(ch)
        ? run.size * 0.3
        : han && (g?.advance ?? 1) >= 0.9
          ? spec.pitch * (run.size / base)
          : (g?.advance ?? 0.5) * run.size;
      cells.push({ ch, role, size: run.size, face: g?.face ?? '', glyphId: g?.id ?? 0, width, han, src: at });
    });
  }
  // Adjacent marks: the first loses its right half (quanjiao style, 1.5 em for the pair).
  for (let i = 0; i + 1 < cells.length; i++) {
    const a = cells[i]!;
    const b = cells[i + 1]!;
    if (HALVABLE.has(a.ch) && (HALVABLE.has(b.ch) || NOT_END.has(b.ch))) a.width = a.width / 2;
  }
  return cells;
}

/** May a line end between cells i-1 and i? */
function canBreakBefore(cells: Cell[], i: number): boolean {
  const a = cells[i - 1]!;
  const b = cells[i]!;
  if (NOT_START.has(b.ch) || NOT_END.has(a.ch)) return false;
  if ((a.ch === '—' && b.ch === '—') || (a.ch === '…' && b.ch === '…')) return false;
  if (!a.han && !b.han) return false;
  if (/[0-9]/.test(a.ch) && SUFFIX.test(b.ch)) return false;
  if (a.ch === '〕' && /[0-9]/.test(b.ch)) return false;
  return true;
}

export function breakParagraph(spec: ParagraphSpec, fonts: FontSet): SetLine[] {
  const cells = cellsOf(spec, fonts);
  if (cells.length === 0) return [];
  const lineWidth = (n: number) => spec.measure - (n === 0 ? spec.firstIndent : spec.restIndent) - spec.rightIndent;
  const endWidth = (c: Cell) => (HALVABLE.has(c.ch) ? c.width / 2 : c.width);
  const breaks: number[] = [0];
  const fill = (from: number, lineNo: number): number => {
    const w = lineWidth(lineNo);
    let x = 0;
    let lastOk = -1;
    for (let i = from; i < cells.length; i++) {
      const c = cells[i]!;
      if (i > from && canBreakBefore(cells, i)) lastOk = i;
      if (x + c.width > w + 0.01) {
        if (x + endWidth(c) <= w + 0.01 && (i + 1 >= cells.length || canBreakBefore(cells, i + 1))) return i + 1;
        if (i > from && canBreakBefore(cells, i)) return i;
        return lastOk > from ? lastOk : Math.max(i, from + 1);
      }
      x += c.width;
    }
    return cells.length;
  };
  for (let s = 0; s < cells.length; ) {
    const e = fill(s, breaks.length - 1);
    s = e;
    if (e < cells.length) breaks.push(e);
  }
  breaks.push(cells.length);
  if (spec.avoidLoneLastChar !== false && spec.align === 'justify') avoidLoneChar(cells, breaks, lineWidth);
  const lines: SetLine[] = [];
  for (let n = 0; n + 1 < breaks.length; n++) {
    lines.push(placeLine(spec, cells, breaks[n]!, breaks[n + 1]!, n, n + 2 === breaks.length, lineWidth(n)));
  }
  return lines;
}

function lonely(cells: Cell[], from: number, to: number): boolean {
  const content = cells.slice(from, to).filter((c) => !NOT_START.has(c.ch));
  return content.length === 1 && content[0]!.han;
}

function avoidLoneChar(cells: Cell[], breaks: number[], lineWidth: (n: number) => number): void {
  const n = breaks.length - 1;
  if (n < 2) return;
  const from = breaks[n - 1]!;
  if (!lonely(cells, from, breaks[n]!)) return;
  const prevFrom = breaks[n - 2]!;
  // Push in first: halve mid-line 、，；： of the line above until the lone character fits.
  const need = cells.slice(from).reduce((s, c, i, all) => s + (i === all.length - 1 && HALVABLE.has(c.ch) ? c.width / 2 : c.width), 0);
  const used = cells.slice(prevFrom, from).reduce((s, c) => s + c.width, 0);
  let room = lineWidth(n - 2) - used;
  const halvable = cells.slice(prevFrom, from - 1).filter((c) => HALVE_MIDLINE.has(c.ch) && c.width > c.size * 0.75);
  const gain = halvable.reduce((s, c) => s + c.width / 2, 0);
  if (room + gain >= need - 0.01) {
    for (const c of halvable) {
      if (room >= need - 0.01) break;
      room += c.width / 2;
      c.width /= 2;
    }
    breaks.splice(n - 1, 1);
    return;
  }
  // Else push one character down: break the line above one opportunity earlier.
  for (let i = from - 1; i > prevFrom + 1; i--) {
    if (canBreakBefore(cells, i)) {
      breaks[n - 1] = i;
      return;
    }
  }
}

function placeLine(spec: ParagraphSpec, cells: Cell[], from: number, to: number, n: number, last: boolean, width: number): SetLine {
  const line = cells.slice(from, to);
  const widths = line.map((c) => c.width);
  const end = line[line.length - 1]!;
  if (HALVABLE.has(end.ch)) widths[widths.length - 1] = end.width / 2;
  const natural = widths.reduce((a, b) => a + b, 0);
  let indent = n === 0 ? spec.firstIndent : spec.restIndent;
  let gap = 0;
  if (spec.align === 'justify' && !last && line.length > 1) {
    const gaps = line.length - 1;
    gap = (width - natural) / gaps;
    if (gap > spec.pitch) gap = 0; // a forced short line stays ragged rather than letter-spaced apart
  } else if (spec.align === 'center') indent += Math.max(0, (width - natural) / 2);
  else if (spec.align === 'right') indent += Math.max(0, width - natural);
  const glyphs: PlacedGlyph[] = [];
  let x = indent;
  line.forEach((c, i) => {
    glyphs.push({ face: c.face, glyphId: c.glyphId, char: c.ch, x, advance: widths[i]!, size: c.size });
    x += widths[i]! + (i < line.length - 1 ? gap : 0);
  });
  return {
    glyphs: glyphs.filter((g) => g.char.trim() !== ''),
    width: x,
    size: Math.max(...line.map((c) => c.size)),
    last,
    start: line[0]!.src,
    end: end.src + end.ch.length,
  };
}
