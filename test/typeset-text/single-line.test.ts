// setSingleLine (titles, folios, running heads, table cells) and paragraphs of several styled runs.
import { describe, expect, it } from 'vitest';
import { breakParagraph, setSingleLine } from '../../shared/typeset/text';
import { defaultFonts, lineText, MEASURE, PITCH } from './helpers';

describe('setSingleLine', () => {
  it('sets Han characters one em apart at natural width, never stretched', () => {
    const line = setSingleLine([{ text: '示例市人民政府公报', role: 'title', size: 22 }], defaultFonts());
    expect(lineText(line)).toBe('示例市人民政府公报');
    expect(line.width).toBeCloseTo(9 * 22, 6);
    line.glyphs.forEach((g, i) => expect(g.cellX).toBeCloseTo(i * 22, 6));
    expect(line.glyphs.every((g) => g.face === 'FandolSong-Bold.otf')).toBe(true);
  });

  it('sets a folio “— 12 —” with the digits in the Latin face', () => {
    const fonts = defaultFonts();
    const line = setSingleLine([{ text: '— 12 —', role: 'song', size: 14 }], fonts);
    expect(lineText(line)).toBe('— 12 —');
    const latin = fonts.measureText(' 12 ', 'latin', 14);
    expect(line.width).toBeCloseTo(2 * 14 + latin, 6);
    expect(line.glyphs[2]!.face).toBe('FandolFang-Regular.otf'); // latin role of the default profile
  });

  it('keeps the full width of a closing mark at the end: （续表） takes four ems', () => {
    const line = setSingleLine([{ text: '（续表）', role: 'hei', size: 16 }], defaultFonts());
    expect(line.width).toBeCloseTo(64, 6);
  });

  it('puts the quarter-em gap between Han and digits, but not inside 第11期', () => {
    const gaps = setSingleLine([{ text: '共12项第11期', role: 'fang', size: 16 }], defaultFonts()).glyphs;
    const gapAfter = (i: number) => gaps[i + 1]!.cellX! - gaps[i]!.cellX! - gaps[i]!.advance;
    expect(gapAfter(0)).toBeCloseTo(4, 6); // 共|1
    expect(gapAfter(2)).toBeCloseTo(4, 6); // 2|项
    expect(gapAfter(4)).toBeCloseTo(0, 6); // 第|1
    expect(gapAfter(6)).toBeCloseTo(0, 6); // 1|期
  });

  it('sets an empty run list as an empty line', () => {
    expect(setSingleLine([], defaultFonts()).glyphs).toEqual([]);
  });
});

describe('paragraphs of several runs', () => {
  it('sets each run in its own role and reports offsets into the joined text', () => {
    const runs = [
      { text: '一、', role: 'hei' as const, size: 16 },
      { text: '示例市人民政府办公室负责全市政务公开工作的组织协调和指导推进。', role: 'fang' as const, size: 16 },
    ];
    const lines = breakParagraph({ runs, measure: MEASURE, pitch: PITCH, firstIndent: 2 * PITCH, restIndent: 0, rightIndent: 0, align: 'justify' }, defaultFonts());
    expect(lines.map(lineText).join('')).toBe(runs.map((r) => r.text).join(''));
    expect(lines[0]!.glyphs[0]!.face).toBe('FandolHei-Regular.otf');
    expect(lines[0]!.glyphs[2]!.face).toBe('FandolFang-Regular.otf');
    expect(lines[0]!.start).toBe(0);
    expect(lines[1]!.start).toBe(lines[0]!.end);
    expect(lines.at(-1)!.end).toBe(runs[0]!.text.length + runs[1]!.text.length);
    expect(lines[0]!.glyphs.length).toBe(26);
  });

  it('sets a 2号 title on its own pitch: 20 characters of 22 pt fill the 156 mm measure', () => {
    const text = '示例市人民政府关于印发示例市政务公开工作要点和示例市公报编辑出版规范的通知';
    const lines = breakParagraph(
      { runs: [{ text, role: 'title', size: 22 }], measure: MEASURE, pitch: 22, firstIndent: 0, restIndent: 0, rightIndent: 0, align: 'center' },
      defaultFonts(),
    );
    expect(lines[0]!.glyphs.length).toBe(20);
    expect(lines.map(lineText).join('')).toBe(text);
    expect(lines.every((l) => l.size === 22)).toBe(true);
  });
});

describe('Latin words and spaces', () => {
  const text = 'The Shili City Gazette publishes regulations notices and reports of the city government every month';
  const lines = breakParagraph(
    { runs: [{ text, role: 'fang', size: 16 }], measure: 10 * PITCH, pitch: PITCH, firstIndent: 0, restIndent: 0, rightIndent: 0, align: 'justify' },
    defaultFonts(),
  );

  it('breaks after spaces, never inside a word, and loses no character', () => {
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map(lineText).join('')).toBe(text);
    const words = new Set(text.split(' '));
    for (const l of lines) {
      for (const w of lineText(l).trim().split(' ')) expect(words.has(w), `${w} is a whole word`).toBe(true);
      expect(lineText(l).startsWith(' ')).toBe(false);
    }
  });

  it('lets the space at a line end take no width and stretches only between words', () => {
    for (const l of lines.slice(0, -1)) {
      const last = l.glyphs.at(-1)!;
      expect(last.char).toBe(' ');
      expect(last.advance).toBe(0);
      expect(Math.abs(l.width - 10 * PITCH)).toBeLessThan(0.01);
      // inside a word the letters touch: the next cell starts where the previous one ends
      l.glyphs.forEach((g, i) => {
        const next = l.glyphs[i + 1];
        if (next && g.char !== ' ' && next.char !== ' ') expect(next.cellX!).toBeCloseTo(g.cellX! + g.advance, 6);
      });
    }
  });
});
