// Quotation marks: Chinese “ ” ‘ ’, not straight ASCII quotes, and in pairs (TYPESETTING.md §1.6 rule 8).
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';
import type { TextUnit } from '../text-units';

const id = 'quotes';

function straight(unit: TextUnit, ch: '"' | "'", open: string, close: string): Finding[] {
  const text = unit.text;
  const at = [...text.matchAll(ch === '"' ? /"/g : /'/g)].map((m) => m.index);
  // A straight quote touching Han is Chinese text; an apostrophe inside Latin (Xi'an) is not.
  const chinese = at.filter((i) => /\p{Script=Han}/u.test((text[i - 1] ?? '') + (text[i + 1] ?? '')));
  if (chinese.length === 0) return [];
  const paired = at.length % 2 === 0;
  return at.map((i, n) => {
    const fix = n % 2 === 0 ? open : close;
    return findingAt(unit, id, paired ? 'error' : 'warning', i, ch, paired ? `中文里应使用弯引号“${fix}”` : `中文里应使用弯引号${open}${close}，此处的直引号不成对，请核对`, paired ? fix : undefined);
  });
}

/** “ ” must open before they close; report the first mark out of place. */
function balance(unit: TextUnit): Finding[] {
  let depth = 0;
  let lastOpen = -1;
  for (let i = 0; i < unit.text.length; i++) {
    const ch = unit.text[i];
    if (ch === '“') (depth++, (lastOpen = i));
    if (ch === '”') {
      if (depth === 0) return [findingAt(unit, id, 'warning', i, ch, '右引号“””前面没有对应的左引号')];
      depth--;
    }
  }
  return depth > 0 ? [findingAt(unit, id, 'warning', lastOpen, '“', '左引号““”没有对应的右引号')] : [];
}

export const quotesRule: Rule = {
  id,
  checkUnit(unit) {
    return [...straight(unit, '"', '“', '”'), ...straight(unit, "'", '‘', '’'), ...balance(unit)];
  },
};
