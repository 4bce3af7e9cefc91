// Glyph runs written straight into the page content (TYPESETTING.md §5.1): the engine has placed every
// glyph, so no shaping per call. Glyph ids go into pdfkit's subset of the face; a mark the engine set at
// half width gets its own subset entry whose width is the half, so text extraction sees the line as set.
import type { GlyphRun, PageNode } from '../../typeset/page-tree';

/** The parts of pdfkit's EmbeddedFont used here. */
export interface PdfFont {
  id: string;
  scale: number;
  font: { unitsPerEm: number; getGlyph(id: number): { advanceWidth: number } };
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

export class GlyphEncoder {
  private half = new Map<string, number>();
  private naturals = new Map<PdfFont, Map<number, number>>();

  /** Natural advance in 1/1000 em, cached (fontkit builds a glyph object per call). */
  private natural(font: PdfFont, gid: number): number {
    let m = this.naturals.get(font);
    if (!m) this.naturals.set(font, (m = new Map()));
    let w = m.get(gid);
    if (w === undefined) m.set(gid, (w = (font.font.getGlyph(gid).advanceWidth / font.font.unitsPerEm) * 1000));
    return w;
  }

  private plain = new Map<PdfFont, Map<number, { sid: number; width: number }>>();

  encode(font: PdfFont, gid: number, char: string, setAdvance: number | undefined, size: number): { sid: number; width: number } {
    // Fast path: a glyph at its natural width (all but compressed marks) seen before in this font.
    let known = this.plain.get(font);
    if (!known) this.plain.set(font, (known = new Map()));
    const hit = known.get(gid);
    if (hit && (setAdvance === undefined || (setAdvance / size) * 1000 >= hit.width * 0.75)) return hit;
    const natural = this.natural(font, gid);
    const narrowed = setAdvance !== undefined && (setAdvance / size) * 1000 < natural * 0.75;
    let sid: number;
    let width = natural;
    if (narrowed) {
      width = (setAdvance! / size) * 1000;
      const key = `${font.id}:${gid}:${Math.round(width)}`;
      const known = this.half.get(key);
      if (known !== undefined) sid = known;
      else {
        font.subset.glyphs.push(gid);
        sid = font.subset.glyphs.length - 1;
        this.half.set(key, sid);
      }
    } else sid = font.subset.includeGlyph(gid);
    if (font.widths[sid] == null) font.widths[sid] = width;
    if (font.unicode[sid] == null) font.unicode[sid] = Array.from(char).map((c) => c.codePointAt(0)!);
    const result = { sid, width: font.widths[sid]! };
    if (!narrowed) known.set(gid, result);
    return result;
  }
}

/** Content stream operators for the page's glyph runs and rules, in PDF coordinates (y up). */
export function pageContent(page: PageNode, height: number, fontFor: (key: string) => PdfFont, enc: GlyphEncoder, used: Set<PdfFont>): string {
  const out: string[] = ['q', `1 0 0 -1 0 ${num(height)} cm`];
  const graphics: string[] = [];
  for (const item of page.items) {
    if (item.kind === 'rule') graphics.push(`${num(item.width)} w ${num(item.x1)} ${num(height - item.y1)} m ${num(item.x2)} ${num(height - item.y2)} l S`);
    else if (item.kind === 'rect') graphics.push(`${num(item.stroke ?? 0.5)} w ${num(item.x)} ${num(height - item.y - item.h)} ${num(item.w)} ${num(item.h)} re S`);
  }
  if (graphics.length) out.push('0 G', ...graphics);
  out.push('BT', '0 g');
  let current = '';
  for (const item of page.items) {
    if (item.kind !== 'glyphs' || item.glyphs.length === 0) continue;
    out.push(runOps(item, height, fontFor(item.font), enc, used, current));
    current = `${item.font}@${item.size}`;
  }
  out.push('ET', 'Q');
  return out.join('\n');
}

function runOps(run: GlyphRun, height: number, font: PdfFont, enc: GlyphEncoder, used: Set<PdfFont>, current: string): string {
  used.add(font);
  const parts: string[] = [];
  if (current !== `${run.font}@${run.size}`) parts.push(`/${font.id} ${num(run.size)} Tf`);
  parts.push(`1 0 0 1 ${num(run.x)} ${num(height - run.y)} Tm`);
  // Most runs are set on an even pitch: one Tc (character spacing) and a plain Tj then replace a
  // per-glyph TJ adjustment, which keeps the content stream (and its compression) small.
  const n = run.glyphs.length;
  const sids = new Array<number>(n);
  const widths = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const e = enc.encode(font, run.glyphs[i]!, run.chars[i] ?? '', run.advances?.[i], run.size);
    sids[i] = e.sid;
    widths[i] = (e.width * run.size) / 1000;
  }
  let spacing = n > 1 ? run.offsets[1]! - run.offsets[0]! - widths[0]! : 0;
  for (let i = 1; i + 1 < n && Number.isFinite(spacing); i++) {
    if (Math.abs(run.offsets[i + 1]! - run.offsets[i]! - widths[i]! - spacing) > 0.02) spacing = Number.NaN;
  }
  let hex = '';
  if (Number.isFinite(spacing)) {
    for (const sid of sids) hex += sid.toString(16).padStart(4, '0');
    parts.push(`${num(spacing)} Tc <${hex}> Tj 0 Tc`);
    return parts.join('\n');
  }
  const tj: string[] = [];
  for (let i = 0; i < n; i++) {
    hex += sids[i]!.toString(16).padStart(4, '0');
    if (i + 1 < n) {
      const adj = ((run.offsets[i]! + widths[i]! - run.offsets[i + 1]!) * 1000) / run.size;
      if (Math.abs(adj) > 0.05) {
        tj.push(`<${hex}>`, num(adj));
        hex = '';
      }
    }
  }
  if (hex) tj.push(`<${hex}>`);
  parts.push(`[${tj.join(' ')}] TJ`);
  return parts.join('\n');
}
