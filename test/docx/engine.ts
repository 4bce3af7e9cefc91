// The real engine for the DOCX tests: the issue laid out with the bundled fonts, as `gazette build` does
// (one font source for the layout and the PDF).
import { createFontSource } from '../../electron/services/font-files';
import type { Issue } from '../../shared/model/issue';
import { writePdf } from '../../shared/export/pdf/write-pdf';
import { layoutIssue } from '../../shared/typeset/layout-issue';
import type { PageTree } from '../../shared/typeset/page-tree';

export function engineTree(issue: Issue): PageTree {
  return layoutIssue(issue, createFontSource());
}

export async function engineBuild(issue: Issue): Promise<{ tree: PageTree; pdf: Uint8Array }> {
  const fonts = createFontSource();
  const tree = layoutIssue(issue, fonts);
  return { tree, pdf: await writePdf(tree, fonts, { image: () => undefined }) };
}
