// Fonts for the engine: a FontSet per profile (roles → fallback chains of faces, per-glyph lookup, metrics),
// built from bytes or sfnt tables a FontSource provides. Nothing here touches a file system, and nothing here
// loads fontkit unless a face's fontkit Font is asked for (fontkit-lazy.ts).
export { createFontSet, faceKey, LAST_RESORT_FONT, type FaceEntry, type FontSet, type GlyphInfo } from './font-set';
export type { FontSource } from './font-source';
export { readFontNames, normalizeFamily, type FontFileNames } from './read-font-names';
export { sfntTables, sfntFileTables, sfntMembers, sfntNames, type SfntTables } from './sfnt';
export { hmtxAdvances } from './fast-cmap';
export { loadFontkit, provideFontkit } from './fontkit-lazy';
