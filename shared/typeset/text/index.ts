// Line setting: the public entry points for the block/page layer (contract in types.ts).
//
//   const fonts = createFontSet(profile, source);              // shared/fonts, once per build (faces are cached)
//   const lines = breakParagraph({ runs, measure, pitch, firstIndent, restIndent, rightIndent, align }, fonts);
//   for (const line of lines) for (const g of line.glyphs) draw(fonts.faces.get(g.face)!, g.glyphId, left + g.x, baseline, g.size);
//
// x values are from the type area's left edge, indents included. The baseline of a line is the page layer's
// business; fonts.ascent(role, size) / fonts.descent(role, size) give the ideographic em box to centre it with.
// Characters no font has are skipped and listed in line.missing (and fonts.missing).
export * from './types';
export { breakParagraph } from './break-paragraph';
export { setSingleLine, type SingleLineOptions } from './set-single-line';
export { charKind, isNoEnd, isNoStart, type CharKind } from './char-class';
