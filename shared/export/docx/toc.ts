// The static 目录: 栏目 groups and one entry per document, the page number behind a dot leader on a right tab at
// the type-area width. Each number is a PAGEREF field to the bookmark on the document's title whose cached
// result is the engine's printed page number, so Word can refresh it and shows the engine's number until then.
import { LeaderType, Paragraph, SimpleField, TabStopType, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { Article } from '../../model/issue';
import type { PageTree } from '../../typeset/page-tree';
import type { DocxContext } from './context';
import { splitFormat } from './furniture';
import { textParagraph } from './paragraphs';
import { styleId } from './styles';

export interface TocArticle {
  article: Article;
  section: string;
  bookmark: string;
}

/** The engine's printed page number of each article, from the PageTree's 目录 lines. */
export function tocPages(tree: PageTree | null): Map<string, number> {
  return new Map((tree?.toc ?? []).map((line) => [line.articleId, line.page]));
}

function numberRuns(ctx: DocxContext, bookmark: string, page: number | undefined): ParagraphChild[] {
  if (page === undefined) return [];
  const [before, after] = splitFormat(ctx.profile.toc.pageFormat);
  return [
    new TextRun(`\t${before}`),
    new SimpleField(`PAGEREF ${bookmark} \\h`, String(page)),
    ...(after ? [new TextRun(after)] : []),
  ];
}

/** Spaces left by line wraps in imported titles go, as in the engine's 目录. */
const cleanTitle = (t: string) => t.replace(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/g, '').trim();

export function tocContent(ctx: DocxContext, entries: TocArticle[], tree: PageTree | null): FileChild[] {
  const pages = tocPages(tree);
  const engineTitles = new Map((tree?.toc ?? []).map((line) => [line.articleId, line.title]));
  const tabStops = [{ type: TabStopType.RIGHT, position: ctx.metrics.typeWidth, leader: LeaderType.DOT }];
  const children: FileChild[] = [textParagraph(ctx, 'tocHeading', '目\u3000\u3000录')];
  let section: string | undefined;
  for (const { article, section: column, bookmark } of entries) {
    if (column !== section) {
      section = column;
      children.push(textParagraph(ctx, 'tocSection', column));
    }
    const page = pages.get(article.id);
    const title = engineTitles.get(article.id) ?? cleanTitle(article.meta.tocTitle ?? article.meta.title);
    const docNo = ctx.profile.toc.showDocNo ? article.meta.docNo : undefined;
    const number = numberRuns(ctx, bookmark, page);
    // The number follows the title's last line on the right tab. No right indent keeps the title clear of it:
    // LibreOffice 7.4 drops text on a tab stop past the right indent [test].
    children.push(
      new Paragraph({
        style: styleId('tocEntry'),
        tabStops,
        ...(docNo ? { keepNext: true } : {}),
        children: [new TextRun(title), ...number],
      }),
    );
    if (docNo) children.push(textParagraph(ctx, 'tocDocNo', docNo));
  }
  return children;
}
