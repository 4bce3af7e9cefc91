// 文号: 〔〕 around a four-digit year, number without 第 or leading zero, ending in 号 (GB/T 9704 §7.2.5;
// TYPESETTING.md §1.5). Checked in the 文号 field and in 文号 cited in the text (《…通知》（国发〔2021〕9号）).
import { patternRule } from '../pattern-rule';
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';

const id = 'doc-no';
const CODE = '\\p{Script=Han}{1,10}';
export const DOC_NO = /^(\p{Script=Han}+)〔(\d{4})〕([1-9]\d*)号$/u;

const patterns = patternRule({
  id,
  patterns: [
    {
      // [2022] 【2022】 (2022) （2022） ［2022］ ﹝2022﹞ between a 代字 and a number
      re: new RegExp(`(?<=${CODE}\\s*)[\\[【(（［﹝〔]\\s*(\\d{4})\\s*[\\]】)）］﹞〕](?=\\s*第?\\s*\\d+\\s*号)`, 'gu'),
      severity: 'error',
      when: (m) => !/^〔\d{4}〕$/.test(m[0]),
      message: (m) => `文号中的年份应使用六角括号“〔${m[1]}〕”，不用“${m[0]}”`,
      fix: (m) => `〔${m[1]}〕`,
    },
    {
      re: /(?<=〔\d{4}〕\s*)第\s*(\d+)\s*(?=号)/gu,
      severity: 'error',
      message: (m) => `文号的序号不加“第”：应为“${Number(m[1])}号”`,
      fix: (m) => String(Number(m[1])),
    },
    {
      re: /(?<=〔\d{4}〕\s*)0+\d+(?=\s*号)/gu,
      severity: 'error',
      message: (m) => `文号的序号不编虚位（不加前导0）：应为“${Number(m[0])}号”`,
      fix: (m) => String(Number(m[0])),
    },
    {
      re: /(?<=\p{Script=Han})〔(\d{2})〕(?=\d+号)/gu,
      severity: 'error',
      message: () => '文号中的年份应写全四位数字',
    },
    {
      // 国发〔2021〕9号《…》: a cited 公文 gives its title first, then the 文号 in brackets
      re: /(?<=\p{Script=Han})〔\d{4}〕[1-9]\d*号(?=[ \u3000]*《)/gu,
      severity: 'warning',
      message: () => '引用公文应先引标题，后引文号：《标题》（文号）',
    },
    {
      // 示政发 〔2022〕 15 号: the spaces inside a 文号
      re: /(?<=\p{Script=Han})[ \t\u3000]+(?=〔\d{4}〕)|(?<=\p{Script=Han}[ \t\u3000]*〔\d{4}〕)[ \t\u3000]+(?=\d+[ \t\u3000]*号)|(?<=〔\d{4}〕[ \t\u3000]*\d+)[ \t\u3000]+(?=号)/gu,
      severity: 'warning',
      message: () => '文号中不应有空格',
      fix: () => '',
    },
  ],
});

export const docNoRule: Rule = {
  id,
  checkUnit(unit, scope) {
    const found = patterns.checkUnit!(unit, scope);
    if (unit.field === 'docNo' && found.length === 0 && !DOC_NO.test(unit.text))
      found.push(findingAt(unit, id, 'warning', 0, unit.text, '文号格式应为“代字〔年份〕序号号”，如“示政发〔2024〕3号”'));
    return found;
  },
  checkArticle({ article, units }) {
    // 代字 consistent with the issuer: an office's documents carry 办 in the 代字, the government's do not.
    const code = article.meta.docNo?.match(/^(\p{Script=Han}+)〔/u)?.[1];
    const issuer = article.meta.signer ?? article.meta.title.match(/^(\S+?)关于/u)?.[1];
    if (!code || !issuer) return [];
    const unit = units.find((u) => u.field === 'docNo')!;
    const officeCode = code.includes('办');
    const officeIssuer = /办公室|办公厅/.test(issuer);
    if (officeCode === officeIssuer) return [];
    const f: Finding = findingAt(
      unit,
      id,
      'warning',
      0,
      code,
      officeCode ? `代字“${code}”是办公室的代字，而发文机关是“${issuer}”` : `发文机关是“${issuer}”，代字“${code}”却不含“办”`,
    );
    return [f];
  },
};
