// Characters the chosen print font lacks (names outside GB2312 such as 飏, S0:L2875), reported before printing.
// The build passes a hasGlyph port over its FontSet in the checker profile; without it the rule is silent.
import type { FontRole } from '../../model/blocks';
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';
import type { TextUnit } from '../text-units';

const id = 'missing-glyph';
const ROLE_NAMES: Record<FontRole, string> = { song: '宋体', fang: '仿宋', hei: '黑体', kai: '楷体', title: '标题字体', latin: '西文字体' };

/** The role a unit is set in by default (GB/T 9704: title 小标宋, 一级 黑体, 二级 楷体, body 仿宋). */
function unitRole(unit: TextUnit): FontRole {
  if (unit.field === 'title' || unit.field === 'tocTitle' || unit.role === 'embeddedTitle') return 'title';
  if (unit.kind === 'heading') return unit.level === 1 ? 'hei' : unit.level === 2 ? 'kai' : 'fang';
  return 'fang';
}

export const missingGlyphRule: Rule = {
  id,
  checkUnit(unit, { profile }) {
    const hasGlyph = profile.hasGlyph;
    if (!hasGlyph) return [];
    const found: Finding[] = [];
    for (const span of unit.spans) {
      const role = span.font ?? unitRole(unit);
      let offset = span.start;
      for (const ch of span.text) {
        // Only ideographs and CJK symbols: Latin, digits and spaces come from the latin font.
        if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) && !hasGlyph(ch, role))
          found.push(findingAt(unit, id, 'warning', offset, ch, `印刷字体（${ROLE_NAMES[role]}）中没有“${ch}”字，付印前请换用含此字的字体或造字`));
        offset += ch.length;
      }
    }
    return found;
  },
};
