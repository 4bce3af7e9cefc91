// Chinese text uses full-width punctuation (，：；？！（）。), not ASCII ",:;?!()." (TYPESETTING.md §1.6 rule 3);
// half-width stays inside Latin and digit runs ("12.5", "8:30", "1,000", "RCEP(2022)").
import type { Finding } from '../run-checks';
import { findingAt, isHan, type Rule } from '../rule';
import type { TextUnit } from '../text-units';

const id = 'punctuation-width';
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };
/** Full-width punctuation that marks its neighbour as Chinese text. */
const CJK_PUNCT = /[，。、；：？！“”‘’（）《》〔〕【】…—％]/u;
const ASCII_WORD = /[A-Za-z0-9]/;

const chinese = (ch: string | undefined) => isHan(ch) || (!!ch && CJK_PUNCT.test(ch));

/** The nearest Han or Latin letter (or Chinese mark) on one side, skipping digits, spaces and ASCII marks. */
function nearest(text: string, from: number, step: 1 | -1, cjkParens: Set<number>): 'cjk' | 'latin' | undefined {
  for (let i = from, n = 0; i >= 0 && i < text.length && n < 16; i += step, n++) {
    const ch = text[i]!;
    if (chinese(ch) || cjkParens.has(i)) return 'cjk';
    if (/[A-Za-z]/.test(ch)) return 'latin';
  }
  return undefined;
}

function marks(unit: TextUnit, cjkParens: Set<number>): Finding[] {
  const text = unit.text;
  const found: Finding[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!',;:?!.'.includes(ch)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (ch === '.') {
      // Only a sentence-final stop after Han; "1." list numbers, "12.5" and "..." are not this rule's.
      if (!isHan(prev) || next === '.' || (next !== undefined && /\d/.test(next))) continue;
    } else {
      // 1,000  8:30  a,b  http://  stay; otherwise a mark with Chinese text on either side is Chinese.
      if (ASCII_WORD.test(prev ?? '') && ASCII_WORD.test(next ?? '')) continue;
      if (ch === ':' && next === '/') continue;
      if (nearest(text, i - 1, -1, cjkParens) !== 'cjk' && nearest(text, i + 1, 1, cjkParens) !== 'cjk') continue;
    }
    found.push(findingAt(unit, id, 'error', i, ch, `中文里应使用全角标点“${FULL[ch]}”，不用半角“${ch}”`, FULL[ch]));
  }
  return found;
}

/** ASCII parentheses: a pair that holds Chinese text or follows it becomes （）; a lone one beside Han too. */
function parens(unit: TextUnit): Finding[] {
  const text = unit.text;
  const found: Finding[] = [];
  const open: number[] = [];
  const flag = (i: number) =>
    found.push(findingAt(unit, id, 'error', i, text[i]!, `中文里应使用全角括号“${FULL[text[i]!]}”，不用半角“${text[i]}”`, FULL[text[i]!]));
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' ) open.push(i);
    if (ch !== ')') continue;
    const start = open.pop();
    if (start === undefined) {
      // A lone ")" beside Chinese text, or closing a full-width "（" (（全省平均增幅为30.76%)).
      const before = text.slice(0, i);
      const openWide = (before.match(/（/g) ?? []).length > (before.match(/）/g) ?? []).length;
      if (openWide || chinese(text[i - 1]) || chinese(text[i + 1])) flag(i);
      continue;
    }
    const inner = text.slice(start + 1, i);
    if (/\p{Script=Han}/u.test(inner) || chinese(text[start - 1])) {
      flag(start);
      flag(i);
    }
  }
  for (const start of open) if (chinese(text[start - 1]) || chinese(text[start + 1])) flag(start);
  // A full-width bracket closed by a half-width one (or the reverse) is caught above; keep document order.
  return found.sort((a, b) => a.offset - b.offset);
}

/** Full-width digits in running text: ２０２２ → 2022. */
function wideDigits(unit: TextUnit): Finding[] {
  return [...unit.text.matchAll(/[０-９]+/gu)].map((m) =>
    findingAt(unit, id, 'warning', m.index, m[0], '数字应使用半角阿拉伯数字', m[0].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))),
  );
}

export const punctuationWidthRule: Rule = {
  id,
  checkUnit(unit) {
    if (unit.field === 'docNo') return [];
    const brackets = parens(unit);
    const cjkParens = new Set(brackets.map((f) => f.offset));
    return [...marks(unit, cjkParens), ...brackets, ...wideDigits(unit)];
  },
};
