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

/**
 * “ ” must open before they close. Counted over the article's body, so a paragraph split in two keeps its
 * quote open; a paragraph that starts with “ while one is open follows the multi-paragraph convention
 * (GB/T 15834: every quoted paragraph opens with “, only the last closes).
 */
function balance(units: TextUnit[]): Finding[] {
  let depth = 0;
  let lastOpen: { unit: TextUnit; at: number } | undefined;
  const found: Finding[] = [];
  for (const unit of units) {
    if (depth > 0 && unit.text.trimStart().startsWith('“')) depth = 0;
    for (let i = 0; i < unit.text.length; i++) {
      const ch = unit.text[i];
      if (ch === '“') (depth++, (lastOpen = { unit, at: i }));
      if (ch !== '”') continue;
      if (depth === 0) found.push(findingAt(unit, id, 'warning', i, ch, '右引号“””前面没有对应的左引号'));
      else depth--;
    }
  }
  if (depth > 0 && lastOpen) found.push(findingAt(lastOpen.unit, id, 'warning', lastOpen.at, '“', '左引号““”没有对应的右引号'));
  return found;
}

export const quotesRule: Rule = {
  id,
  checkUnit(unit) {
    return [...straight(unit, '"', '“', '”'), ...straight(unit, "'", '‘', '’')];
  },
  checkArticle({ units }) {
    const fields = units.filter((u) => u.block < 0).flatMap((u) => balance([u]));
    const body = units.filter((u) => u.block >= 0 && (u.kind === 'paragraph' || u.kind === 'heading'));
    return [...fields, ...balance(body)];
  },
};
