// Builds small issues for the checker tests: fictional 示例市 documents, one article per call.
import { paragraph, type Block } from '../../shared/model/blocks';
import { FORMAT_VERSION, type Article, type ArticleMeta, type Issue } from '../../shared/model/issue';
import { getProfile } from '../../shared/profiles/index';

let next = 0;

export function article(body: Array<Block | string>, meta: Partial<ArticleMeta> = {}, kind: Article['kind'] = 'document'): Article {
  next += 1;
  return {
    id: `t${next}`,
    kind,
    meta: { title: '示例市人民政府关于做好冬季供暖工作的通知', ...meta },
    body: body.map((b) => (typeof b === 'string' ? paragraph(b) : b)),
  };
}

export function issueOf(sections: Array<{ title: string; articles: Article[] }> | Article[], imprint?: Issue['meta']['imprint']): Issue {
  const list = 'id' in (sections[0] ?? {}) ? [{ title: '市人民政府文件', articles: sections as Article[] }] : (sections as Array<{ title: string; articles: Article[] }>);
  const issue: Issue = {
    formatVersion: FORMAT_VERSION,
    meta: { name: '示例市人民政府公报', year: 2024, issue: 3 },
    profile: getProfile(),
    sections: list.map((s, i) => ({ id: `s${i + 1}`, title: s.title, articles: s.articles })),
    front: { cover: false, board: false, toc: false },
    back: { backCover: false },
  };
  if (imprint) issue.meta.imprint = imprint;
  return issue;
}
