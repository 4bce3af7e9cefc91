// Traditional characters inside simplified text (權利 → 权利, S0:L1146). One finding per character, with its
// simplified form as the fix.
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';
import { TRADITIONAL } from './traditional-table';

const id = 'traditional-chars';

export const traditionalCharsRule: Rule = {
  id,
  checkUnit(unit) {
    const found: Finding[] = [];
    let offset = 0;
    for (const ch of unit.text) {
      const simple = TRADITIONAL.get(ch);
      if (simple) found.push(findingAt(unit, id, 'error', offset, ch, `简体文本中混入繁体字“${ch}”，应为“${simple}”`, simple));
      offset += ch.length;
    }
    return found;
  },
};
