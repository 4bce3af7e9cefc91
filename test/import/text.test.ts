// Text import rules on fictional 示例市 documents written for these tests.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../shared/import/import-document';
import { importOfficeHtml } from '../../shared/import/html/office-html';
import { blockText, type Block, type TableBlock } from '../../shared/model/blocks';

const utf8 = (s: string) => new TextEncoder().encode(s);
const shape = (blocks: Block[]) => blocks.map((b) => `${b.type === 'heading' ? `H${b.level}` : b.type === 'paragraph' ? b.role ?? 'body' : b.type}:${blockText(b).slice(0, 12)}`);

const notice = [
  '000123', '', '机密★1年', '', '示例市人民政府办公室', '', '关于印发示例市 2024 年绿化行动方案的通知', '', '示政办发[2024] 12号', '',
  '各区人民政府,市政府各部门:', '', '现将《示例市2024年绿化行动方案》印发给你们,请认真贯彻执行。', '',
  '示例市人民政府办公室', '2024 年 3 月 8 日', '', '(此件公开发布)', '',
  '示例市2024年绿化行动方案', '', '一、总体要求', '', '(一) 工作目标', '', '到年底,全市新增绿地面积达到 120 公顷,各区要把绿化工作纳入',
  '', '12', '', '年度考核,确保完成任务。', '', '1. 加强领导', '', '(1) 建立台账', '', '第一章 总则', '',
  '表 1 绿化任务分解表', '', '区名\t任务\t\t备注', '\t2024年\t2025年\t', '东区\t30\t40\t', '西区\t20\t25\t', '',
  '区名\t任务\t\t备注', '\t2024年\t2025年\t', '', '北区\t10\t15\t新建', '',
  '附件:1. 任务清单', '2. 联系人名单', '',
].join('\n');

