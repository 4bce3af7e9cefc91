// The line breaker the page layer uses (shared/typeset/text, behind the ParagraphSpec → SetLine[] contract).
import type { LineSetter } from './flow/context';
import { breakParagraph } from './text';

export function lineSetter(): LineSetter {
  return breakParagraph;
}
