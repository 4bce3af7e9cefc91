// A wide table (10 columns) marked landscape, with its 表题 and 注, between two paragraphs.
import { paragraph, type Block, type TableBlock } from '../../shared/model/blocks';
import { article, filler, issueOf } from './fixture-issue';

const cell = (text: string) => ({ type: 'table-cell' as const, children: [paragraph(text)] });

export function wideTable(rows = 30): TableBlock {
  const head = ['序号', '县（市、区）', '项目名称', '建设内容', '总投资（万元）', '开工时间', '竣工时间', '责任单位', '进度', '备注'];
  const body = Array.from({ length: rows }, (_, r) => [
    String(r + 1), ['示例区', '东城县', '西山县', '南湖区'][r % 4]!, `第${r + 1}号停车场`, '新建停车位及充电桩',
    String(1200 + r * 37), '2024年3月', '2025年6月', '市住房城乡建设局', ['前期', '在建', '完工'][r % 3]!, r % 5 === 0 ? '续建' : '',
  ]);
  return { type: 'table', headerRows: 1, landscape: true, continuedLabel: true, children: [head, ...body].map((row) => ({ type: 'table-row' as const, children: row.map(cell) })) };
}

export function landscapeIssue() {
  const body: Block[] = [
    paragraph(filler(200)),
    { ...paragraph('示例市2024年公共停车场建设项目表'), role: 'tableTitle' },
    wideTable(),
    { ...paragraph('注：总投资含中央和省级补助资金。'), role: 'tableNote' },
    paragraph(filler(120, 2)),
  ];
  return issueOf([{ title: '市政府文件', articles: [article('a1', '示例市人民政府关于加快公共停车场建设的通知', body, { docNo: '示政发〔2024〕5号' })] }]);
}
