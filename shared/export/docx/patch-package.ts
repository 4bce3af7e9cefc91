// Two settings the docx package cannot write, added to styles.xml after packing:
// - w:snapToGrid off for styles not set at the body size: LibreOffice otherwise gives any line taller than the
//   grid pitch (a 二号 title, a 四号 table row) two grid lines, ignoring the exact line height (§5.2 [test]);
// - w:widowControl in the paragraph defaults: no lone first or last line of a paragraph, as the engine sets it.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Inserts <w:snapToGrid w:val="0"/> in the w:pPr of each listed style, at its place in the schema's order. */
export function unsnapStyles(stylesXml: string, ids: Set<string>): string {
  return stylesXml.replace(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) => {
    if (!ids.has(id)) return style;
    return style.replace(/<w:pPr>([\s\S]*?)(<w:spacing\b|<w:ind\b|<w:jc\b|<\/w:pPr>)/, (_m, before: string, next: string) => `<w:pPr>${before}<w:snapToGrid w:val="0"/>${next}`);
  });
}

export function withWidowControl(stylesXml: string): string {
  return stylesXml.replace('<w:pPrDefault/>', '<w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault>');
}

export function patchPackage(bytes: Uint8Array, unsnapped: Set<string>): Uint8Array {
  const files = unzipSync(bytes);
  const styles = files['word/styles.xml'];
  if (!styles) return bytes;
  files['word/styles.xml'] = strToU8(withWidowControl(unsnapStyles(strFromU8(styles), unsnapped)));
  return zipSync(files, { level: 6 });
}
