// The real engine for the DOCX tests: the issue laid out with the bundled fonts, as `gazette build` does.
import { createFontSource } from '../../electron/services/font-files';
import type { Issue } from '../../shared/model/issue';
import { layoutIssue } from '../../shared/typeset/layout-issue';
import type { PageTree } from '../../shared/typeset/page-tree';

let fonts: ReturnType<typeof createFontSource> | undefined;

export function engineTree(issue: Issue): PageTree {
  fonts ??= createFontSource();
  return layoutIssue(issue, fonts);
}
