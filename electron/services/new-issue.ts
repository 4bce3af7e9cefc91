// A new issue: empty, from a profile; or carried over from the previous issue — 第N期 → N+1 (back to 1
// when the year turns), 总第M期 → M+1, the publication date moved on by the periodicity, the 栏目, 编委会,
// imprint and 办刊宗旨 kept, the documents left out.
import type { Issue } from '../../shared/model/issue';
import type { GazetteProfile } from '../../shared/profiles/profile';

const MONTHS_BY_PERIODICITY: Record<string, number> = { 月刊: 1, 双月刊: 2, 季刊: 3, 半年刊: 6, 年刊: 12 };

export function issueFromProfile(profile: GazetteProfile, today: Date, name = '人民政府公报'): Issue {
  return {
    formatVersion: 1,
    meta: { name, year: today.getFullYear(), issue: 1, periodicity: '月刊' },
    profile,
    sections: [{ id: 's1', title: '政府文件', articles: [] }],
    front: { cover: true, board: true, toc: true },
    back: { backCover: true },
  };
}

export function carryOver(previous: Issue): Issue {
  const meta = { ...previous.meta };
  const months = MONTHS_BY_PERIODICITY[meta.periodicity ?? ''];
  const date = /^(\d{4})-(\d{2})/.exec(meta.publishDate ?? '');
  if (months && date) {
    const index = Number(date[1]) * 12 + Number(date[2]) - 1 + months;
    const year = Math.floor(index / 12);
    meta.publishDate = `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
    meta.issue = year > meta.year ? 1 : meta.issue + 1;
    meta.year = year;
  } else if (months && meta.issue >= 12 / months) {
    // No date to go by, but a 月刊's 第12期 (a 季刊's 第4期) is the last of its year.
    meta.year += 1;
    meta.issue = 1;
  } else {
    meta.issue += 1;
  }
  if (meta.cumulative !== undefined) meta.cumulative += 1;
  return {
    ...previous,
    meta,
    sections: previous.sections.map((s) => ({ ...s, articles: [] })),
    assets: [],
  };
}
