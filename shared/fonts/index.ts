// Fonts for the engine: a FontSet per profile (roles → fallback chains of fontkit faces, per-glyph lookup,
// metrics), built from bytes a FontSource provides. Nothing here touches a file system.
export { createFontSet, faceKey, LAST_RESORT_FONT, type FaceEntry, type FontSet, type GlyphInfo } from './font-set';
export type { FontSource } from './font-source';
export { readFontNames, normalizeFamily, type FontFileNames } from './read-font-names';
