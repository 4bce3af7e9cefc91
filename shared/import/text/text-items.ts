// A plain text (UTF-8 or GB18030, decoded) → SourceItems: one per non-blank line, and tab-separated runs as tables.
import { textItem, type SourceItem } from '../source';
import { tabTable } from './tab-table';

export interface TextItemsResult {
  items: SourceItem[];
  warnings: string[];
}

export function textItems(text: string): TextItemsResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const items: SourceItem[] = [];
  const warnings: string[] = [];
  let gap = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/[\u200b\ufeff]/g, '');
    if (line.trim() === '') {
      gap = true;
      continue;
    }
    if (line.includes('\t') && line.split('\t').filter((c) => c.trim()).length >= 1 && line.split('\t').length >= 2) {
      // A table runs over tab lines, allowing single blank lines between rows (page breaks and extraction gaps).
      const rows: string[][] = [];
      const lineNos: number[] = [];
      let j = i;
      while (j < lines.length) {
        if (lines[j]!.includes('\t')) {
          rows.push(lines[j]!.split('\t'));
          lineNos.push(j + 1);
          j++;
        } else if (lines[j]!.trim() === '' && j + 1 < lines.length && lines[j + 1]!.includes('\t')) j++;
        else break;
      }
      const table = tabTable(rows);
      if (table.droppedHeaderRepeats) warnings.push(`第${lineNos[0]}行起的表格：去掉了分页后重复的表头 ${table.droppedHeaderRepeats} 处`);
      items.push({ kind: 'table', block: table.block, lines: lineNos });
      i = j - 1;
      gap = false;
      continue;
    }
    items.push(textItem(line.trim(), [i + 1], gap ? { gapBefore: true } : {}));
    gap = false;
  }
  return { items, warnings };
}
