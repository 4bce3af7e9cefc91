// Body blocks of an article → docx paragraphs and tables. A landscape table opens a chunk of its own, which
// the section writer turns into a landscape section; its title and notes travel with it.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, WidthType, type FileChild } from 'docx';
import type { Block, BoxBlock, ParagraphBlock } from '../../model/blocks';
import type { DocxContext } from './context';
import { headingStyle } from '../../profiles/heading-style';
import { landscapeGroups } from '../../model/landscape-groups';
import { formatChineseDate } from './closing';
import { imageRun } from './image';
import { titleLinesOf } from './title-lines';
import { styledParagraph, textRuns, type ParagraphExtras } from './paragraphs';
import { spacerParagraph, tableToDocx } from './table';

export interface Chunk {
  landscape: boolean;
  children: FileChild[];
}

/** Roles whose paragraphs keep their own style key; anything else prints as 正文. */
const ROLE_KEYS = new Set([
  'body', 'subtitle', 'embeddedTitle', 'attachment', 'attachmentLabel', 'signature', 'date', 'note', 'speaker',
  'speechDate', 'chronicle', 'appointment', 'copyTo', 'tableTitle', 'tableNote',
]);

export function paragraphKey(block: ParagraphBlock): string {
  return block.role && ROLE_KEYS.has(block.role) ? block.role : 'body';
}

export function paragraphToDocx(ctx: DocxContext, block: ParagraphBlock, extras: ParagraphExtras = {}): Paragraph {
  const key = paragraphKey(block);
  if (key === 'embeddedTitle') {
    const lines = titleLinesOf(ctx, key, block.children.map((leaf) => leaf.text).join(''));
    return styledParagraph(ctx, key, textRuns([{ text: lines.join('\n') }]), extras);
  }
  const leaves = key === 'date' ? block.children.map((leaf) => ({ ...leaf, text: formatChineseDate(leaf.text) })) : block.children;
  return styledParagraph(ctx, key, textRuns(leaves), { align: block.align, ...extras });
}

function boxToDocx(ctx: DocxContext, box: BoxBlock, width: number): Table {
  const inner = width - 2 * 108;
  const children: (Paragraph | Table)[] = [];
  if (box.title) children.push(styledParagraph(ctx, 'boxTitle', textRuns([{ text: box.title }])));
  for (const block of box.children) {
    if (block.type === 'paragraph') children.push(paragraphToDocx(ctx, block));
    else if (block.type === 'heading') children.push(styledParagraph(ctx, headingStyle(block, ctx.profile.styles), textRuns(block.children)));
    else {
      const table = tableToDocx(ctx, block, inner);
      if (table) children.push(table, spacerParagraph(ctx));
    }
  }
  if (children.length === 0) children.push(styledParagraph(ctx, 'body', []));
  const line = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
  return new Table({
    rows: [new TableRow({ children: [new TableCell({ children, width: { size: width, type: WidthType.DXA } })] })],
    columnWidths: [width],
    width: { size: width, type: WidthType.DXA },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

/** Group id per block (the table's index), from the landscape groups the engine uses too. */
function landscapeGroupIds(blocks: Block[]): (number | undefined)[] {
  const ids: (number | undefined)[] = blocks.map(() => undefined);
  for (const g of landscapeGroups(blocks)) {
    const table = blocks.findIndex((b, i) => i >= g.first && b.type === 'table');
    for (let i = g.first; i <= g.last; i++) ids[i] = table;
  }
  return ids;
}

/**
 * Converts a flow of blocks. `extrasAt` gives a block's extra paragraph formatting (the right indents of §7.3.5.2);
 * a page-break block becomes a page break before the next paragraph.
 */
export function blocksToChunks(ctx: DocxContext, blocks: Block[], extrasAt: (index: number) => ParagraphExtras = () => ({})): Chunk[] {
  const groups = landscapeGroupIds(blocks);
  const chunks: Chunk[] = [];
  let chunkGroup: number | undefined | null = null;
  let breakBefore = false;
  const push = (child: FileChild) => chunks[chunks.length - 1]!.children.push(child);

  blocks.forEach((block, index) => {
    const group = groups[index];
    if (chunks.length === 0 || group !== chunkGroup) {
      // A section must not end in a table, or LibreOffice loses its orientation (§5.2).
      if (chunks.length > 0 && lastIsTable(chunks)) push(spacerParagraph(ctx));
      chunks.push({ landscape: group !== undefined, children: [] });
      chunkGroup = group;
      if (group !== undefined) breakBefore = false; // the section break already starts a page
    }
    const landscape = group !== undefined;
    const extras: ParagraphExtras = { ...extrasAt(index), ...(breakBefore ? { pageBreakBefore: true } : {}) };
    if (block.type !== 'page-break') breakBefore = false;
    switch (block.type) {
      case 'paragraph':
        push(paragraphToDocx(ctx, block, extras));
        break;
      case 'heading':
        push(styledParagraph(ctx, headingStyle(block, ctx.profile.styles), textRuns(block.children), extras));
        break;
      case 'table': {
        if (extras.pageBreakBefore) push(spacerParagraph(ctx, true));
        else if (lastIsTable(chunks)) push(spacerParagraph(ctx)); // Word merges two adjacent tables
        const table = tableToDocx(ctx, block, landscape ? ctx.metrics.typeHeight : ctx.metrics.typeWidth);
        if (table) push(table);
        break;
      }
      case 'box':
        if (extras.pageBreakBefore) push(spacerParagraph(ctx, true));
        else if (lastIsTable(chunks)) push(spacerParagraph(ctx));
        push(boxToDocx(ctx, block, ctx.metrics.typeWidth));
        break;
      case 'image': {
        const bytes = ctx.options.image?.(block.asset);
        const typeWidthMm = ctx.profile.page.width - ctx.profile.page.margins.left - ctx.profile.page.margins.right;
        const run = bytes ? imageRun(block, bytes, typeWidthMm) : undefined;
        // Single auto line spacing and no indent: an exact grid line would crop the picture.
        if (run)
          push(
            new Paragraph({
              children: [run],
              alignment: AlignmentType.CENTER,
              indent: { firstLine: 0, left: 0 },
              spacing: { line: 240, lineRule: LineRuleType.AUTO },
              ...(extras.pageBreakBefore ? { pageBreakBefore: true } : {}),
            }),
          );
        if (block.caption) push(styledParagraph(ctx, 'tableTitle', textRuns([{ text: block.caption }]), run ? {} : extras));
        else if (!run && extras.pageBreakBefore) breakBefore = true;
        break;
      }
      case 'page-break':
        breakBefore = true;
        break;
    }
  });
  if (chunks.length > 0 && (breakBefore || lastIsTable(chunks))) push(spacerParagraph(ctx, breakBefore));
  return chunks.filter((chunk) => chunk.children.length > 0);
}

function lastIsTable(chunks: Chunk[]): boolean {
  const children = chunks[chunks.length - 1]?.children ?? [];
  return children[children.length - 1] instanceof Table;
}
