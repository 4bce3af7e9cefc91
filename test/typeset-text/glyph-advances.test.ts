// The PDF writer reads glyph advances straight from hmtx (fast-cmap glyphAdvances) instead of asking fontkit
// for a glyph object: both must give the same number for every glyph, or the PDF's /W widths would change.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_DIR } from '../../electron/services/font-files';
import { glyphAdvances } from '../../shared/fonts/fast-cmap';

describe('glyphAdvances', () => {
  for (const file of ['FandolSong-Regular.otf', 'FandolKai-Regular.otf', 'NotoSerifSC-Regular.ttf']) {
    it(`matches fontkit's advanceWidth in ${file}`, () => {
      const font = fontkit.create(readFileSync(path.join(BUNDLED_FONT_DIR, file))) as Font;
      const read = glyphAdvances(font);
      expect(read).toBeDefined();
      // every 37th glyph plus the last ones (past numberOfHMetrics the last advance repeats)
      const ids = [...Array.from({ length: Math.ceil(font.numGlyphs / 37) }, (_, i) => i * 37), font.numGlyphs - 2, font.numGlyphs - 1];
      const differing = ids.filter((id) => read!(id) !== font.getGlyph(id).advanceWidth);
      expect(differing).toEqual([]);
      // not all equal (a reader returning one constant would pass the check above only by accident)
      expect(new Set(ids.map((id) => read!(id))).size).toBeGreaterThan(1);
    });
  }
});
