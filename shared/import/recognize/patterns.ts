// The regular expressions behind recognition, in one place so each rule can name what it matched.
const CN_NUM = '[一二三四五六七八九十百零〇]';

/** 文号: 德政发〔2022〕23号, with any bracket style and the spaces PDF extraction leaves. */
export const DOC_NO = /^([\u4e00-\u9fa5A-Za-z]{0,16})\s*[〔\[［【(（]\s*(\d{4}|\d{2}[×X]{2})\s*[〕\]］】)）]\s*(第?\s*(?:\d{1,4}|[×X]{1,3})\s*[号次])/;
/** 成文日期 on its own line: 2022年11月3日 / 2022 年 11 月 3 日 / 二〇二二年十一月三日. */
export const DATE_LINE = /^[（(]?\s*(\d{4}|[一二三四五六七八九〇零○Ｏ]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?$/;
export const BRACKETED = /^[（(].*[）)]$/;
/** A period in brackets under a 大事记 title: (2022年11月). */
export const PERIOD_LINE = /^[（(]\s*\d{4}\s*年[\d\s月—\-－至、]*[）)]$/;
export const NOTE_LINE = /^[（(]\s*(此件|本件|此文|本文|联系人)[^（()）]*[）)]$/;
export const ATTACHMENT = /^附\s*件\s*\d*\s*[:：]/;
export const ATTACHMENT_LABEL = /^附\s*件\s*\d*$/;
export const COPY_TO = /^抄\s*送\s*[:：]/;
export const CHRONICLE = /^\d{1,2}\s*月\s*\d{1,2}(\s*[-—－至~、]\s*\d{1,2})?\s*日/;
export const TABLE_TITLE = /^(附\s*)?表\s*\d+(\s|[:：.．、]|$)/;
export const TABLE_NOTE = /^(备\s*注|注)\s*[:：]/;
export const INTERPRETATION = /(政策解读|的解读|解读)$/;

export const HEADING_RULES: Array<{ level: 1 | 2 | 3 | 4; re: RegExp; rule: string }> = [
  { level: 1, re: new RegExp(`^${CN_NUM}+\\s*、`), rule: '一、' },
  { level: 1, re: new RegExp(`^第${CN_NUM}+章`), rule: '第一章' },
  { level: 2, re: new RegExp(`^[（(]\\s*${CN_NUM}+\\s*[）)]`), rule: '（一）' },
  { level: 2, re: new RegExp(`^第${CN_NUM}+节`), rule: '第一节' },
  { level: 3, re: /^\d{1,2}\s*[.．、](?!\d)/, rule: '1.' },
  { level: 4, re: /^[（(]\s*\d{1,2}\s*[）)]/, rule: '（1）' },
  { level: 4, re: /^[①-⑳]/, rule: '①' },
];
/** Decimal numbering of 应急预案 and procedures: 1 总则 / 3.1 职责 / 3.1.1 …; only short lines. */
export const DECIMAL_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s+\S/;
export const BARE_HEADINGS = /^(前\s*言|附\s*则|总\s*则|序\s*言|引\s*言|结\s*束\s*语|结\s*语)$/;

/** Words a 公文 title ends with (its 文种). */
export const GENRE_END = /(通知|意见|决定|办法|规定|方案|规划|讲话|报告|请示|批复|函|纪要|公告|通告|决议|细则|大事记|措施|命令|通报|议案|条例|规则|计划|要点|意见书|答复|回复|复函|标准|制度|章程|指南|清单|目录|名单|公报|解读|讲稿|致辞|发言|总结|说明|预案|程序|证明书)$/;
/** An organ name alone on a line (the first line of a two-line title). */
export const ORGAN_ONLY = /^[\u4e00-\u9fa5（）()]{2,30}(人民政府|政府|办公室|办公厅|委员会|人大常委会|常委会|局|厅|委|部|院|署|会|中心|公司|银行|党委|党组|市委|州委|县委|省委)$/;
/** Sentence punctuation: a line with these is prose, not a title, signature or heading. */
export const PROSE_PUNCT = /[，。；！？,;!?]/;
/** A line ends a sentence (so the next line starts a new paragraph). */
export const TERMINAL = /[。！？；：:;!?…”’」』】）)》]$/;

export function headingOf(text: string): { level: 1 | 2 | 3 | 4; rule: string } | undefined {
  const t = text.trim();
  for (const h of HEADING_RULES) if (h.re.test(t)) return { level: h.level, rule: h.rule };
  if (BARE_HEADINGS.test(t)) return { level: 1, rule: '前言/附则' };
  const dec = DECIMAL_HEADING.exec(t);
  if (dec && t.length <= 40 && !PROSE_PUNCT.test(t)) {
    const depth = dec[1]!.split('.').length;
    return { level: Math.min(4, depth) as 1 | 2 | 3 | 4, rule: '1.1' };
  }
  return undefined;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4) return Number([...s].map((c) => CN_DIGITS[c] ?? 0).join(''));
  // 十一, 二十, 三十一
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? CN_DIGITS[tens] ?? 1 : 1) * 10 : 0) + (ones ? CN_DIGITS[ones] ?? 0 : 0);
}

/** ISO date from a date line, or undefined when it is not a valid date. */
export function parseDateLine(text: string): string | undefined {
  const m = DATE_LINE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [cnNumber(m[1]!), cnNumber(m[2]!), cnNumber(m[3]!)];
  if (y < 1949 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * 文号 with 〔〕 brackets and no spaces, or undefined. With `normalize` false the 文号 comes back as written (brackets
 * and spaces untouched), so the checker can flag a [2022] or (2022) 文号.
 */
export function parseDocNo(text: string, normalize = true): string | undefined {
  const t = text.trim().replace(/\s*签\s*发\s*人.*$/, '').trim();
  // Court and prison style: （2022）呼狱释字第203号 — kept as printed, brackets unified.
  const court = /^[〔\[［(（]\s*(\d{4})\s*[〕\]］)）]\s*([\u4e00-\u9fa5]{1,12}字?)\s*第\s*(\d{1,6})\s*号$/.exec(t);
  if (court) return normalize ? `（${court[1]}）${court[2]}第${court[3]}号` : t;
  const m = DOC_NO.exec(t);
  if (!m) return undefined;
  // The whole line must be the 文号 (a sentence quoting one is prose).
  if (t.slice(m[0].length).trim().length > 0) return undefined;
  return normalize ? `${m[1]}〔${m[2]}〕${m[3]!.replace(/\s/g, '')}` : t;
}
