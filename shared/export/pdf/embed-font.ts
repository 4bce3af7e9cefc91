// One planned font into the PDF as pdfkit would embed it (Type0 / Identity-H over a CIDFont, a FontDescriptor,
// the subset font file, a W array and a ToUnicode CMap), written through pdfkit's object references. The
// subsets are our own (cff-subset.ts, ttf-subset.ts): pdfkit's font machinery (fontkit) is not used.
// Streams are handed over already compressed, so pdfkit does not deflate them again.
import type { SfntTables } from '../../fonts/sfnt';
import { subsetCff } from './cff-subset';
import { subsetTrueType } from './ttf-subset';
import { faceMetrics } from './font-file';
import type { PlanFont } from './pdf-plan';

export interface PdfRef {
  data: Record<string, unknown>;
  compress: boolean;
  end(chunk?: Uint8Array | string): void;
}

export interface RefMaker {
  ref(data?: Record<string, unknown>): PdfRef;
}

export type Deflate = (bytes: Uint8Array) => Uint8Array;

/** A stream object holding `bytes`, deflated by `deflate` (then pdfkit leaves it alone) or else by pdfkit. */
export function deflatedStream(doc: RefMaker, deflate: Deflate | undefined, bytes: Uint8Array, data: Record<string, unknown> = {}): PdfRef {
  const ref = doc.ref(deflate ? { ...data, Filter: 'FlateDecode' } : data);
  ref.end(deflate ? deflate(bytes) : bytes);
  return ref;
}

/** Fills `dictionary` (the Type0 font object the pages already name) and writes the objects under it. */
/** `deflated`: the subset's program already compressed (a zlib stream, see font-stream.ts). */
export function embedFont(doc: RefMaker, dictionary: PdfRef, font: PlanFont, tables: SfntTables, deflate: Deflate | undefined, tag: string, deflated?: Uint8Array): void {
  // With the program given, the CFF table is not asked for (it may not have been read whole).
  const cff = deflated ? tables.tags().includes('CFF ') : tables.get('CFF ');
  const m = faceMetrics(tables);
  const scale = 1000 / m.unitsPerEm;
  let fontFile: PdfRef;
  if (cff && deflated) {
    fontFile = doc.ref({ Subtype: 'CIDFontType0C', Filter: 'FlateDecode' });
    fontFile.end(deflated);
  } else {
    const program = cff ? subsetCff(tables.get('CFF ')!, font.glyphs) : subsetTrueType(tables, font.glyphs);
    fontFile = deflatedStream(doc, deflate, program, cff ? { Subtype: 'CIDFontType0C' } : {});
  }

  const familyClass = m.familyClass >> 8;
  let flags = 1 << 2; // symbolic: glyphs outside the standard Latin set
  if (m.fixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (m.italic) flags |= 1 << 6;
  const name = `${tag}+${(font.postscriptName ?? 'Font').replaceAll(' ', '_')}`;
  const descriptor = doc.ref({
    Type: 'FontDescriptor',
    FontName: name,
    Flags: flags,
    FontBBox: m.bbox.map((v) => v * scale),
    ItalicAngle: m.italicAngle,
    Ascent: m.ascent * scale,
    Descent: m.descent * scale,
    CapHeight: (m.capHeight || m.ascent) * scale,
    XHeight: (m.xHeight || 0) * scale,
    StemV: 0,
    [cff ? 'FontFile3' : 'FontFile2']: fontFile,
  });
  descriptor.end();
  const descendant = doc.ref({
    Type: 'Font',
    Subtype: cff ? 'CIDFontType0' : 'CIDFontType2',
    BaseFont: name,
    CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
    FontDescriptor: descriptor,
    W: [0, Array.from(font.widths)],
    ...(cff ? {} : { CIDToGIDMap: 'Identity' }),
  });
  descendant.end();
  dictionary.data = {
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: name,
    Encoding: 'Identity-H',
    DescendantFonts: [descendant],
    ToUnicode: deflatedStream(doc, deflate, toUnicodeCmap(font.unicode)),
  };
  dictionary.end();
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** The ToUnicode CMap pdfkit writes: bfrange blocks of 256 subset ids, each mapped to its text in UTF-16. */
export function toUnicodeCmap(unicode: readonly string[]): Uint8Array {
  const ranges: string[] = [];
  for (let start = 0; start < unicode.length; start += 256) {
    const end = Math.min(start + 256, unicode.length);
    const entries: string[] = [];
    for (let i = start; i < end; i++) {
      const text = unicode[i]!;
      const units: string[] = [];
      for (let k = 0; k < text.length; k++) units.push(hex4(text.charCodeAt(k)));
      entries.push(`<${units.join(' ')}>`);
    }
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.join(' ')}]`);
  }
  return new TextEncoder().encode(`/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`);
}
