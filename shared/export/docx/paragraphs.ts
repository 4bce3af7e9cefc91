// Model text → docx paragraphs in the named styles, with direct formatting only where the model asks for it.
import { BorderStyle, LineRuleType, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Align, TextLeaf } from '../../model/blocks';
import type { DocxContext } from './context';
import { alignment, CHARACTER_STYLES, elementStyle, styleId } from './styles';
import { charTwips, sizeToPt } from './units';

/** Runs of a paragraph: a run set in another font role than its paragraph gets that role's character style. */
export function textRuns(leaves: TextLeaf[], size?: { size: number; characterSpacing: number }): TextRun[] {
  const runs: TextRun[] = [];
  for (const leaf of leaves) {
    leaf.text.split('\n').forEach((text, i) => {
      if (text === '' && i === 0 && leaf.text.length > 0) return;
      runs.push(
        new TextRun({
          text,
          ...(i > 0 ? { break: 1 } : {}),
          ...(leaf.font ? { style: CHARACTER_STYLES[leaf.font].id } : {}),
          ...(leaf.bold ? { bold: true } : {}),
          ...(size ? { size: size.size, sizeComplexScript: size.size, characterSpacing: size.characterSpacing } : {}),
        }),
      );
    });
  }
  return runs;
}

export interface ParagraphExtras {
  align?: Align;
  /** Right indent in 字, replacing the style's (署名 and 成文日期 of §7.3.5.2). */
  rightChars?: number;
  pageBreakBefore?: boolean;
  keepNext?: boolean;
  /** A 1.5 pt rule under the paragraph (the cover's name block). */
  ruleBelow?: boolean;
  /** Exact line height in twips, replacing the style's (a table set smaller). */
  line?: number;
  /** Hide the paragraph mark too, so a hidden paragraph takes no line. */
  hidden?: boolean;
}

/** A paragraph in the style of a profile element ('body', 'title', 'docNo' …). */
export function styledParagraph(ctx: DocxContext, key: string, children: ParagraphChild[], extras: ParagraphExtras = {}): Paragraph {
  const el = elementStyle(ctx.profile, key);
  const ch = charTwips(ctx.metrics, sizeToPt(el.size));
  return new Paragraph({
    style: styleId(key),
    children,
    ...(extras.align && extras.align !== (el.align ?? 'justify') ? { alignment: alignment(extras.align) } : {}),
    ...(extras.rightChars !== undefined ? { indent: { right: Math.round(extras.rightChars * ch) } } : {}),
    ...(extras.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(extras.keepNext ? { keepNext: true } : {}),
    ...(extras.hidden ? { run: { vanish: true } } : {}),
    ...(extras.ruleBelow ? { border: { bottom: { style: BorderStyle.SINGLE, size: 12, space: 4, color: '000000' } } } : {}),
    ...(extras.line ? { spacing: { line: extras.line, lineRule: LineRuleType.EXACT } } : {}),
  });
}

export const textParagraph = (ctx: DocxContext, key: string, text: string, extras?: ParagraphExtras): Paragraph =>
  styledParagraph(ctx, key, textRuns([{ text }]), extras);
