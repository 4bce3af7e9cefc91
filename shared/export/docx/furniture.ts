// Page furniture of a section: running heads (even pages: 刊名 + 年期; odd pages: the 栏目) and folios "— N —"
// as PAGE fields on the outer side (odd right, even left, one 字 in; GB/T 9704 §7.5), or centred per profile.
// Word picks odd/even by the page number, which is what the printed folio shows.
import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocxContext } from './context';
import { elementStyle, styleId } from './styles';
import { charTwips, sizeToPt } from './units';

export interface Furniture {
  headers: { default: Header; even: Header };
  footers: { default: Footer; even: Footer };
}

export function issueLabel(ctx: DocxContext): string {
  const { year, issue, cumulative } = ctx.issue.meta;
  return `${year}年第${issue}期${cumulative ? `（总第${cumulative}期）` : ''}`;
}

function headParagraph(ctx: DocxContext, text: string, side: 'left' | 'right'): Paragraph {
  return new Paragraph({
    style: styleId('runningHead'),
    alignment: side === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
    children: text ? [new TextRun(text)] : [],
    ...(ctx.profile.runningHeads.rule && text ? { border: { bottom: { style: BorderStyle.SINGLE, size: 4, space: 1, color: '000000' } } } : {}),
  });
}

function folioParagraph(ctx: DocxContext, side: 'left' | 'right'): Paragraph {
  const [before, after] = splitFormat(ctx.profile.folio.format);
  const outer = ctx.profile.folio.position === 'outer';
  const inset = charTwips(ctx.metrics, sizeToPt(ctx.profile.folio.size));
  return new Paragraph({
    style: styleId('folio'),
    alignment: !outer ? AlignmentType.CENTER : side === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
    ...(outer ? { indent: side === 'left' ? { left: inset, firstLine: 0 } : { right: inset, firstLine: 0 } } : {}),
    children: [new TextRun({ children: [before, PageNumber.CURRENT, after].filter((part) => part !== '') })],
  });
}

export function splitFormat(format: string): [string, string] {
  const at = format.indexOf('{n}');
  return [format.slice(0, at), format.slice(at + 3)];
}

const blankHeader = () => new Header({ children: [new Paragraph({ style: styleId('runningHead') })] });
const blankFooter = () => new Footer({ children: [new Paragraph({ style: styleId('folio') })] });

/**
 * Furniture of one section. `column` is the 栏目 of its odd-page head; null heads or folios leave the pages
 * clean (cover, 编委会, an unnumbered 目录).
 */
export function furniture(ctx: DocxContext, options: { heads: boolean; folios: boolean; column?: string }): Furniture {
  const heads = options.heads && ctx.profile.runningHeads.enabled;
  const evenHead = `${ctx.issue.meta.name}\u3000${issueLabel(ctx)}`;
  return {
    headers: heads
      ? { default: new Header({ children: [headParagraph(ctx, options.column ?? '', 'right')] }), even: new Header({ children: [headParagraph(ctx, evenHead, 'left')] }) }
      : { default: blankHeader(), even: blankHeader() },
    footers: options.folios
      ? { default: new Footer({ children: [folioParagraph(ctx, 'right')] }), even: new Footer({ children: [folioParagraph(ctx, 'left')] }) }
      : { default: blankFooter(), even: blankFooter() },
  };
}

/** Distances of head and folio lines from the paper's edges, in twips. */
export function furnitureDistances(ctx: DocxContext): { header: number; footer: number } {
  const mm = 1440 / 25.4;
  const headLine = sizeToPt(elementStyle(ctx.profile, 'runningHead').size) * 20 * 1.3;
  const folioLine = sizeToPt(ctx.profile.folio.size) * 20 * 1.3;
  return {
    header: Math.max(300, Math.round(ctx.metrics.margins.top - 8 * mm - headLine)),
    // The folio's middle sits belowTypeArea under the type area (7 mm for GB/T 9704).
    footer: Math.max(300, Math.round(ctx.metrics.margins.bottom - ctx.profile.folio.belowTypeArea * mm - folioLine / 2)),
  };
}
