// One planned font into the PDF as pdfkit would embed it (Type0 / Identity-H over a CIDFont, a FontDescriptor,
// the subset font file, a W array and a ToUnicode CMap), written through pdfkit's object references. The CFF
// subset is our own (cff-subset.ts); a TrueType face is subset by fontkit (loaded with pdfkit anyway).
// Streams are handed over already compressed, so pdfkit does not deflate them again.
import { create as createFont } from 'fontkit';
import type { Font } from 'fontkit';
import type { SfntTables } from '../../fonts/sfnt';
import { subsetCff } from './cff-subset';
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
export interface FontFileSource {
  /** The face's tables (a collection's member already picked). */
  tables: SfntTables;
  /** The whole file, for a TrueType face (fontkit subsets from it). */
  bytes(): Uint8Array | undefined;
}

export function embedFont(doc: RefMaker, dictionary: PdfRef, font: PlanFont, file: FontFileSource, deflate: Deflate | undefined, tag: string): void {
  const { tables } = file;
  const cff = tables.get('CFF ');
  const m = faceMetrics(tables);
  const scale = 1000 / m.unitsPerEm;
  const program = cff ? subsetCff(cff, font.glyphs) : subsetTrueType(file, font);
  const fontFile = deflatedStream(doc, deflate, program, cff ? { Subtype: 'CIDFontType0C' } : {});

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

/** fontkit's TrueType subsetter, fed our glyph list as is (duplicates included: a narrowed mark's own entry). */
function subsetTrueType(file: FontFileSource, font: PlanFont): Uint8Array {
  const bytes = file.tables.bytes ?? file.bytes();
  if (!bytes) throw new Error(`字体文件无法读取：${font.ref.file ?? font.ref.family ?? font.id}`);
  // For a collection fontkit's second argument picks the member; for a single font it would name a variation.
  const collection = String.fromCharCode(...bytes.subarray(0, 4)) === 'ttcf';
  const face = createFont(bytes as Buffer, collection ? font.postscriptName : undefined) as Font;
  const subset = face.createSubset() as unknown as { glyphs: number[]; mapping: Record<number, number>; encode(): Uint8Array };
  subset.glyphs = Array.from(font.glyphs);
  subset.mapping = {};
  subset.glyphs.forEach((gid, i) => (subset.mapping[gid] ??= i));
  return subset.encode();
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
