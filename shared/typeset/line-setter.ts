// Which line breaker the page layer uses. The interim one until shared/typeset/text lands.
import type { LineSetter } from './flow/context';
import { breakParagraph } from './interim-break';

export function lineSetter(): LineSetter {
  return breakParagraph;
}
