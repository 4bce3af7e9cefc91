// The hasGlyph port over the typesetter's FontSet: a character "has a glyph" in a role when the role's chosen
// print font (its first available face) draws it, not a fallback face further down the chain.
// The checks ask once per ideograph of the whole issue (~300 000 times for 272 pages), so answers are kept per
// role in a table indexed by code point: no key string, no map lookup per character.
import type { FontRole } from '../model/blocks';
import { faceKey, type FontSet } from '../fonts/font-set';

const UNKNOWN = 0;
const HAS = 1;
const LACKS = 2;

export function hasGlyphInFontSet(fonts: FontSet): (char: string, role: FontRole) => boolean {
  const bmp = new Map<FontRole, Uint8Array>();
  const astral = new Map<string, boolean>();
  const answer = (codePoint: number, role: FontRole): boolean => {
    const info = fonts.glyph(role, codePoint);
    // After glyph(): opening the role's faces is what finds the unavailable ones.
    const unavailable = new Set(fonts.unavailable.map(faceKey));
    const chosen = fonts.profile.fonts[role].map(faceKey).find((k) => !unavailable.has(k));
    return !!info && info.face === chosen;
  };
  let lastRole: FontRole | undefined;
  let lastTable: Uint8Array | undefined;
  return (char, role) => {
    const codePoint = char.codePointAt(0)!;
    if (codePoint > 0xffff) {
      const key = `${role}\u0000${codePoint}`;
      let has = astral.get(key);
      if (has === undefined) astral.set(key, (has = answer(codePoint, role)));
      return has;
    }
    if (role !== lastRole) {
      lastTable = bmp.get(role);
      if (!lastTable) bmp.set(role, (lastTable = new Uint8Array(0x10000)));
      lastRole = role;
    }
    let state = lastTable![codePoint]!;
    if (state === UNKNOWN) lastTable![codePoint] = state = answer(codePoint, role) ? HAS : LACKS;
    return state === HAS;
  };
}
