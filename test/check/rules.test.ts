// Fixture tables per rule: texts that must be flagged (with the quoted text and, where there is one, the text
// after the checker's own fix) and texts that must not be. All text is written for the project (示例市).
import { describe, expect, it } from 'vitest';
import { applyFixes, runChecks, type Finding } from '../../shared/check/run-checks';
import { blockText } from '../../shared/model/blocks';
import { article, issueOf } from './issue-of';

interface Case {
  text: string;
  /** The quoted text of the first finding of this rule */
  quoted?: string;
  /** The paragraph after applyFixes with this rule's findings */
  fixed?: string;
  severity?: Finding['severity'];
}

const table: Record<string, { flagged: Case[]; clean: string[] }> = {
  'doc-no': {
    flagged: [
      { text: '根据《示例市人民政府关于加强供暖管理的通知》（示政发[2022]7号）要求。', quoted: '[2022]', fixed: '根据《示例市人民政府关于加强供暖管理的通知》（示政发〔2022〕7号）要求。', severity: 'error' },
      { text: '按照示政办发【2023】12号文件执行。', quoted: '【2023】', fixed: '按照示政办发〔2023〕12号文件执行。' },
      { text: '见示政发（2021）3号。', quoted: '（2021）', fixed: '见示政发〔2021〕3号。' },
      { text: '依据示政发〔2022〕第15号办理。', quoted: '第15', fixed: '依据示政发〔2022〕15号办理。' },
      { text: '依据示政发〔2022〕015号办理。', quoted: '015', fixed: '依据示政发〔2022〕15号办理。' },
      { text: '依据示政发 〔2022〕 15号办理。', quoted: ' ', fixed: '依据示政发〔2022〕15号办理。', severity: 'warning' },
      { text: '依据示政发〔22〕15号办理。', quoted: '〔22〕', severity: 'error' },
      { text: '根据示政发〔2022〕7号《示例市人民政府关于加强供暖管理的通知》要求。', quoted: '〔2022〕7号', severity: 'warning' },
    ],
    clean: ['依据示政发〔2022〕15号办理。', '本办法自2024年1月1日起施行，有效期[2]年。', '（示政办规〔2024〕1号）'],
  },
  dates: {
    flagged: [
      { text: '本通知自2024年03月05日起施行。', quoted: '2024年03月05日', fixed: '本通知自2024年3月5日起施行。', severity: 'error' },
      { text: '会议于2024 年 5 月 8 日召开。', quoted: '2024 年 5 月 8 日', fixed: '会议于2024年5月8日召开。' },
      { text: '《示例市养老服务发展规划（2021-2025年）》', quoted: '2021-2025', fixed: '《示例市养老服务发展规划（2021—2025年）》' },
      { text: '实施期限为2024年-2026年。', quoted: '2024年-2026', fixed: '实施期限为2024年—2026年。' },
      { text: '集中整治时间为3月1日-15日。', quoted: '3月1日-15', fixed: '集中整治时间为3月1日—15日。' },
      { text: '示例市2024年11月-12月大事记', quoted: '11月-12', fixed: '示例市2024年11月—12月大事记' },
      { text: '截至2023年2月30日。', quoted: '2023年2月30日', severity: 'error' },
    ],
    clean: ['本通知自2024年3月5日起施行。', '2021—2030年', '联系电话：0691-2123456', '完成率达到98.5%，较2023年提高2个百分点。', '2024年2月29日', '编号为2021-2025-3的项目', '2024年\t11月'],
  },
  'punctuation-width': {
    flagged: [
      { text: '各区县人民政府,市直各部门:', quoted: ',', fixed: '各区县人民政府，市直各部门：', severity: 'error' },
      { text: '加强组织领导;落实工作责任.', quoted: ';', fixed: '加强组织领导；落实工作责任。' },
      { text: '示例市民政局(以下简称市民政局)负责', quoted: '(', fixed: '示例市民政局（以下简称市民政局）负责' },
      { text: '占比达到20%,比上年提高', quoted: ',', fixed: '占比达到20%，比上年提高' },
      { text: '（全省平均增幅为30.76%);5. 建档立卡', quoted: ')', fixed: '（全省平均增幅为30.76%）；5. 建档立卡' },
      { text: '共安排资金２０２４万元', quoted: '２０２４', fixed: '共安排资金2024万元', severity: 'warning' },
    ],
    clean: ['投入资金1,000万元，完成率12.5%。', '每天8:30开始办公。', '网址：http://www.shili.gov.cn', '推进RCEP(Regional Comprehensive Economic Partnership)合作', '1.加强领导。'],
  },
  quotes: {
    flagged: [
      { text: '打造"一部手机办事通"服务', quoted: '"', fixed: '打造“一部手机办事通”服务', severity: 'error' },
      { text: '推行"最多跑一次改革', quoted: '"', severity: 'warning' },
      { text: '落实“四个不摘要求。', quoted: '“', severity: 'warning' },
    ],
    clean: ['落实“四个不摘”要求。', 'He said "yes" in English.', "Xi'an 是地名"],
  },
  'ellipsis-dash': {
    flagged: [
      { text: '包括供水、供气、供暖...等', quoted: '...', fixed: '包括供水、供气、供暖……等', severity: 'error' },
      { text: '包括供水、供气、供暖…等', quoted: '…', fixed: '包括供水、供气、供暖……等' },
      { text: '包括供水、供气、供暖。。。等', quoted: '。。。', fixed: '包括供水、供气、供暖……等' },
      { text: '目标--到2025年基本建成', quoted: '--', fixed: '目标——到2025年基本建成' },
      { text: '──群众获得感明显增强。', quoted: '──', fixed: '——群众获得感明显增强。', severity: 'warning' },
    ],
    clean: ['包括供水、供气、供暖……等', '——群众获得感明显增强。', '编号为A--B的设备', '2021—2030年'],
  },
  structure: {
    flagged: [{ text: '抄送：市委办公室，市人大常委会办公室', quoted: '室', fixed: '抄送：市委办公室，市人大常委会办公室。', severity: 'warning' }],
    clean: ['抄送：市委办公室，市人大常委会办公室。', '正文中提到抄送：这一做法'],
  },
  'quoted-list-comma': {
    flagged: [
      { text: '抓好“米袋子”、“菜篮子”工程', quoted: '、', fixed: '抓好“米袋子”“菜篮子”工程', severity: 'warning' },
      { text: '学习《示例市条例》、《示例市办法》', quoted: '、', fixed: '学习《示例市条例》《示例市办法》' },
    ],
    clean: ['抓好“米袋子”“菜篮子”工程', '学习《示例市条例》（2020年修订）、《示例市办法》', '供水、供气、供暖'],
  },
  'traditional-chars': {
    flagged: [
      { text: '依法保障未成年人受教育的權利。', quoted: '權', fixed: '依法保障未成年人受教育的权利。', severity: 'error' },
      { text: '示例市發展和改革委員會', quoted: '發', fixed: '示例市发展和改革委员会' },
    ],
    clean: ['依法保障未成年人受教育的权利。', '著名作家', '乾隆年间', '瞭望台'],
  },
  'doubled-chars': {
    flagged: [
      { text: '加强慢性病的的管理', quoted: '的的', fixed: '加强慢性病的管理', severity: 'error' },
      { text: '市场监管和和质量提升', quoted: '和和', fixed: '市场监管和质量提升' },
    ],
    clean: ['常常深入基层', '人人参与', '县县有中心', '达到目的的手段', '工作作风', '学生生活', '州财政局局长'],
  },
  'roman-numerals': {
    flagged: [{ text: 'Ⅰ类水质断面3个，II类水质断面5个，Ⅲ类2个。', quoted: 'II', fixed: 'Ⅰ类水质断面3个，Ⅱ类水质断面5个，Ⅲ类2个。', severity: 'warning' }],
    clean: ['Ⅰ类水质断面3个，Ⅱ类水质断面5个。', 'I类3个，II类5个，III类2个。', 'Windows XP 系统'],
  },
};

function checkOne(rule: string, text: string) {
  const issue = issueOf([article([text])]);
  const found = runChecks(issue).filter((f) => f.rule === rule);
  return { issue, found };
}

describe.each(Object.entries(table))('rule %s', (rule, { flagged, clean }) => {
  it.each(flagged)('flags $text', ({ text, quoted, fixed, severity }) => {
    const { issue, found } = checkOne(rule, text);
    expect(found.length).toBeGreaterThan(0);
    const first = found[0]!;
    if (quoted !== undefined) expect(first.text).toBe(quoted);
    expect(text.slice(first.offset, first.offset + first.text.length)).toBe(first.text);
    expect(first.message).toMatch(/\p{Script=Han}/u);
    if (severity) expect(first.severity).toBe(severity);
    if (fixed !== undefined) {
      const after = applyFixes(issue, found);
      expect(blockText(after.sections[0]!.articles[0]!.body[0]!)).toBe(fixed);
      // The fixed text passes the same rule.
      expect(runChecks(after).filter((f) => f.rule === rule)).toEqual([]);
    } else expect(found.every((f) => f.fix === undefined)).toBe(true);
  });
  it.each(clean)('leaves %s alone', (text) => {
    expect(checkOne(rule, text).found).toEqual([]);
  });
});
