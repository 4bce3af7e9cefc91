// Heading numbers: 一、→（一）→1.→（1） in sequence, without gaps or skipped levels; "1." not "1、";
// nothing after （一）/（1）; a list number fused with a following digit ("8.5岁以下…", read as 8.5).
// Tolerated: （一）…（五十） (and 1.…) counting on across 一、二、 sections; a new 一、 restarts everything
// (the plan printed after a 印发 notice has its own numbering).
import type { Finding } from '../run-checks';
import { findingAt, type ArticleScope, type Rule } from '../rule';
import type { TextUnit } from '../text-units';

const id = 'numbering';
const CN = '[一二三四五六七八九十百零〇]+';
const LEVEL_NAMES = ['一、', '（一）', '1.', '（1）'];

interface Marker {
  level: 0 | 1 | 2 | 3;
  value: number;
  text: string;
  /** A wrong form and its correction */
  wrong?: { text: string; fix: string; message: string };
  /** "8.5岁": the number is fused with a digit */
  fused?: boolean;
}

const FORMS: Array<{ re: RegExp; level: Marker['level']; cn?: boolean; wrong?: (m: RegExpMatchArray) => Marker['wrong'] }> = [
  { re: new RegExp(`^(${CN})、`, 'u'), level: 0, cn: true },
  { re: new RegExp(`^(${CN})[.．，,]`, 'u'), level: 0, cn: true, wrong: (m) => ({ text: m[0], fix: `${m[1]}、`, message: `一级标题序号应为“${m[1]}、”` }) },
  { re: new RegExp(`^（(${CN})）[、，,.．]`, 'u'), level: 1, cn: true, wrong: (m) => ({ text: m[0], fix: `（${m[1]}）`, message: `“（${m[1]}）”后不加标点` }) },
  { re: new RegExp(`^[（(](${CN})[）)]`, 'u'), level: 1, cn: true },
  { re: /^(\d{1,2})、/u, level: 2, wrong: (m) => ({ text: m[0], fix: `${m[1]}.`, message: `三级标题序号应为“${m[1]}.”，不用“${m[0]}”` }) },
  { re: /^(\d{1,2})[.．](?!\d)/u, level: 2 },
  { re: /^(\d{1,2})[.．](?=\d)/u, level: 2 },
  { re: /^（(\d{1,2})）[、，,.．]/u, level: 3, wrong: (m) => ({ text: m[0], fix: `（${m[1]}）`, message: `“（${m[1]}）”后不加标点` }) },
  { re: /^[（(](\d{1,2})[）)]/u, level: 3 },
];

export function chineseNumber(s: string): number {
  const d: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') (total += (current || 1) * 100), (current = 0);
    else if (ch === '十') (total += (current || 1) * 10), (current = 0);
    else current = d[ch] ?? NaN;
  }
  return total + current;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 15 → 十五, 50 → 五十 */
export function toChineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

function markerText(level: Marker['level'], value: number): string {
  return [`${toChineseNumber(value)}、`, `（${toChineseNumber(value)}）`, `${value}.`, `（${value}）`][level]!;
}

export function parseMarker(text: string): Marker | undefined {
  for (const form of FORMS) {
    const m = text.match(form.re);
    if (!m) continue;
    const value = form.cn ? chineseNumber(m[1]!) : Number(m[1]);
    const marker: Marker = { level: form.level, value, text: m[0] };
    if (form.wrong) marker.wrong = form.wrong(m);
    if (form.level === 2 && /^\d{1,2}[.．]\d/.test(text)) marker.fused = true;
    return marker;
  }
  return undefined;
}

const numbered = (u: TextUnit) => (u.kind === 'paragraph' && (!u.role || u.role === 'body')) || u.kind === 'heading';

export const numberingRule: Rule = {
  id,
  checkArticle({ units }: ArticleScope) {
    const found: Finding[] = [];
    /** Last number seen at each level since its parent last changed, and the last ever (for counting on). */
    const last: Array<number | undefined> = [undefined, undefined, undefined, undefined];
    const lastEver: Array<number | undefined> = [undefined, undefined, undefined, undefined];
    let previousText = '';
    for (const unit of units) {
      if (!numbered(unit)) continue;
      const lead = unit.text.length - unit.text.trimStart().length;
      const marker = parseMarker(unit.text.slice(lead));
      const before = previousText;
      previousText = unit.text;
      if (!marker) continue;
      const { level, value } = marker;
      const prev = last[level];
      if (marker.fused) {
        // "8.5岁以下…": only a list item when it continues a run of 1. 2. … ; otherwise a decimal.
        if (prev === value - 1)
          found.push(findingAt(unit, id, 'warning', lead, unit.text.slice(lead, lead + marker.text.length + 1), `序号“${value}.”后紧接数字，易被误读为小数“${unit.text.slice(lead, lead + marker.text.length + 1)}”，建议改写（如“${value}. ”后加空格或调整语序）`));
        else continue;
      }
      if (marker.wrong) found.push(findingAt(unit, id, 'warning', lead, marker.wrong.text, marker.wrong.message, marker.wrong.fix));
      if (level === 0 && value === 1) last.fill(undefined), lastEver.fill(undefined);
      const expected = prev === undefined ? [1, (lastEver[level] ?? 0) + 1] : [prev + 1];
      // "会议决定，一、……" then "二、……": the previous number was run into the paragraph before.
      if (!expected.includes(value) && prev === undefined && before.includes(markerText(level, value - 1))) expected.push(value);
      if (!expected.includes(value)) {
        const shown = unit.text.slice(lead, lead + marker.text.length);
        const after = prev === undefined ? '' : `前一个是第${prev}项，`;
        // A continuation line of a split paragraph can begin with a number; only report a near miss.
        if (prev === undefined || (value > prev && value - prev <= 3) || value === prev)
          found.push(findingAt(unit, id, 'warning', lead, shown, `编号不连续：${after}此处是“${shown}”`));
      }
      // 一、 followed directly by 1. (no （一）) and the like; reported at the first item of the run.
      if (level > 0 && prev === undefined && last[level - 1] === undefined && last.slice(0, level - 1).some((v) => v !== undefined))
        found.push(findingAt(unit, id, 'info', lead, marker.text, `层级跳跃：“${marker.text}”之上没有“${LEVEL_NAMES[level - 1]}”层级`));
      last[level] = value;
      lastEver[level] = value;
      for (let l = level + 1; l < 4; l++) last[l] = undefined;
    }
    return found;
  },
};
