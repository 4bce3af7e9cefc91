// Small issues written for the tests (fictional 示例市), and a helper that lays one out and writes its PDF.
import type { Block } from '../../shared/model/blocks';
import { FORMAT_VERSION, type Article, type Issue } from '../../shared/model/issue';
import { getProfile } from '../../shared/profiles';
import { createFontSource } from '../../electron/services/font-files';
import { layoutIssue, type LayoutOptions } from '../../shared/typeset/layout-issue';
import { writePdf } from '../../shared/export/pdf/write-pdf';
import type { PageTree } from '../../shared/typeset/page-tree';

export const fonts = createFontSource();

export function article(id: string, title: string, body: Block[], meta: Partial<Article['meta']> = {}): Article {
  return { id, kind: 'document', meta: { title, ...meta }, body };
}

export function issueOf(sections: Array<{ title: string; articles: Article[] }>, profileId = 'gbt9704-a4', front = { cover: true, board: false, toc: true }): Issue {
  return {
    formatVersion: FORMAT_VERSION,
    meta: { name: '示例市人民政府公报', year: 2024, issue: 3, cumulative: 58, publishDate: '2024-03', motto: ['传达政令', '宣传政策', '指导工作', '服务全市'] },
    profile: getProfile(profileId),
    sections: sections.map((s, i) => ({ id: `s${i + 1}`, ...s })),
    front,
    back: { backCover: false },
  };
}

export async function build(issue: Issue, options: LayoutOptions = {}): Promise<{ tree: PageTree; pdf: Uint8Array }> {
  const tree = layoutIssue(issue, fonts, options);
  const pdf = await writePdf(tree, fonts);
  return { tree, pdf };
}

/** A paragraph of original filler text of about n characters (the 示例市 world). */
export function filler(n: number, seed = 0): string {
  const parts = ['示例市各级部门要坚持问题导向', '持续优化营商环境', '切实减轻企业负担', '推动政务服务事项网上办理', '提高群众办事便利度', '加强监督检查', '确保各项措施落到实处'];
  let s = '';
  for (let i = seed; s.length < n; i++) s += parts[i % parts.length] + (i % 3 === 2 ? '。' : '，');
  return s.slice(0, n - 1) + '。';
}
