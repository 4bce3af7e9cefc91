// A small fictional issue of 示例市人民政府公报 that exercises every element the DOCX writer knows.
import { heading, paragraph, type TableBlock } from '../../shared/model/blocks';
import { FORMAT_VERSION, type Issue } from '../../shared/model/issue';
import { getProfile } from '../../shared/profiles';
import type { PageTree, TocLine } from '../../shared/typeset/page-tree';

/** 2 header rows (the first with a colSpan, a rowSpan down both), then a rowSpan in the leading column. */
export const indicatorTable: TableBlock = {
  type: 'table',
  headerRows: 2,
  children: [
    {
      type: 'table-row',
      children: [
        { type: 'table-cell', rowSpan: 2, children: [paragraph('领域')] },
        { type: 'table-cell', rowSpan: 2, children: [paragraph('指标')] },
        { type: 'table-cell', colSpan: 2, children: [paragraph('目标值')] },
      ],
    },
    { type: 'table-row', children: [{ type: 'table-cell', children: [paragraph('2025年')] }, { type: 'table-cell', children: [paragraph('2030年')] }] },
    ...Array.from({ length: 12 }, (_, i) => ({
      type: 'table-row' as const,
      children: [
        ...(i % 3 === 0 ? [{ type: 'table-cell' as const, rowSpan: 3, children: [paragraph(`示例领域${i / 3 + 1}`)] }] : []),
        { type: 'table-cell' as const, align: 'left' as const, children: [paragraph(`示例市第${i + 1}项监测指标（%）`)] },
        { type: 'table-cell' as const, children: [paragraph(String(60 + i))] },
        { type: 'table-cell' as const, children: [paragraph(String(70 + i))] },
      ],
    })),
  ],
};

const longParagraph = (n: number) =>
  paragraph(
    `第${n}段：示例市各级行政机关要坚持以人民为中心的发展思想，统筹推进城乡建设、公共服务和生态保护，` +
      '把各项任务落到实处，确保政策措施取得实效，切实增强人民群众的获得感、幸福感和安全感。',
  );

export function fixtureIssue(): Issue {
  return {
    formatVersion: FORMAT_VERSION,
    meta: {
      name: '示例市人民政府公报',
      pinyinName: 'SHILISHI RENMIN ZHENGFU GONGBAO',
      year: 2024,
      issue: 5,
      cumulative: 88,
      publishDate: '2024-05-31',
      periodicity: '月刊',
      motto: ['传达政令', '宣传政策', '指导工作', '服务全市'],
      editorialBoard: [
        { role: '主任', names: ['王示例'] },
        { role: '编委', names: ['李示例', '赵示例', '钱示例'] },
      ],
      imprint: [
        { key: '主管', value: '示例市人民政府' },
        { key: '编辑出版', value: '示例市人民政府办公室' },
        { key: '地址', value: '示例市示例路1号' },
      ],
      backStatement: '《示例市人民政府公报》刊登的规范性文件与正式文件具有同等效力。',
    },
    profile: getProfile(),
    front: { cover: true, board: true, toc: true },
    back: { backCover: true },
    sections: [
      {
        id: 's1',
        title: '市政府文件',
        articles: [
          {
            id: 'a1',
            kind: 'document',
            meta: {
              title: '示例市人民政府关于印发示例市公共服务提升行动方案的通知',
              titleLines: ['示例市人民政府', '关于印发示例市公共服务提升行动方案的通知'],
              docNo: '示政发〔2024〕7号',
              recipients: '各区人民政府，市直各部门：',
              signer: '示例市人民政府',
              date: '2024-03-05',
              note: '（此件公开发布）',
            },
            body: [
              paragraph('现将《示例市公共服务提升行动方案》印发给你们，请认真贯彻执行。'),
              heading(1, '一、总体要求'),
              longParagraph(1),
              heading(2, '（一）基本原则'),
              { type: 'paragraph', children: [{ text: '（二）工作目标。', font: 'kai' }, { text: '到2025年，示例市公共服务体系更加完善。' }] },
              heading(3, '1.加强统筹'),
              heading(4, '（1）明确分工'),
              longParagraph(2),
              paragraph('表1 示例市公共服务主要指标', 'tableTitle'),
              indicatorTable,
              paragraph('备注：指标数据为示例。', 'tableNote'),
              longParagraph(3),
              paragraph('附件：示例市公共服务提升重点任务清单', 'attachment'),
            ],
          },
          {
            id: 'a2',
            kind: 'document',
            meta: { title: '示例市人民政府办公室关于做好示例工作的通知', docNo: '示政办发〔2024〕12号', recipients: '各区人民政府：' },
            body: [
              longParagraph(1),
              longParagraph(2),
              paragraph('示例市人民政府办公室', 'signature'),
              paragraph('2024-04-18', 'date'),
              paragraph('（此件公开发布）', 'note'),
            ],
          },
          {
            id: 'a3',
            kind: 'document',
            meta: { title: '示例市统计局关于示例指标的公告', date: '2024-05-02', signer: '示例市统计局' },
            body: [
              longParagraph(1),
              paragraph('表2 示例市分区指标', 'tableTitle'),
              { ...indicatorTable, landscape: true },
              paragraph('注：横排表格。', 'tableNote'),
              longParagraph(2),
            ],
          },
        ],
      },
      {
        id: 's2',
        title: '大事记',
        articles: [
          {
            id: 'a4',
            kind: 'chronicle',
            meta: { title: '示例市人民政府大事记（2024年4月）', titleLines: ['示例市人民政府大事记', '（2024年4月）'] },
            body: [
              paragraph('4月1日\u3000\u3000示例市召开示例工作会议，部署全年重点任务。', 'chronicle'),
              paragraph('4月9日\u3000\u3000示例市人民政府与示例大学签署合作协议。', 'chronicle'),
            ],
          },
        ],
      },
    ],
  };
}

/** A PageTree-like object with only what writeDocx reads: the engine's 目录 lines and page kinds/folios. */
export function handMadeTree(pages: Record<string, number>): PageTree {
  const issue = fixtureIssue();
  const toc: TocLine[] = issue.sections.flatMap((s) =>
    s.articles.map((a) => ({ section: s.title, articleId: a.id, title: a.meta.title, page: pages[a.id]!, pdfPage: pages[a.id]! + 3 })),
  );
  return { toc, pages: [{ kind: 'toc', folio: null, items: [], articles: [] }] } as unknown as PageTree;
}
