// Types for the parts of fontkit 2 the engine uses (the package ships no declarations).
declare module 'fontkit' {
  export interface BBox {
    minX: number;
    minY: number;
    maxX: number;
    maxY: number;
  }

  export interface Glyph {
    id: number;
    advanceWidth: number;
    bbox: BBox;
    codePoints: number[];
    name?: string;
  }

  export interface Font {
    type: string;
    postscriptName: string;
    familyName: string;
    fullName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    numGlyphs: number;
    // Raw tables as fontkit decodes them.
    'OS/2'?: { typoAscender: number; typoDescender: number };
    hhea?: { ascent: number; descent: number };
    BASE?: unknown;
    name?: { records?: Record<string, Record<string, string> | undefined> };
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    getGlyph(glyphId: number): Glyph;
    createSubset(): unknown;
  }

  export interface FontCollection {
    type: 'TTC' | 'DFont';
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
