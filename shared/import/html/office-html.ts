// HTML pasted from Word or WPS → the same blocks the file importers make (the editor calls this on paste).
// Word's list labels arrive as text inside mso-list:Ignore spans and are kept: they are the numbering clerks see.
import type { Align, Block, TableBlock, TableCellBlock, TableRowBlock } from '../../model/blocks';
import { readBody } from '../recognize/body';
import { dropFurniture } from '../recognize/furniture';
import { dropCjkNumberSpaces, dropSpaces, fullWidthPunctuation } from '../recognize/normalize';
import { textItem, type SourceItem } from '../source';
import { parseHtml, type HtmlNode } from './tokenize';

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dt', 'dd', 'section', 'article', 'center']);
const MAX_HTML = 20 * 1024 * 1024;

export function importOfficeHtml(html: string, options: { normalize?: boolean } = {}): Block[] {
  const root = parseHtml(html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html);
  const items: SourceItem[] = [];
  let no = 0;
  const walk = (node: HtmlNode, align?: Align) => {
    for (const n of node.children) {
      if (n.tag === 'table') {
        items.push({ kind: 'table', block: table(n), lines: [++no] });
      } else if (BLOCK.has(n.tag)) {
        const a = alignOf(n) ?? align;
        if (n.children.some((c) => BLOCK.has(c.tag) || c.tag === 'table')) walk(n, a);
        else push(n, a);
      } else if (n.tag !== '#text' || (n.text ?? '').trim()) {
        // Inline content outside any block (a plain-text paste) is a paragraph of its own.
        if (n.tag === '#text') for (const line of (n.text ?? '').split(/\n/)) if (line.trim()) items.push(textItem(line.trim(), [++no], { whole: true }));
        if (n.tag !== '#text') walk(n, align);
      }
    }
  };
  const push = (n: HtmlNode, align?: Align) => {
    const text = inlineText(n);
    for (const line of text.split('\n')) {
      const t = line.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim();
      if (t) items.push(textItem(t, [++no], { whole: true, ...(align ? { align } : {}) }));
    }
  };
  walk(root);
  const normalize = options.normalize ?? true;
  const body = readBody(dropFurniture(items).items, {
    kind: 'document',
    title: '',
    prose: (t) => (normalize ? dropCjkNumberSpaces(fullWidthPunctuation(t)) : t),
    tight: (t) => (normalize ? fullWidthPunctuation(dropSpaces(t)) : t),
  });
  return body.blocks;
}

function inlineText(n: HtmlNode): string {
  if (n.tag === '#text') return (n.text ?? '').replace(/[\r\n]+/g, ' ');
  if (n.tag === 'br') return '\n';
  if (n.tag === 'img' || n.tag.startsWith('v:') || n.tag.startsWith('o:')) return '';
  if (/display\s*:\s*none/i.test(n.attrs.style ?? '')) return '';
  return n.children.map(inlineText).join('');
}

function alignOf(n: HtmlNode): Align | undefined {
  const a = (/text-align\s*:\s*(\w+)/i.exec(n.attrs.style ?? '')?.[1] ?? n.attrs.align ?? '').toLowerCase();
  return a === 'center' ? 'center' : a === 'right' ? 'right' : a === 'justify' ? 'justify' : undefined;
}

function table(n: HtmlNode): TableBlock {
  const rows: TableRowBlock[] = [];
  let headerRows = 0;
  const collect = (node: HtmlNode, inHead: boolean) => {
    for (const c of node.children) {
      if (c.tag === 'thead') collect(c, true);
      else if (c.tag === 'tbody' || c.tag === 'tfoot') collect(c, false);
      else if (c.tag === 'tr') {
        const cells: TableCellBlock[] = c.children.filter((x) => x.tag === 'td' || x.tag === 'th').map((td) => {
          const cell: TableCellBlock = {
            type: 'table-cell',
            children: inlineText(td).split('\n').map((t) => ({ type: 'paragraph' as const, children: [{ text: t.replace(/\u00a0/g, ' ').trim() }] })).filter((p, i) => p.children[0]!.text || i === 0),
          };
          const colSpan = Number(td.attrs.colspan ?? 1);
          const rowSpan = Number(td.attrs.rowspan ?? 1);
          if (colSpan > 1 && colSpan < 1000) cell.colSpan = colSpan;
          if (rowSpan > 1 && rowSpan < 10000) cell.rowSpan = rowSpan;
          return cell;
        });
        if (inHead || (rows.length === headerRows && c.children.every((x) => x.tag !== 'td'))) headerRows = rows.length + 1;
        rows.push({ type: 'table-row', children: cells });
      } else if (c.tag !== '#text') collect(c, inHead);
    }
  };
  collect(n, false);
  const block: TableBlock = { type: 'table', children: rows };
  if (headerRows) block.headerRows = headerRows;
  return block;
}
