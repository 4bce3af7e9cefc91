// Fixture tests in the slate style: every fixtures/<name>.json holds an input paragraph and the properties its
// set lines must have; this one runner sets each and checks them. Lengths in the fixtures are in characters
// (grid cells of 15.79 pt for a 16 pt face).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Align, FontRole } from '../../shared/model/blocks';
import { breakParagraph, charKind, type SetLine, type StyledRun } from '../../shared/typeset/text';
import { defaultFonts, lineText, PITCH, repoRoot } from './helpers';

interface Fixture {
  description: string;
  input: {
    text?: string;
    runs?: StyledRun[];
    role?: FontRole;
    chars: number;
    firstIndent?: number;
    restIndent?: number;
    rightIndent?: number;
    align?: Align;
    avoidLoneLastChar?: boolean;
    compressLineStartBracket?: boolean;
  };
  expect: {
    lines?: string[];
    /** every line but the last is exactly the measure (minus the right indent) wide */
    fullLines?: boolean;
    /** [line, glyph index, advance in cells] */
    advances?: Array<[number, number, number]>;
    /** [line, glyph index, space after the glyph's cell in cells] */
    gapsAfter?: Array<[number, number, number]>;
    /** strings that must stand whole on one line with no space added inside */
    solid?: string[];
    /** [line, x of the first cell in cells] */
    firstCellX?: Array<[number, number]>;
    /** [line, right edge of the last cell in cells] */
    lastCellEnd?: Array<[number, number]>;
    missing?: string[];
  };
}

const dir = path.join(repoRoot, 'test/typeset-text/fixtures');
const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const close = (actual: number, expected: number, what: string) =>
  expect(Math.abs(actual - expected), `${what}: ${actual.toFixed(3)} ≠ ${expected.toFixed(3)}`).toBeLessThan(0.01);

function run(fx: Fixture): SetLine[] {
  const i = fx.input;
  const runs = i.runs ?? [{ text: i.text!, role: i.role ?? 'fang', size: 16 }];
  return breakParagraph(
    {
      runs,
      measure: i.chars * PITCH,
      pitch: PITCH,
      firstIndent: (i.firstIndent ?? 0) * PITCH,
      restIndent: (i.restIndent ?? 0) * PITCH,
      rightIndent: (i.rightIndent ?? 0) * PITCH,
      align: i.align ?? 'justify',
      ...(i.avoidLoneLastChar !== undefined ? { avoidLoneLastChar: i.avoidLoneLastChar } : {}),
      ...(i.compressLineStartBracket ? { compressLineStartBracket: true } : {}),
    },
    defaultFonts(),
  );
}

describe('line setting fixtures', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThan(10));

  for (const name of names) {
    const fx = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Fixture;
    it(`${name.replace(/\.json$/, '')}: ${fx.description}`, () => {
      const lines = run(fx);
      const e = fx.expect;
      const texts = lines.map(lineText);
      const source = (fx.input.runs ?? [{ text: fx.input.text! }]).map((r) => r.text).join('');
      // always: every set glyph is a source character, in order, each once
      expect(texts.join('')).toBe([...source].filter((c) => !(e.missing ?? []).includes(c) && charKind(c) !== 'zero').join(''));
      if (e.lines) expect(texts).toEqual(e.lines);
      if (e.fullLines) {
        const full = (fx.input.chars - (fx.input.rightIndent ?? 0)) * PITCH;
        lines.slice(0, -1).forEach((l, k) => close(l.width, full, `line ${k} width`));
      }
      for (const [l, g, cells] of e.advances ?? []) close(lines[l]!.glyphs[g]!.advance / PITCH, cells, `advance of ${lines[l]!.glyphs[g]!.char}`);
      for (const [l, g, cells] of e.gapsAfter ?? []) {
        const [a, b] = [lines[l]!.glyphs[g]!, lines[l]!.glyphs[g + 1]!];
        close((b.cellX! - a.cellX! - a.advance) / PITCH, cells, `gap between ${a.char} and ${b.char}`);
      }
      for (const whole of e.solid ?? []) {
        const k = texts.findIndex((t) => t.includes(whole));
        expect(k, `${whole} stands whole on one line of ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
        const at = texts[k]!.indexOf(whole);
        const glyphs = lines[k]!.glyphs.slice(at, at + whole.length);
        for (let j = 0; j + 1 < glyphs.length; j++) close(glyphs[j + 1]!.cellX!, glyphs[j]!.cellX! + glyphs[j]!.advance, `solid ${whole} at ${j}`);
      }
      for (const [l, cells] of e.firstCellX ?? []) close(lines[l]!.glyphs[0]!.cellX! / PITCH, cells, `line ${l} start`);
      for (const [l, cells] of e.lastCellEnd ?? []) {
        const g = lines[l]!.glyphs.at(-1)!;
        close((g.cellX! + g.advance) / PITCH, cells, `line ${l} end`);
      }
      if (e.missing) expect(lines.flatMap((l) => l.missing ?? []).map((m) => m.char)).toEqual(e.missing);
    });
  }
});
