// Which folio each part of the DOCX starts with. The engine's numbers (PageTree) win: every article that starts a
// page restarts the numbering at the folio the engine printed on its title page, so the 目录, the folio under the
// title and the PAGEREF fields agree in Word and LibreOffice even where their line breaking drifts from the PDF.
import type { Issue } from '../../model/issue';
import type { PageTree } from '../../typeset/page-tree';
import { tocPages } from './toc';

export interface PagePlan {
  /** Folios printed on the 目录 pages */
  tocFolios: boolean;
  /** First folio of the 目录, when it restarts there */
  tocStart?: number;
  /** First folio of an article, when its section restarts numbering */
  articleStart(articleId: string, isFirst: boolean): number | undefined;
}

export function pagePlan(issue: Issue, tree: PageTree | null): PagePlan {
  const countFront = issue.profile.pageNumbering === 'all';
  const startsPage = issue.profile.articleStart !== 'continue';
  const tocPage = tree?.pages.find((page) => page.kind === 'toc');
  const folios = tocPages(tree);
  if (tree) {
    for (const page of tree.pages) {
      if (page.kind !== 'body' || page.folio === null) continue;
      for (const id of page.articles) if (!folios.has(id)) folios.set(id, page.folio);
    }
  }
  return {
    tocFolios: tocPage ? tocPage.folio !== null : countFront,
    ...(tocPage?.folio != null ? { tocStart: tocPage.folio } : {}),
    articleStart(articleId, isFirst) {
      if (!startsPage && !isFirst) return undefined;
      const folio = folios.get(articleId);
      if (folio !== undefined) return folio;
      return isFirst && !countFront ? 1 : undefined;
    },
  };
}
