// The checks' hasGlyph port: answers per role from the role's chosen print font (not a fallback face), the same
// however the questions interleave roles, for BMP and supplementary-plane characters alike.
import { describe, expect, it } from 'vitest';
import { createFontSource } from '../../electron/services/font-files';
import { hasGlyphInFontSet } from '../../shared/check/font-coverage';
import type { FontRole } from '../../shared/model/blocks';
import { createFontSet, faceKey } from '../../shared/fonts/font-set';
import { getProfile } from '../../shared/profiles';

describe('hasGlyphInFontSet', () => {
  it('answers from the chosen face of each role, whatever the order of questions', () => {
    const profile = getProfile();
    const fonts = createFontSet(profile, createFontSource(undefined, []));
    const hasGlyph = hasGlyphInFontSet(fonts);
    const roles: FontRole[] = ['fang', 'hei', 'fang', 'kai', 'song', 'title', 'fang'];
    const chars = ['政', '飏', '、', 'A', '\u{20000}', '〔', '㐀'];
    const asked = roles.flatMap((role) => chars.map((ch) => [role, ch, hasGlyph(ch, role)] as const));
    for (const [role, ch, answer] of asked) {
      // The oracle: the face the font set draws the character from is the role's first face.
      const g = fonts.glyph(role, ch.codePointAt(0)!);
      expect(answer, `${role} ${ch}`).toBe(!!g && g.face === faceKey(profile.fonts[role][0]!));
      expect(hasGlyph(ch, role)).toBe(answer); // asked again: the kept answer
    }
    expect(hasGlyph('政', 'fang')).toBe(true);
    expect(hasGlyph('飏', 'fang')).toBe(false); // drawn from the Noto fallback, not from the 仿宋 face
    expect(asked.some(([, , a]) => a) && asked.some(([, , a]) => !a)).toBe(true);
  });
});
