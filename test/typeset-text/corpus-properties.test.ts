// Property tests on real text: every paragraph of every corpus article set as 3号 body text on the GB/T 9704
// grid, checked for the rules of TYPESETTING.md §3 (禁则, grid, justification, 孤字, nothing lost, 文号 and dates whole).
import { beforeAll, describe, expect, it } from 'vitest';
import { breakParagraph, charKind, isNoEnd, isNoStart, type SetLine } from '../../shared/typeset/text';
import { corpusParagraphs, corpusPresent, type CorpusParagraph } from './corpus';
import { defaultFonts, lineText, MEASURE, PITCH } from './helpers';

interface Set {
  p: CorpusParagraph;
  lines: SetLine[];
}

const where = (s: Set, k: number) => `${s.p.file}:${s.p.line} line ${k + 1}: ${lineText(s.lines[k]!)}`;
const punctuation = new Set(['pause', 'stop', 'open', 'close', 'space', 'zero']);

describe.skipIf(!corpusPresent)('corpus paragraphs', () => {
  let sets: Set[] = [];
  beforeAll(() => {
    const fonts = defaultFonts();
    sets = corpusParagraphs().map((p) => ({
      p,
      lines: breakParagraph(
        { runs: [{ text: p.text, role: 'fang', size: 16 }], measure: MEASURE, pitch: PITCH, firstIndent: 2 * PITCH, restIndent: 0, rightIndent: 0, align: 'justify' },
        fonts,
      ),
    }));
  });

  it('reads thousands of paragraphs', () => {
    expect(sets.length).toBeGreaterThan(1000);
  });

  it('never starts a line with a closing mark or 点号, never ends one with an opening mark', () => {
    const bad: string[] = [];
    for (const s of sets) {
      s.lines.forEach((l, k) => {
        if (k > 0 && isNoStart(l.glyphs[0]?.char ?? '')) bad.push(where(s, k));
        if (!l.last && isNoEnd(l.glyphs.at(-1)?.char ?? '')) bad.push(where(s, k));
      });
    }
    expect(bad).toEqual([]);
  });

  it('fills full all-Han lines with exactly 28 characters (26 after the indent), fewer only before a piece that may not be split', () => {
    let checked = 0;
    let pushed = 0;
    const bad: string[] = [];
    for (const s of sets) {
      s.lines.forEach((l, k) => {
        if (l.last || !l.glyphs.every((g) => charKind(g.char) === 'han')) return;
        checked++;
        const cells = k === 0 ? 26 : 28;
        if (l.glyphs.length === cells) return;
        // 后推出: the characters that went down must reach a mark that may not start a line, or a solid piece
        const next = [...lineText(s.lines[k + 1]!)].slice(0, cells - l.glyphs.length + 1);
        if (l.glyphs.length < cells && next.some((c) => isNoStart(c) || /[0-9—…]/.test(c))) pushed++;
        else bad.push(`${l.glyphs.length}: ${where(s, k)}`);
      });
    }
    expect(checked).toBeGreaterThan(50);
    expect(pushed).toBeLessThan(checked / 2);
    expect(bad).toEqual([]);
  });

  it('justifies every line but the last to the measure', () => {
    const bad: string[] = [];
    for (const s of sets) {
      s.lines.forEach((l, k) => {
        if (!l.last && Math.abs(l.width - MEASURE) > 0.01) bad.push(`${l.width.toFixed(2)}: ${where(s, k)}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('never ends a paragraph with a lone character (孤字)', () => {
    const bad: string[] = [];
    for (const s of sets) {
      if (s.lines.length < 2) continue;
      const last = s.lines.at(-1)!;
      const characters = last.glyphs.filter((g) => !punctuation.has(charKind(g.char))).length;
      if (characters === 1) bad.push(where(s, s.lines.length - 1));
    }
    expect(bad).toEqual([]);
  });

  it('sets every source character exactly once, in order, with no glyph missing', () => {
    const bad: string[] = [];
    for (const s of sets) {
      const expected = [...s.p.text].filter((c) => charKind(c) !== 'zero').join('');
      if (s.lines.map(lineText).join('') !== expected) bad.push(`${s.p.file}:${s.p.line}`);
      s.lines.forEach((l, k) => {
        if (l.start !== (k === 0 ? 0 : s.lines[k - 1]!.end)) bad.push(`offsets ${where(s, k)}`);
      });
      if (s.lines.at(-1)!.end !== s.p.text.length) bad.push(`end ${s.p.file}:${s.p.line}`);
    }
    expect(bad).toEqual([]);
    expect(defaultFonts().missing).toEqual([]);
  });

  it('never splits a 文号 or a date', () => {
    let found = 0;
    const bad: string[] = [];
    const pattern = /[〔[]\d{4}[〕\]]\d+号|\d{4}年\d{1,2}月\d{1,2}日/g;
    for (const s of sets) {
      for (const m of s.p.text.matchAll(pattern)) {
        found++;
        const [a, b] = [m.index, m.index + m[0].length];
        if (!s.lines.some((l) => l.start <= a && l.end >= b)) bad.push(`${m[0]} in ${s.p.file}:${s.p.line}`);
      }
    }
    expect(found).toBeGreaterThan(50);
    expect(bad).toEqual([]);
  });
});

if (!corpusPresent) console.log('corpus-properties: ../shared/corpus/articles not found, corpus tests skipped');

describe.skipIf(!corpusPresent)('corpus paragraphs in a narrow table cell (6 characters of 四号)', () => {
  const size = 14;
  const pitch = size; // table cells are set without the body grid
  const measure = 6 * pitch;
  let sets: Set[] = [];
  beforeAll(() => {
    sets = corpusParagraphs()
      .filter((_, i) => i % 3 === 0)
      .map((p) => ({
        p,
        lines: breakParagraph({ runs: [{ text: p.text, role: 'fang', size }], measure, pitch, firstIndent: 0, restIndent: 0, rightIndent: 0, align: 'center' }, defaultFonts()),
      }));
  });

  it('never overflows the cell, loses no character, and even inside a piece wider than the cell starts no line with a 点号 or closing mark', () => {
    let lines = 0;
    let forced = 0;
    const bad: string[] = [];
    for (const s of sets) {
      if (s.lines.map(lineText).join('') !== [...s.p.text].filter((c) => charKind(c) !== 'zero').join('')) bad.push(`lost ${s.p.file}:${s.p.line}`);
      s.lines.forEach((l, k) => {
        lines++;
        if (l.width > measure + 0.01) bad.push(`${l.width.toFixed(1)} wide: ${where(s, k)}`);
        if (k > 0 && isNoStart(l.glyphs[0]?.char ?? '')) forced++;
      });
    }
    expect(bad).toEqual([]);
    expect(lines).toBeGreaterThan(10_000);
    expect(forced).toBe(0);
  });
});
