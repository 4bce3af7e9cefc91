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
  /** Blank pages between the front matter and the first document (it starts on a right-hand page). */
  frontBlanks: number;
  /**
   * Blank pages the engine put before the back cover (it is a left-hand page); undefined without the engine's
   * numbers, and the back cover then starts on an even-page section break.
   */
  backBlanks?: number;
  /** First folio of an article, when its section restarts numbering */
  articleStart(articleId: string, isFirst: boolean): number | undefined;
}

/** Front pages before the first document, when the engine's numbers are not at hand: 1 目录 page per 20 lines. */
function estimatedFront(issue: Issue, boardPage: boolean): number {
  const lines = issue.sections.reduce((n, s) => n + 1 + s.articles.length * (issue.profile.toc.showDocNo ? 2 : 1), 0);
  const toc = issue.front.toc ? Math.max(1, Math.ceil((lines + 2) / issue.profile.grid.linesPerPage)) : 0;
  return (issue.front.cover ? 1 : 0) + (boardPage ? 1 : 0) + toc;
}

export function pagePlan(issue: Issue, tree: PageTree | null, boardPage: boolean): PagePlan {
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
  const firstBody = tree ? tree.pages.findIndex((page) => page.kind === 'body') : -1;
  const frontBlanks = tree
    ? tree.pages.slice(0, Math.max(0, firstBody)).filter((page) => page.kind === 'blank').length
    : estimatedFront(issue, boardPage) % 2;
  const back = tree ? tree.pages.findIndex((page) => page.kind === 'back') : -1;
  let backBlanks = 0;
  while (back - backBlanks - 1 >= 0 && tree!.pages[back - backBlanks - 1]!.kind === 'blank') backBlanks++;
  return {
    frontBlanks,
    ...(back >= 0 ? { backBlanks } : {}),
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
