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
  children.push(textParagraph(ctx, 'coverName', meta.name));
  if (meta.pinyinName) children.push(textParagraph(ctx, 'coverPinyin', meta.pinyinName));
  children.push(textParagraph(ctx, 'coverIssue', ''));
  children.push(textParagraph(ctx, 'coverIssue', issueLabel(ctx)));
  const published = publishLine(ctx);
  if (published) children.push(textParagraph(ctx, 'coverIssue', published));
  if (meta.motto?.length) {
    children.push(textParagraph(ctx, 'coverIssue', ''));
    for (let i = 0; i < meta.motto.length; i += 2) children.push(textParagraph(ctx, 'coverMotto', meta.motto.slice(i, i + 2).join('\u3000\u3000')));
  }
  return children;
}

export function boardContent(ctx: DocxContext): FileChild[] {
  const board = ctx.issue.meta.editorialBoard ?? [];
  return [
    textParagraph(ctx, 'boardHeading', `${ctx.issue.meta.name}编辑委员会`),
    ...board.map((entry) => textParagraph(ctx, 'boardEntry', `${entry.role}：${entry.names.join('\u3000')}`)),
  ];
}

export function backCoverContent(ctx: DocxContext): FileChild[] {
  const meta = ctx.issue.meta;
  const children: FileChild[] = [];
  if (meta.backStatement) children.push(textParagraph(ctx, 'backStatement', meta.backStatement));
  if (meta.imprint?.length) {
    children.push(textParagraph(ctx, 'imprint', ''));
    for (const field of meta.imprint) children.push(textParagraph(ctx, 'imprint', `${field.key}：${field.value}`));
  }
  if (children.length === 0) children.push(textParagraph(ctx, 'imprint', meta.name));
  return children;
}
