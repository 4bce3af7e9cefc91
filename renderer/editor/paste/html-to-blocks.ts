// Pasted HTML (Word, WPS, web pages) → model blocks: paragraphs with alignment and bold runs, tables with spans.
// Office markup (mso- styles, Mso classes, conditional comments, <o:p>) is dropped on the way.
import type { Block, ParagraphBlock, TableBlock, TableCellBlock, TextLeaf } from '../../../shared/model/blocks';

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE']);

function leaves(node: Node, bold: boolean, out: TextLeaf[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/[\r\n]+/g, '').replace(/\u00a0/g, ' ');
    if (text) out.push(bold ? { text, bold: true } : { text });
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  if (node.tagName === 'BR') return void out.push({ text: '' });
  const style = node.getAttribute('style') ?? '';
  if (/display:\s*none|mso-hide:\s*all/i.test(style)) return;
  const isBold = bold || node.tagName === 'B' || node.tagName === 'STRONG' || /font-weight:\s*(bold|[6-9]00)/i.test(style);
  node.childNodes.forEach((child) => leaves(child, isBold, out));
}

function paragraphOf(element: HTMLElement): ParagraphBlock {
  const out: TextLeaf[] = [];
  element.childNodes.forEach((child) => leaves(child, false, out));
  const children = out.filter((l) => l.text !== '');
  const block: ParagraphBlock = { type: 'paragraph', children: children.length ? children : [{ text: '' }] };
  const align = (element.getAttribute('align') ?? /text-align:\s*(\w+)/i.exec(element.getAttribute('style') ?? '')?.[1] ?? '').toLowerCase();
  if (align === 'center' || align === 'right') block.align = align;
  return block;
}

function tableOf(element: HTMLTableElement): TableBlock {
  const rows = Array.from(element.rows).map((row) => ({
    type: 'table-row' as const,
    children: Array.from(row.cells).map((cell): TableCellBlock => {
      const paragraphs = collect(cell).filter((b): b is ParagraphBlock => b.type === 'paragraph');
      const block: TableCellBlock = { type: 'table-cell', children: paragraphs.length ? paragraphs : [{ type: 'paragraph', children: [{ text: '' }] }] };
      if (cell.colSpan > 1) block.colSpan = cell.colSpan;
      if (cell.rowSpan > 1) block.rowSpan = cell.rowSpan;
      return block;
    }),
  }));
  return { type: 'table', children: rows.filter((r) => r.children.length > 0) };
}

function collect(root: Element): Block[] {
  const blocks: Block[] = [];
  let inline: HTMLElement | null = null;
  for (const child of Array.from(root.childNodes)) {
    if (child instanceof HTMLTableElement) blocks.push(tableOf(child));
    else if (child instanceof HTMLElement && BLOCK_TAGS.has(child.tagName)) {
      const nested = child.querySelector('p, div, table, li');
      if (nested) blocks.push(...collect(child));
      else blocks.push(paragraphOf(child));
    } else if (child instanceof HTMLElement || child.nodeType === Node.TEXT_NODE) {
      if ((child.textContent ?? '').trim() === '') continue;
      inline ??= document.createElement('p');
      inline.append(child.cloneNode(true));
      continue;
    }
    if (inline) blocks.splice(blocks.length - 1, 0, paragraphOf(inline));
    inline = null;
  }
  if (inline) blocks.push(paragraphOf(inline));
  return blocks;
}

export function htmlToBlocks(html: string): Block[] {
  const cleaned = html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '').replace(/<\/?o:p>/gi, '');
  const doc = new DOMParser().parseFromString(cleaned, 'text/html');
  doc.querySelectorAll('style, script, meta, link, title').forEach((n) => n.remove());
  return collect(doc.body).filter((b) => b.type !== 'paragraph' || b.children.some((l) => l.text.trim() !== ''));
}
