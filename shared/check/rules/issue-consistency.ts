// Issue level: imprint fields identical wherever printed (000 prints two different 编辑出版); the 目录 title is
// the body title (a speech's entry may name the speaker); 栏目 from the gazette's list.
import type { Finding } from '../run-checks';
import { squeeze, type Rule } from '../rule';

export const imprintRule: Rule = {
  id: 'imprint',
  checkIssue({ issue }) {
    const found: Finding[] = [];
    const first = new Map<string, string>();
    for (const field of issue.meta.imprint ?? []) {
      const key = squeeze(field.key);
      const seen = first.get(key);
      if (seen === undefined) first.set(key, field.value);
      else if (squeeze(seen) !== squeeze(field.value))
        found.push({ rule: 'imprint', severity: 'error', article: '', block: -1, field: 'imprint', offset: 0, text: `${field.key}：${field.value}`, message: `版权信息“${key}”前后不一致：另一处是“${seen}”` });
    }
    return found;
  },
};

export const tocTitleRule: Rule = {
  id: 'toc-title',
  checkArticle({ article }) {
    const toc = article.meta.tocTitle;
    if (!toc || article.kind === 'speech') return [];
    const norm = (s: string) => squeeze(s).replace(/\(/g, '（').replace(/\)/g, '）');
    if (norm(toc) === norm(article.meta.title)) return [];
    return [{ rule: 'toc-title', severity: 'warning', article: article.id, block: -1, field: 'tocTitle', offset: 0, text: toc, message: `目录标题与正文标题不一致（正文为“${article.meta.title}”）；目录应由正文标题生成`, fix: article.meta.title }];
  },
};

export const sectionListRule: Rule = {
  id: 'section-list',
  checkIssue({ issue, profile }) {
    const list = profile.sections;
    if (!list?.length) return [];
    return issue.sections
      .filter((s) => !list.some((name) => squeeze(name) === squeeze(s.title)))
      .map((s): Finding => ({ rule: 'section-list', severity: 'warning', article: '', block: -1, field: 'section', offset: 0, text: s.title, message: `栏目“${s.title}”不在本刊的栏目表中（${list.join('、')}）` }));
  },
};
