// Cover, 编委会 page and back cover from the issue's meta.
import type { FileChild } from 'docx';
import type { DocxContext } from './context';
import { issueLabel } from './furniture';
import { textParagraph } from './paragraphs';

function publishLine(ctx: DocxContext): string | undefined {
  const { publishDate, periodicity } = ctx.issue.meta;
  const match = publishDate ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(publishDate) : null;
  const date = match ? `${match[1]}年${Number(match[2])}月${match[3] ? `${Number(match[3])}日` : ''}出版` : undefined;
  const parts = [date, periodicity ? `（${periodicity}）` : undefined].filter(Boolean);
  return parts.length ? parts.join('') : undefined;
}

export function coverContent(ctx: DocxContext): FileChild[] {
  const meta = ctx.issue.meta;
  const children: FileChild[] = [];
  if (meta.internalPermit) children.push(textParagraph(ctx, 'coverIssue', meta.internalPermit, { align: 'left' }));
  // Blank grid lines put the name in the upper third of the page, as printed covers do.
  for (let i = 0; i < 3; i++) children.push(textParagraph(ctx, 'coverIssue', ''));
  children.push(textParagraph(ctx, 'coverName', meta.name, meta.pinyinName ? {} : { ruleBelow: true }));
  // The engine rules the cover under the name block.
  if (meta.pinyinName) children.push(textParagraph(ctx, 'coverPinyin', meta.pinyinName, { ruleBelow: true }));
  children.push(textParagraph(ctx, 'coverIssue', ''));
  children.push(textParagraph(ctx, 'coverIssue', issueLabel(ctx)));
  const published = publishLine(ctx);
  if (published) children.push(textParagraph(ctx, 'coverIssue', published));
  return children;
}

/** The inside cover, as the engine sets it: the 编委会 list, then the 办刊宗旨 in two lines. */
export function hasBoardPage(ctx: DocxContext): boolean {
  const meta = ctx.issue.meta;
  return ctx.issue.front.board && Boolean(meta.editorialBoard?.length || meta.motto?.length);
}

export function boardContent(ctx: DocxContext): FileChild[] {
  const { editorialBoard: board = [], motto = [], name } = ctx.issue.meta;
  const children: FileChild[] = [];
  if (board.length) {
    children.push(textParagraph(ctx, 'boardHeading', `${name}编辑委员会`));
    for (const entry of board) children.push(textParagraph(ctx, 'boardEntry', `${entry.role}：${entry.names.join('\u3000')}`));
  }
  if (motto.length) {
    const half = Math.ceil(motto.length / 2);
    children.push(textParagraph(ctx, 'boardEntry', ''), textParagraph(ctx, 'boardHeading', '办刊宗旨'));
    for (const row of [motto.slice(0, half), motto.slice(half)]) if (row.length) children.push(textParagraph(ctx, 'coverMotto', row.join('\u3000')));
  }
  return children;
}

export function backCoverContent(ctx: DocxContext): FileChild[] {
  const meta = ctx.issue.meta;
  const children: FileChild[] = [];
  if (meta.backStatement) children.push(textParagraph(ctx, 'backStatement', meta.backStatement));
  if (meta.imprint?.length) {
    children.push(textParagraph(ctx, 'imprint', ''));
    for (const field of meta.imprint) children.push(textParagraph(ctx, 'imprint', `${field.key}：${field.value}`));
  }
  // Nothing to print: the back cover stays blank, as the engine leaves it.
  if (children.length === 0) children.push(textParagraph(ctx, 'imprint', ''));
  return children;
}
