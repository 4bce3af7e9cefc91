// Title lines: the clerk's own breaks, else the title broken by meaning exactly as the engine breaks it (§7.3.1),
// so the DOCX title reads like the PDF's.
import { breakTitle } from '../../typeset/flow/title-break';
import type { DocxContext } from './context';
import { elementStyle } from './styles';
import { sizeToPt } from './units';

export function titleLinesOf(ctx: DocxContext, key: string, title: string, given?: string[]): string[] {
  if (given?.length) return given;
  const size = sizeToPt(elementStyle(ctx.profile, key).size);
  return breakTitle(title, Math.floor((ctx.profile.grid.charsPerLine * ctx.profile.grid.fontSize) / size) - 1);
}
