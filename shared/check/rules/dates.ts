// Dates: 2022年11月3日 — Arabic digits, no leading zeros, no spaces, a real day; ranges with "—" (2021—2030年),
// not "-" (GB/T 15834 连接号; TYPESETTING.md §1.5–1.6 rule 2 and 10). 成文日期 in Chinese numerals is the old style.
import { patternRule, proseUnits } from '../pattern-rule';
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';

const id = 'dates';
const SP = '[ \\u3000]*';

const dateInText = patternRule({
  id,
  applies: proseUnits,
  patterns: [
    {
      // 2022年11月3日 with spaces, leading zeros or impossible values
      re: new RegExp(`(?<!\\d)(\\d{4})${SP}年${SP}(\\d{1,2})${SP}月(?:${SP}(\\d{1,2})${SP}日)?`, 'gu'),
      severity: 'error',
      when: (m) => m[0] !== clean(m) || !valid(m),
      message: (m) =>
        !valid(m) ? `日期“${m[0]}”不存在` : /[ \t\u3000]/.test(m[0]) ? '日期中不应有空格' : `日期的月、日不加前导0：应为“${clean(m)}”`,
      fix: (m) => (valid(m) ? clean(m) : undefined),
    },
    {
      // 2022-2025年, 2021年-2025年, (2021-2035年)
      re: new RegExp(`(?<!\\d)\\d{4}(?:年)?${SP}[-－–]${SP}\\d{4}(?=${SP}年|\\))`, 'gu'),
      severity: 'error',
      message: (m) => `表示年份范围应使用一字线“—”：“${m[0].replace(/\s*[-－–]\s*/, '—')}”`,
      fix: (m) => m[0].replace(/\s*[-－–]\s*/, '—'),
    },
    {
      // 11月-12月, 11月1日-15日
      re: new RegExp(`(?<!\\d)\\d{1,2}(?:月\\d{1,2}日|月|日)${SP}[-－–]${SP}\\d{1,2}(?=${SP}[月日])`, 'gu'),
      severity: 'error',
      message: () => '表示日期范围应使用一字线“—”',
      fix: (m) => m[0].replace(/\s*[-－–]\s*/, '—'),
    },
  ],
});

function clean(m: RegExpExecArray): string {
  return `${m[1]}年${Number(m[2])}月` + (m[3] !== undefined ? `${Number(m[3])}日` : '');
}

function valid(m: RegExpExecArray): boolean {
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十一 → 11, 三十一 → 31, 三 → 3 */
function smallNumber(s: string): number {
  if (!s.includes('十')) return CN_DIGITS[s] ?? NaN;
  const [tens, ones] = s.split('十');
  return (tens ? (CN_DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? NaN) : 0);
}

const CN_DATE = /^[\s\u3000]*([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日[\s\u3000]*$/u;
const SHORT_YEAR = /^[\s\u3000]*(\d{2})年\d{1,2}月\d{1,2}日[\s\u3000]*$/u;

export const datesRule: Rule = {
  id,
  checkUnit(unit, scope) {
    const found = dateInText.checkUnit!(unit, scope);
    if (unit.kind !== 'paragraph' || (unit.role && unit.role !== 'date')) return found;
    const cn = unit.text.match(CN_DATE);
    if (cn) {
      const year = [...cn[1]!].map((c) => CN_DIGITS[c]).join('');
      const fix = `${year}年${smallNumber(cn[2]!)}月${smallNumber(cn[3]!)}日`;
      const at = unit.text.indexOf(cn[1]!);
      const text = unit.text.trim();
      found.push(findingAt(unit, id, 'warning', at, text, `成文日期应使用阿拉伯数字：“${fix}”`, /NaN/.test(fix) ? undefined : fix));
    }
    const short = unit.text.match(SHORT_YEAR);
    if (short) found.push(findingAt(unit, id, 'error', unit.text.indexOf(short[1]!), short[1]!, '成文日期的年份应写全四位数字'));
    return found;
  },
  checkArticle({ article }) {
    const date = article.meta.date;
    if (!date) return [];
    const m = date.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    const ok = m && valid(['', m[1]!, m[2]!, m[3]!] as unknown as RegExpExecArray);
    if (ok) return [];
    const f: Finding = { rule: id, severity: 'error', article: article.id, block: -1, field: 'date', offset: 0, text: date, message: `成文日期“${date}”不是有效的日期` };
    return [f];
  },
};
