// Which blocks travel with a landscape table (横排表格, GB/T 9704 §8) onto its turned pages: the 附件 label and the
// 表题 just before it and the 注 just after it. The PDF engine and the DOCX writer group them alike.
import type { Block } from './blocks';

export interface LandscapeGroup {
  /** Index of the group's first and last block. */
  first: number;
  last: number;
}

export function landscapeGroups(blocks: Block[]): LandscapeGroup[] {
  const isRole = (i: number, role: string) => {
    const b = blocks[i];
    return b?.type === 'paragraph' && b.role === role;
  };
  const groups: LandscapeGroup[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'table' || !block.landscape) return;
    const floor = groups[groups.length - 1]?.last ?? -1;
    let first = index;
    while (first - 1 > floor && isRole(first - 1, 'tableTitle')) first--;
    // An attachment that is only the table: its 附件 label heads the turned page, not a page of its own.
    if (first - 1 > floor && isRole(first - 1, 'attachmentLabel')) first--;
    let last = index;
    while (isRole(last + 1, 'tableNote')) last++;
    groups.push({ first, last });
  });
  return groups;
}
