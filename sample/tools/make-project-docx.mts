// Writes sample/docs/07-chengshi-gengxin-xiangmu.docx, the sample's Word document: a 示例市 notice whose 附件 is a
// wide project table in a landscape section, as offices send them. Run: npx tsx sample/tools/make-project-docx.mts
// (the .docx is committed; this script says how it was made).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const here = path.dirname(fileURLToPath(import.meta.url));
const fang = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const p = (text: string, opts: { size?: number; center?: boolean; bold?: boolean; font?: string } = {}) =>
  new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, size: opts.size ?? 32, bold: opts.bold ?? false, font: opts.font ? { eastAsia: opts.font } : fang })],
  });

const head = ['序号', '区（县）', '项目名称', '建设内容', '总投资（万元）', '2024年计划投资（万元）', '开工时间', '完工时间', '责任单位'];
const districts = ['东城区', '西湖区', '南山县', '北塘县'];
const kinds = [
  ['老旧小区改造', '外墙保温、管网更新、加装电梯'],
  ['口袋公园建设', '绿化、步道、休憩设施'],
  ['背街小巷整治', '路面、排水、照明'],
  ['公共停车场', '停车位及充电设施'],
];
const rows = Array.from({ length: 24 }, (_, i) => {
  const [name, content] = kinds[i % kinds.length]!;
  return [String(i + 1), districts[i % districts.length]!, `${districts[i % districts.length]}${name}（${Math.floor(i / 4) + 1}期）`, content!,
    String(800 + i * 135), String(300 + i * 52), `2024年${(i % 9) + 2}月`, `2025年${(i % 11) + 1}月`, `${districts[i % districts.length]}人民政府`];
});
const cell = (text: string, header: boolean) => new TableCell({ children: [p(text, { size: 21, center: true, bold: header, ...(header ? { font: '黑体' } : {}) })] });
const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [head, ...rows].map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((t) => cell(t, i === 0)) })),
});

const A4 = { width: 11906, height: 16838 };
const doc = new Document({
  sections: [
    {
      properties: { page: { size: A4, margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
      children: [
        p('示例市人民政府办公室关于印发示例市2024年城市更新重点项目计划的通知', { size: 44, center: true, font: '方正小标宋简体' }),
        p('示政办发〔2024〕9号', { center: true }),
        p('各区（县）人民政府，市政府各部门：'),
        p('    经市人民政府同意，现将《示例市2024年城市更新重点项目计划》印发给你们，请结合实际认真组织实施。各责任单位要倒排工期、挂图作战，每月5日前将项目进展情况报送市住房城乡建设局。'),
        p('    附件：示例市2024年城市更新重点项目计划表'),
        p('示例市人民政府办公室', { center: false }),
        p('2024年3月12日'),
        p('（此件公开发布）'),
      ],
    },
    {
      properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1587, bottom: 1474, left: 2098, right: 1984 } } },
      children: [
        p('附件', { font: '黑体' }),
        p('示例市2024年城市更新重点项目计划表', { center: true, font: '黑体' }),
        table,
        p('注：总投资含中央、省级补助资金和区（县）配套资金。', { size: 28 }),
      ],
    },
  ],
});

const out = path.join(here, '../docs/07-chengshi-gengxin-xiangmu.docx');
writeFileSync(out, await Packer.toBuffer(doc));
console.log(out);
