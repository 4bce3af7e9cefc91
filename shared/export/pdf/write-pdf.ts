// PageTree → PDF bytes with pdfkit (fonts subset and embedded, outline, links, document info).
// (Foundation placeholder; the typesetting issue implements it.)
import type { PageTree } from '../../typeset/page-tree';
import type { FontSource } from '../../fonts/font-source';

export interface PdfAssets {
  /** Bytes of an image asset by name. */
  image(name: string): Uint8Array | undefined;
}

export async function writePdf(_tree: PageTree, _fonts: FontSource, _assets?: PdfAssets): Promise<Uint8Array> {
  throw new Error('PDF 输出尚未实现');
}
