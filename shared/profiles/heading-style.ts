// Which element style a heading takes. A 规章's chapter (第一章　总则, 第二编 …) is centred in 黑体 as laws and
// regulations print it, not indented like a 一、 heading of a 公文; every other heading takes its level's style.
import type { HeadingBlock } from '../model/blocks';

const CHAPTER = /^\s*第[一二三四五六七八九十百零〇\d]+[章编]/;

export function headingStyle(block: HeadingBlock, styles: Record<string, unknown>): string {
  if (block.level === 1 && 'chapter' in styles && CHAPTER.test(block.children.map((c) => c.text).join(''))) return 'chapter';
  return `heading${block.level}`;
}
