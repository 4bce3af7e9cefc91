// East Asian font names of Word runs → the font roles of the model.
import type { FontRole } from '../../model/blocks';

/** The 公文 font role of an East Asian font name (黑体 → hei …), for run-in headings set in another face. */
export function fontRole(name: string | undefined): FontRole | undefined {
  if (!name) return undefined;
  if (/黑|Hei/i.test(name)) return 'hei';
  if (/楷|Kai/i.test(name)) return 'kai';
  if (/仿宋|Fang/i.test(name)) return 'fang';
  if (/标宋|XBS|XiaoBiaoSong/i.test(name)) return 'title';
  if (/宋|Song|Ming/i.test(name)) return 'song';
  return undefined;
}
