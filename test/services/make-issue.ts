// Issues for the service tests: a fictional 示例市 gazette whose content says which save produced it.
import { paragraph } from '../../shared/model/blocks';
import type { Issue } from '../../shared/model/issue';
import { getProfile } from '../../shared/profiles';

/** An issue marked with `mark` (in meta.backStatement and the last article title), with `articles` articles. */
export function makeIssue(mark: string, articles = 3, paragraphsEach = 20): Issue {
  return {
    formatVersion: 1,
    meta: { name: '示例市人民政府公报', year: 2024, issue: 3, cumulative: 58, backStatement: mark },
    profile: getProfile(),
    sections: [
      {
        id: 's1',
        title: '市政府文件',
        articles: Array.from({ length: articles }, (_, i) => ({
          id: `a${i + 1}`,
          kind: 'document' as const,
          meta: { title: i === articles - 1 ? `关于${mark}的通知` : `示例市关于第${i + 1}项工作的通知` },
          body: Array.from({ length: paragraphsEach }, (_, p) =>
            paragraph(`第${p + 1}段：各区人民政府，市政府各部门要认真落实本通知要求，做好${mark}相关工作。`),
          ),
        })),
      },
    ],
    front: { cover: true, board: true, toc: true },
    back: { backCover: true },
  };
}
