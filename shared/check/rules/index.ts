// Every rule, in the order their findings are listed for one place.
import type { Rule } from '../rule';
import { articleNumberingRule } from './article-numbering';
import { attachmentsRule } from './attachments';
import { datesRule } from './dates';
import { docNoRule } from './doc-no';
import { doubledCharsAllRule, doubledCharsRule } from './doubled-chars';
import { ellipsisDashRule } from './ellipsis-dash';
import { imprintRule, sectionListRule, tocTitleRule } from './issue-consistency';
import { missingGlyphRule } from './missing-glyph';
import { namesRule } from './names';
import { numberingRule } from './numbering';
import { punctuationWidthRule } from './punctuation-width';
import { quotedListCommaRule } from './quoted-list-comma';
import { quotesRule } from './quotes';
import { romanNumeralsRule } from './roman-numerals';
import { sectionCodeRule } from './section-code';
import { structureRule } from './structure';
import { traditionalCharsRule } from './traditional-chars';

export const allRules: Rule[] = [
  docNoRule,
  datesRule,
  punctuationWidthRule,
  quotesRule,
  ellipsisDashRule,
  numberingRule,
  articleNumberingRule,
  structureRule,
  doubledCharsRule,
  doubledCharsAllRule,
  traditionalCharsRule,
  romanNumeralsRule,
  quotedListCommaRule,
  attachmentsRule,
  imprintRule,
  tocTitleRule,
  sectionListRule,
  sectionCodeRule,
  namesRule,
  missingGlyphRule,
];

export const ruleIds = allRules.map((r) => r.id);

/** Chinese names of the rules, for the checks panel and the on/off switches of a checker profile. */
export const ruleTitles: Record<string, string> = {
  'doc-no': '文号格式',
  dates: '日期写法',
  'punctuation-width': '全角标点',
  quotes: '引号',
  'ellipsis-dash': '省略号与破折号',
  numbering: '层次序号',
  'article-numbering': '章节条序号',
  structure: '主送、落款与附注',
  'doubled-chars': '重复字',
  'doubled-chars-all': '重复字（全部，默认关闭）',
  'traditional-chars': '繁体字',
  'roman-numerals': '罗马数字',
  'quoted-list-comma': '引号、书名号间的顿号',
  attachments: '附件说明',
  imprint: '版权信息一致',
  'toc-title': '目录标题',
  'section-list': '栏目表',
  'section-code': '代字与栏目',
  names: '机构与领导姓名',
  'missing-glyph': '印刷字体缺字',
};
