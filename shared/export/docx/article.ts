// One article → chunks of docx content: the title (bookmarked for the 目录's PAGEREF), 文号, 主送, the body, and
// the 署名 / 成文日期 / 附注 set per GB/T 9704 §7.3.5.2 — from the body where it holds them, else from the meta.
import { Bookmark, TextRun, type FileChild } from 'docx';
import type { Block, ParagraphBlock } from '../../model/blocks';
import type { Article } from '../../model/issue';
import { blocksToChunks, type Chunk } from './blocks';
import { closingIndents, formatChineseDate } from './closing';
import type { DocxContext } from './context';
import { styledParagraph, textParagraph, type ParagraphExtras } from './paragraphs';
import { titleLinesOf } from './title-lines';

/** Bookmark on a document's title: `_Toc…` names are Word's hidden bookmarks; at most 40 characters. */
export function titleBookmark(index: number, article: Article): string {
  return `_Toc${index + 1}_${article.id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);
}

const paragraphText = (block: ParagraphBlock) => block.children.map((leaf) => leaf.text).join('');

/** The body as printed: 署名 lines dropped when the profile does not print them, the meta's closing appended. */
export function printedBody(ctx: DocxContext, article: Article): Block[] {
  const body = ctx.profile.printSigner ? article.body : article.body.filter((b) => !(b.type === 'paragraph' && b.role === 'signature'));
  // Each of 署名, 成文日期 and 附注 comes from the meta only when the body does not print it (as the engine does).
  const roles = new Set(article.body.flatMap((b) => (b.type === 'paragraph' && b.role ? [b.role] : [])));
  const { signer, date, note } = article.meta;
  const closing: ParagraphBlock[] = [];
  if (signer && ctx.profile.printSigner && !roles.has('signature')) closing.push({ type: 'paragraph', role: 'signature', children: [{ text: signer }] });
  if (date && !roles.has('date')) closing.push({ type: 'paragraph', role: 'date', children: [{ text: date }] });
  if (note && !roles.has('note')) closing.push({ type: 'paragraph', role: 'note', children: [{ text: note }] });
  return [...body, ...closing];
}

/** Right indents of each 署名 and the 成文日期 under it. */
function closingExtras(blocks: Block[]): Map<number, ParagraphExtras> {
  const extras = new Map<number, ParagraphExtras>();
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.type !== 'paragraph' || block.role !== 'signature') return;
    const date = next?.type === 'paragraph' && next.role === 'date' ? formatChineseDate(paragraphText(next)) : undefined;
    if (!date) return;
    const indents = closingIndents(paragraphText(block), date);
    extras.set(i, { rightChars: indents.signer });
    extras.set(i + 1, { rightChars: indents.date });
  });
  return extras;
}

export interface ArticleOptions {
  index: number;
  /** 栏目 paragraph in front of the title (first article of a 栏目): outline level 0 for the navigation pane. */
  sectionTitle?: string;
}

export function articleChunks(ctx: DocxContext, article: Article, options: ArticleOptions): Chunk[] {
  const head: FileChild[] = [];
  // The engine prints no 栏目 line in the body (the running head names it), so the 栏目 paragraph is hidden
  // text: it takes no room yet carries outline level 0, so Word's navigation pane groups documents by 栏目.
  if (options.sectionTitle) head.push(styledParagraph(ctx, 'sectionTitle', [new TextRun({ text: options.sectionTitle, vanish: true })], { hidden: true }));
  const lines = titleLinesOf(ctx, 'title', article.meta.title, article.meta.titleLines);
  const titleRuns = lines.map((text, i) => new TextRun({ text, ...(i > 0 ? { break: 1 } : {}) }));
  head.push(styledParagraph(ctx, 'title', [new Bookmark({ id: titleBookmark(options.index, article), children: titleRuns })]));
  if (article.meta.docNo) head.push(textParagraph(ctx, 'docNo', article.meta.docNo));
  if (article.meta.recipients) head.push(textParagraph(ctx, 'recipients', article.meta.recipients));

  const body = printedBody(ctx, article);
  const extras = closingExtras(body);
  const chunks = blocksToChunks(ctx, body, (i) => extras.get(i) ?? {});
  if (chunks[0]?.landscape !== false) chunks.unshift({ landscape: false, children: [] });
  chunks[0]!.children.unshift(...head);
  return chunks;
}