describe('text import', () => {
  it('recognises the head, drops 份号 and 密级, keeps the 落款 of a 印发 notice in place and re-joins a page-broken paragraph', () => {
    const result = importDocument(utf8(notice), '示例.txt');
    expect(result.articles).toHaveLength(1);
    const a = result.articles[0]!;
    expect(a.meta).toMatchObject({
      title: '示例市人民政府办公室关于印发示例市2024年绿化行动方案的通知',
      titleLines: ['示例市人民政府办公室', '关于印发示例市2024年绿化行动方案的通知'],
      docNo: '示政办发〔2024〕12号',
      recipients: '各区人民政府，市政府各部门：',
      signer: '示例市人民政府办公室',
      date: '2024-03-08',
      note: '（此件公开发布）',
    });
    expect(a.source?.fields?.title).toMatchObject({ lines: [5, 7] });
    expect(a.source?.fields?.docNo).toMatchObject({ lines: [9] });
    expect(a.source?.fields?.date?.confidence).toBeGreaterThan(0.5);
    const s = shape(a.body);
    expect(s.slice(0, 9)).toEqual([
      'body:现将《示例市2024年绿', 'signature:示例市人民政府办公室', 'date:2024年3月8日', 'note:（此件公开发布）', 'embeddedTitle:示例市2024年绿化行动',
      'H1:一、总体要求', 'H2:（一）工作目标', 'body:到年底，全市新增绿地面积', 'H3:1.加强领导',
    ]);
    expect(blockText(a.body[7]!)).toBe('到年底，全市新增绿地面积达到120公顷，各区要把绿化工作纳入年度考核，确保完成任务。');
    expect(s).toContain('H4:（1）建立台账');
    expect(s).toContain('H1:第一章　总则');
    expect(s).toContain('tableTitle:表1绿化任务分解表');
    expect(s.slice(-2)).toEqual(['attachment:附件：1. 任务清单', 'attachment:2. 联系人名单']);
    expect(JSON.stringify(a)).not.toContain('000123');
    expect(JSON.stringify(a)).not.toContain('机密');
    expect(result.warnings.join()).toMatch(/分页处断开的段落/);
  });

  it('reads a tab table: merged header cells as spans, category rows, repeated header dropped', () => {
    const a = importDocument(utf8(notice), '示例.txt').articles[0]!;
    const table = a.body.find((b) => b.type === 'table') as TableBlock;
    expect(table.headerRows).toBe(2);
    expect(table.children.map((r) => r.children.map((c) => `${blockText(c)}${c.colSpan ? `|c${c.colSpan}` : ''}${c.rowSpan ? `|r${c.rowSpan}` : ''}`))).toEqual([
      ['区名|r2', '任务|c2', '备注|r2'],
      ['2024年', '2025年'],
      ['东区', '30', '40', ''],
      ['西区', '20', '25', ''],
      ['北区', '10', '15', '新建'],
    ]);
  });

  it('keeps the original text with normalize:false', () => {
    const a = importDocument(utf8(notice), '示例.txt', { normalize: false }).articles[0]!;
    expect(a.meta.recipients).toBe('各区人民政府,市政府各部门:');
    expect(a.body.map(blockText)).toContain('(此件公开发布)');
    expect(a.body.map(blockText).join('\n')).toContain('全市新增绿地面积达到 120 公顷,各区');
  });

  it('decodes GB18030 text without a BOM', () => {
    const bytes = iconv.encode('示例市人民政府关于表彰先进集体的决定\n\n示政发〔2024〕3号\n\n各区：\n\n予以表彰。\n', 'gb18030');
    const r = importDocument(new Uint8Array(bytes), 'gbk.txt');
    expect(r.articles[0]!.meta).toMatchObject({ title: '示例市人民政府关于表彰先进集体的决定', docNo: '示政发〔2024〕3号' });
    expect(r.warnings.join()).toMatch(/GB18030/);
  });

  it('reads a speech (date and speaker lines) and a 大事记', () => {
    const speech = importDocument(utf8('在全市 2024 年示例工作会议上的讲话\n\n(2024 年 4 月 2 日)\n\n市 长\n\n同志们：\n\n今天召开会议。\n'), 's.txt').articles[0]!;
    expect(speech.kind).toBe('speech');
    expect(speech.meta).toMatchObject({ title: '在全市2024年示例工作会议上的讲话', date: '2024-04-02', speaker: '市长' });
    expect(shape(speech.body)).toEqual(['speechDate:（2024年4月2日）', 'speaker:市 长', 'body:同志们：', 'body:今天召开会议。']);
    const chronicle = importDocument(utf8('示例市人民政府大事记\n\n(2024年4月)\n\n4月1日 市政府召开常务会议。\n\n4月3-4日 副市长到东区调研,\n\n督导春耕。\n'), 'c.txt').articles[0]!;
    expect(chronicle.kind).toBe('chronicle');
    expect(chronicle.meta.title).toBe('示例市人民政府大事记（2024年4月）');
    expect(shape(chronicle.body)).toEqual(['chronicle:4月1日 市政府召开常务', 'chronicle:4月3-4日 副市长到东']);
    expect(blockText(chronicle.body[1]!)).toBe('4月3-4日 副市长到东区调研，督导春耕。');
  });

  it('keeps a 政策解读 that follows its document in the same article', () => {
    const t = '示例市人民政府关于调整最低工资标准的通知\n\n示政发〔2024〕5号\n\n各区：\n\n现就调整最低工资标准通知如下。\n\n示例市人民政府\n2024年6月1日\n\n（此件公开发布）\n\n《示例市人民政府关于调整最低工资标准的通知》政策解读\n\n一、调整背景\n\n为保障劳动者权益。\n';
    const r = importDocument(utf8(t), 'p.txt');
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.meta.recipients).toBe('各区：');
    expect(shape(r.articles[0]!.body).slice(-3)).toEqual(['embeddedTitle:《示例市人民政府关于调整', 'H1:一、调整背景', 'body:为保障劳动者权益。']);
  });

  it('reads a 人事任免 notice and a 抄送 line', () => {
    const t = '示例市人民政府关于张三等同志职务任免的通知\n\n示政任〔2024〕2号\n\n各区人民政府：\n\n经研究，决定：\n\n任命张三为示例市发展和改革委员会主任；\n\n免去李四的示例市统计局局长职务。\n\n示例市人民政府\n2024年2月1日\n\n抄送：市委办公室。\n';
    const a = importDocument(utf8(t), 'r.txt').articles[0]!;
    expect(a.kind).toBe('appointment');
    expect(shape(a.body)).toEqual(['body:经研究，决定：', 'appointment:任命张三为示例市发展和改', 'appointment:免去李四的示例市统计局局', 'signature:示例市人民政府', 'date:2024年2月1日', 'copyTo:抄送：市委办公室。']);
  });

  it('splits a text with a 目录 into its documents, and never splits with split:false', () => {
    const gazette = [
      '示例市人民政府公报', '', '目 录', '', '示例市人民政府关于甲事项的通知……………(1)', '', '示例市人民政府关于乙事项的通知……………(3)', '',
      '示例市人民政府关于甲事项的通知', '', '示政发〔2024〕1号', '', '各区：', '', '甲事项。', '', '2024年1月2日', '',
      '示例市人民政府关于乙事项的通知', '', '示政发〔2024〕2号', '', '各区：', '', '乙事项。', '', '2024年1月9日', '',
    ].join('\n');
    const split = importDocument(utf8(gazette), 'g.txt');
    expect(split.articles.map((a) => [a.meta.title, a.meta.docNo, a.meta.date])).toEqual([
      ['示例市人民政府关于甲事项的通知', '示政发〔2024〕1号', '2024-01-02'],
      ['示例市人民政府关于乙事项的通知', '示政发〔2024〕2号', '2024-01-09'],
    ]);
    expect(importDocument(utf8(gazette), 'g.txt', { split: false }).articles).toHaveLength(1);
  });
});

describe('HTML pasted from Word/WPS', () => {
  it('cleans Word clipboard HTML into the same blocks', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]-->
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-family:黑体'>一、总体要求<o:p></o:p></span></b></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>（一）<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>工作目标</p>
<p class=MsoNormal>各单位要按时完成,不得延误.<br>确保质量。</p>
<table class=MsoTableGrid border=1><tr><td colspan=2><p>项目</p></td></tr><tr><td rowspan=2><p>甲</p></td><td><p>1</p></td></tr><tr><td><p>2</p></td></tr></table>
<p>示例市人民政府</p><p style='text-align:right'>2024年3月1日</p><p>(此件公开发布)</p></body></html>`;
    const blocks = importOfficeHtml(html);
    expect(shape(blocks)).toEqual(['H1:一、总体要求', 'H2:（一）工作目标', 'body:各单位要按时完成，不得延', 'body:确保质量。', 'table:项目\n甲\t1\n2', 'signature:示例市人民政府', 'date:2024年3月1日', 'note:（此件公开发布）']);
    expect(blockText(blocks[2]!)).toBe('各单位要按时完成，不得延误。');
    const table = blocks[4] as TableBlock;
    expect(table.children[0]!.children[0]!.colSpan).toBe(2);
    expect(table.children[1]!.children[0]!.rowSpan).toBe(2);
    expect(JSON.stringify(blocks)).not.toMatch(/DocumentProperties|MsoNormal|font-family/);
  });
});
