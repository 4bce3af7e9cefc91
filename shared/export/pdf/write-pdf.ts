// PageTree → PDF bytes: plan (pure, no pdfkit: content streams, font subsets' glyph lists, links, outline)
// then render (pdfkit, loaded on first use so importing this module costs nothing). The CLI runs the two
// halves on two threads (electron/cli/pdf-worker.ts); the app's export worker calls writePdf.
import type { PageTree } from '../../typeset/page-tree';
import type { FontSource } from '../../fonts/font-source';
import { planPdf, type PdfAssets, type PlanFont } from './pdf-plan';
import type { Deflate } from './embed-font';

export type { PdfAssets } from './pdf-plan';

export async function writePdf(tree: PageTree, fonts: FontSource, assets?: PdfAssets, deflate?: Deflate): Promise<Uint8Array> {
  const plan = planPdf(tree, fonts, assets);
  const { renderPdf } = await import('./render-pdf');
  return renderPdf(plan, {
    ...(fonts.tables ? { fontTables: (f: PlanFont) => fonts.tables!(f.ref) } : {}),
    fontBytes: (f) => fonts.read(f.ref),
    ...(deflate ? { deflate } : {}),
  });
}
