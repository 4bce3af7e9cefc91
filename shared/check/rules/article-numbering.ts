// 第一章 / 第一节 / 第一条 of 规章 and 办法: chapters and articles count on without gaps (条 run on across
// chapters), sections restart in each chapter; a 第一条 or 第一章 starts a new numbering (a second 办法).
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';
import { chineseNumber } from './numbering';

const id = 'article-numbering';
const MARK = /^[\s\u3000]*(第([一二三四五六七八九十百零〇]+)(章|节|条))/u;
const UNIT_NAME = { 章: '章', 节: '节', 条: '条' } as const;

export const articleNumberingRule: Rule = {
  id,
  checkArticle({ units }) {
    const found: Finding[] = [];
    const last: Record<string, number | undefined> = {};
    for (const unit of units) {
      if (unit.block < 0 || (unit.kind !== 'paragraph' && unit.kind !== 'heading')) continue;
      const m = unit.text.match(MARK);
      if (!m) continue;
      const kind = m[3] as keyof typeof UNIT_NAME;
      const value = chineseNumber(m[2]!);
      const prev = last[kind];
      if (value !== 1 && value !== (prev ?? 0) + 1)
        found.push(findingAt(unit, id, 'warning', unit.text.indexOf(m[1]!), m[1]!, prev === undefined ? `“${m[1]}”之前没有第一${UNIT_NAME[kind]}` : `${UNIT_NAME[kind]}的编号不连续：上一${UNIT_NAME[kind]}是第${prev}${UNIT_NAME[kind]}，此处是“${m[1]}”`));
      last[kind] = value;
      if (kind === '章') last['节'] = undefined;
      if (kind === '章' && value === 1) last['条'] = undefined;
    }
    return found;
  },
};
