// 代字 → 栏目: a document filed under a 栏目 that does not fit its 文号 (政办发 under 政府文件 …), by the
// profile's map (PRODUCT.md "Beyond the tools" 10). The longest matching 代字 ending wins (政办发 before 政发).
import { findingAt, squeeze, type Rule } from '../rule';

const id = 'section-code';

export function sectionForCode(code: string, map: Record<string, string>): string | undefined {
  const key = Object.keys(map)
    .filter((k) => code.endsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return key === undefined ? undefined : map[key];
}

/** 州政府办文件 and 市政府办公厅文件 are names of the office's 栏目 too. */
export function sectionMatches(title: string, expected: string): boolean {
  const t = squeeze(title);
  const e = squeeze(expected);
  return t.includes(e) || (e === '办公室文件' && /办(公室|公厅)?文件$/u.test(t));
}

export const sectionCodeRule: Rule = {
  id,
  checkArticle({ article, section, units, profile }) {
    const code = article.meta.docNo?.match(/^(\p{Script=Han}+)[〔\[【(（]/u)?.[1];
    // A single source checked on its own has no 栏目 yet.
    if (!code || !profile.codeSections || !section.title.trim()) return [];
    const expected = sectionForCode(code, profile.codeSections);
    if (!expected || sectionMatches(section.title, expected)) return [];
    const unit = units.find((u) => u.field === 'docNo')!;
    return [findingAt(unit, id, 'warning', 0, code, `代字“${code}”的文件通常归入“${expected}”栏目，本文在“${section.title}”栏目`)];
  },
};
