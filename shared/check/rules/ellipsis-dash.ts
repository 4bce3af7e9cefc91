// 省略号 is "……" (two U+2026) and 破折号 is "——" (two U+2014); flag "...", "。。。", a lone "…", "--",
// box-drawing "──" and "――" (TYPESETTING.md §1.6 rule 9).
import { patternRule, proseUnits } from '../pattern-rule';

export const ellipsisDashRule = patternRule({
  id: 'ellipsis-dash',
  applies: proseUnits,
  patterns: [
    {
      re: /\.{3,}|。{3,}|(?<!…)…(?!…)|(?<!…)…{3}(?!…)/gu,
      severity: 'error',
      message: (m) => `省略号应为“……”，不用“${m[0]}”`,
      fix: () => '……',
    },
    {
      re: /(?<=[\p{Script=Han}，。：；！？”’）])(?:-{2,}|－{2,})|(?:-{2,}|－{2,})(?=[\p{Script=Han}“‘（])/gu,
      severity: 'error',
      message: (m) => `破折号应为“——”，不用“${m[0]}”`,
      fix: () => '——',
    },
    {
      re: /─{2}|―{2}/gu,
      severity: 'warning',
      message: (m) => `破折号应为两个“—”（U+2014），此处是“${m[0]}”`,
      fix: () => '——',
    },
  ],
});
