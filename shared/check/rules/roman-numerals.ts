// Roman numerals in one style per document: Unicode Ⅰ Ⅱ Ⅲ or Latin letters I II III, not both (I / Ⅱ / III).
// The fix turns the minority style into the style the document uses first.
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';
import type { TextUnit } from '../text-units';

const id = 'roman-numerals';
const UNICODE = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ';
const LATIN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** A Latin numeral standing alone next to Chinese text or digits (Ⅱ类, I级, III-2). */
const LATIN_RE = /(?<![A-Za-z])(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?![A-Za-z])/g;
const UNICODE_RE = /[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]/gu;

interface Use {
  unit: TextUnit;
  offset: number;
  text: string;
  style: 'unicode' | 'latin';
  value: number;
}

function uses(unit: TextUnit): Use[] {
  const found: Use[] = [];
  for (const m of unit.text.matchAll(UNICODE_RE)) found.push({ unit, offset: m.index, text: m[0], style: 'unicode', value: UNICODE.indexOf(m[0]) + 1 });
  // Latin letters count only beside Chinese text, so English words and codes are left alone.
  for (const m of unit.text.matchAll(LATIN_RE)) {
    const around = (unit.text[m.index - 1] ?? '') + (unit.text[m.index + m[0].length] ?? '');
    if (/[\p{Script=Han}、，（）]/u.test(around)) found.push({ unit, offset: m.index, text: m[0], style: 'latin', value: LATIN.indexOf(m[0]) + 1 });
  }
  return found;
}

export const romanNumeralsRule: Rule = {
  id,
  checkArticle({ units }) {
    const all = units.flatMap(uses).sort((a, b) => a.unit.block - b.unit.block || a.offset - b.offset);
    if (!all.some((u) => u.style === 'unicode') || !all.some((u) => u.style === 'latin')) return [];
    const first = all[0]!.style;
    return all
      .filter((u) => u.style !== first)
      .map((u): Finding => {
        const fix = first === 'unicode' ? UNICODE[u.value - 1]! : LATIN[u.value - 1]!;
        return findingAt(u.unit, id, 'warning', u.offset, u.text, `罗马数字写法不统一：本文先用“${all[0]!.text}”一类写法，此处是“${u.text}”`, fix);
      });
  },
};
