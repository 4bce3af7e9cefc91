// Issue (+ the engine's page numbers for the static 目录) → DOCX bytes with the docx package.
// Word reflows the text itself (DESIGN.md); the DOCX carries the structure — named styles, sections per profile,
// the 目录 with PAGEREF fields to bookmarked titles, tables with explicit merges — and the engine's page numbers.
import { Document, Packer, type ISectionOptions } from 'docx';
import type { Issue } from '../../model/issue';
import type { PageTree } from '../../typeset/page-tree';
import { articleChunks, titleBookmark } from './article';
import { createContext, type DocxContext, type DocxOptions } from './context';
import { backCoverContent, boardContent, coverContent, hasBoardPage } from './front-matter';
import { pagePlan } from './page-plan';
import { sectionOptions, type StartType } from './section';
import { buildStyles } from './styles';
import { runFonts } from './fonts';
import { patchPackage } from './patch-package';
import { tocContent, type TocArticle } from './toc';
import { textParagraph } from './paragraphs';

export type { DocxOptions } from './context';

export async function writeDocx(issue: Issue, tree: PageTree | null, options: DocxOptions = {}): Promise<Uint8Array> {
  const ctx = createContext(issue, options);
  const styles = buildStyles(ctx.profile, ctx.metrics);
  const doc = new Document({
    creator: issue.meta.name,
    title: `${issue.meta.name} ${issue.meta.year}年第${issue.meta.issue}期`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { size: ctx.metrics.bodyHalfPoints, font: runFonts(ctx.profile, 'fang'), language: { value: 'en-US', eastAsia: 'zh-CN' } } },
        title: styles.title,
      },
      paragraphStyles: styles.paragraphStyles,
      characterStyles: styles.characterStyles,
    },
    sections: issueSections(ctx, tree),
  });
  return patchPackage(await Packer.pack(doc, 'uint8array'), styles.offGrid);
}

function issueSections(ctx: DocxContext, tree: PageTree | null): ISectionOptions[] {
  const { issue } = ctx;
  const plan = pagePlan(issue, tree, hasBoardPage(ctx));
  const sections: ISectionOptions[] = [];
  const front = { heads: false, folios: false, start: 'new-page' as StartType };

  if (issue.front.cover) sections.push(sectionOptions(ctx, { ...front, children: coverContent(ctx) }));
  if (hasBoardPage(ctx)) sections.push(sectionOptions(ctx, { ...front, children: boardContent(ctx) }));

  const entries: TocArticle[] = [];
  let index = 0;
  for (const section of issue.sections)
    for (const article of section.articles) entries.push({ article, section: section.title, bookmark: titleBookmark(index++, article) });

  if (issue.front.toc && entries.length > 0) {
    sections.push(
      sectionOptions(ctx, {
        start: 'new-page',
        heads: false,
        folios: plan.tocFolios,
        ...(plan.tocStart !== undefined ? { pageStart: plan.tocStart } : {}),
        children: tocContent(ctx, entries, tree),
      }),
    );
  }

  // The first document starts on a right-hand page: blank pages as the engine put them.
  if (entries.length > 0) for (let i = 0; i < plan.frontBlanks; i++) sections.push(sectionOptions(ctx, { ...front, children: [textParagraph(ctx, 'body', '')] }));

  index = 0;
  for (const section of issue.sections) {
    section.articles.forEach((article, a) => {
      const isFirst = index === 0;
      const chunks = articleChunks(ctx, article, { index: index++, ...(a === 0 ? { sectionTitle: section.title } : {}) });
      const pageStart = plan.articleStart(article.id, isFirst);
      chunks.forEach((chunk, c) => {
        sections.push(
          sectionOptions(ctx, {
            start: c === 0 ? (isFirst ? 'new-page' : issue.profile.articleStart) : 'new-page',
            ...(c === 0 && pageStart !== undefined ? { pageStart } : {}),
            ...(chunk.landscape ? { landscape: true } : {}),
            heads: true,
            folios: true,
            column: section.title,
            children: chunk.children,
          }),
        );
      });
    });
  }

  // The back cover is a left-hand page: the engine's blank pages before it, else an even-page section break
  // (which Word honours and LibreOffice 7.4 does not [test]).
  if (issue.back.backCover) {
    for (let i = 0; i < (plan.backBlanks ?? 0); i++) sections.push(sectionOptions(ctx, { ...front, children: [textParagraph(ctx, 'body', '')] }));
    sections.push(sectionOptions(ctx, { ...front, start: plan.backBlanks === undefined ? 'new-even-page' : 'new-page', children: backCoverContent(ctx) }));
  }
  if (sections.length === 0) sections.push(sectionOptions(ctx, { ...front, children: [] }));
  return sections;
}
