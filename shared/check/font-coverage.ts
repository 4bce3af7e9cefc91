// The hasGlyph port over the typesetter's FontSet: a character "has a glyph" in a role when the role's chosen
// print font (its first available face) draws it, not a fallback face further down the chain.
import type { FontRole } from '../model/blocks';
import { faceKey, type FontSet } from '../fonts/font-set';

export function hasGlyphInFontSet(fonts: FontSet): (char: string, role: FontRole) => boolean {
  const cache = new Map<string, boolean>();
  return (char, role) => {
    const key = `${role}\u0000${char}`;
    let has = cache.get(key);
    if (has === undefined) {
      const info = fonts.glyph(role, char.codePointAt(0)!);
      const unavailable = new Set(fonts.unavailable.map(faceKey));
      const chosen = fonts.profile.fonts[role].map(faceKey).find((k) => !unavailable.has(k));
      has = !!info && info.face === chosen;
      cache.set(key, has);
    }
    return has;
  };
}
