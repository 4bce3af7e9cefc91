// 代字 → 栏目: a document filed under a 栏目 that does not fit its 文号 (政办发 under 政府文件 …), by the
// profile's map (PRODUCT.md "Beyond the tools" 10). The longest matching 代字 ending wins (政办发 before 政发).
import { findingAt, type Rule } from '../rule';

const id = 'section-code';

export function sectionForCode(code: string, map: Record<string, string>): string | undefined {
  const key = Object.keys(map)
    .filter((k) => code.endsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return key === undefined ? undefined : map[key];
}

export const sectionCodeRule: Rule = {
  id,
  checkArticle({ article, section, units, profile }) {
    const code = article.meta.docNo?.match(/^(\p{Script=Han}+)[〔\[【(（]/u)?.[1];
    if (!code || !profile.codeSections) return [];
    const expected = sectionForCode(code, profile.codeSections);
    const norm = (s: string) => s.replace(/[\s\u3000]/g, '');
    if (!expected || norm(section.title).includes(norm(expected))) return [];
    const unit = units.find((u) => u.field === 'docNo')!;
    return [findingAt(unit, id, 'warning', 0, code, `代字“${code}”的文件通常归入“${expected}”栏目，本文在“${section.title}”栏目`)];
  },
};
