// Word tables → TableBlock in HTML semantics: gridSpan → colSpan, vMerge restart/continue → rowSpan with the
// covered slots absent, leading tblHeader rows → headerRows.
import type { Element } from '@xmldom/xmldom';
import type { Align, TableBlock, TableCellBlock, TableRowBlock } from '../../model/blocks';
import { attr, child, childrenOf, descendants, flag, is, kids, val } from './xml';

export const ALIGN: Record<string, Align> = { center: 'center', right: 'right', end: 'right', left: 'left', start: 'left', both: 'justify', distribute: 'justify' };

/** Reads one w:tbl; `cellText` gives the text of each paragraph of a cell (runs, insertions, fields resolved). */
export function readTable(tbl: Element, cellText: (p: Element) => string): TableBlock {
  const rows: TableRowBlock[] = [];
  let headerRows = 0;
  let headerOpen = true;
  // Open vertical merges per grid column: the cell they started in.
  const open = new Map<number, TableCellBlock>();
  for (const tr of childrenOf(tbl, 'w', 'tr')) {
    const trPr = child(tr, 'w', 'trPr');
    if (headerOpen && flag(trPr, 'tblHeader')) headerRows++;
    else headerOpen = false;
    const row: TableRowBlock = { type: 'table-row', children: [] };
    let col = Number(val(trPr, 'gridBefore') ?? 0);
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'w', 'tcPr');
      const span = Math.max(1, Math.min(64, Number(val(tcPr, 'gridSpan') ?? 1) || 1));
      const vMerge = child(tcPr, 'w', 'vMerge');
      const vm = vMerge ? attr(vMerge, 'w', 'val') ?? 'continue' : undefined;
      if (vm === 'continue' && open.has(col)) {
        const owner = open.get(col)!;
        owner.rowSpan = (owner.rowSpan ?? 1) + 1;
      } else {
        const cell: TableCellBlock = { type: 'table-cell', children: paragraphs(tc, cellText) };
        if (span > 1) cell.colSpan = span;
        const jc = descendants(tc, 'w', 'jc')[0];
        const align = jc ? ALIGN[attr(jc, 'w', 'val') ?? ''] : undefined;
        if (align && align !== 'justify') cell.align = align;
        row.children.push(cell);
        if (vm === 'restart') open.set(col, cell);
        else for (let c = col; c < col + span; c++) open.delete(c);
      }
      col += span;
    }
    rows.push(row);
  }
  const block: TableBlock = { type: 'table', children: rows };
  if (headerRows) block.headerRows = headerRows;
  return block;
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (const k of kids(tr)) {
    if (is(k, 'w', 'tc')) out.push(k);
    else if (is(k, 'w', 'sdt') || is(k, 'w', 'customXml')) out.push(...descendants(k, 'w', 'tc'));
  }
  return out;
}

function paragraphs(tc: Element, cellText: (p: Element) => string): TableCellBlock['children'] {
  const out: TableCellBlock['children'] = [];
  for (const p of descendants(tc, 'w', 'p')) {
    const text = cellText(p).replace(/[\t\n]/g, ' ').trim();
    if (text || out.length === 0) out.push({ type: 'paragraph', children: [{ text }] });
  }
  if (out.length === 0) out.push({ type: 'paragraph', children: [{ text: '' }] });
  return out;
}
