// Doubled characters typed by mistake (的的, S0:L215). Doubled function words are almost never right and are
// errors; any other doubled character is far more often two words meeting (学生生活, 工作作风, 局局长), so that
// check ('doubled-chars-all') is off unless a gazette's profile switches it on.
import type { Finding } from '../run-checks';
import { findingAt, type Rule } from '../rule';

/** Function characters whose doubling is a slip, and the words in which the doubling is right. */
const FUNCTION_CHARS = '的和与及并而或但被把向从';
const FUNCTION_EXCEPTIONS = ['目的的', '的的确确', '和和美美', '和和气气'];

/** Reduplicated words that are right as they stand. */
export const ALLOWED_DOUBLES = (
  '常常 人人 天天 县县 家家 户户 事事 处处 时时 年年 月月 日日 个个 层层 级级 村村 乡乡 代代 世世 步步 样样 项项 件件 条条 ' +
  '紧紧 牢牢 实实 扎扎 踏踏 稳稳 好好 早早 久久 渐渐 慢慢 往往 仅仅 刚刚 纷纷 频频 默默 悄悄 轻轻 静静 多多 点点 滴滴 声声 ' +
  '统统 殷殷 谆谆 切切 密密 高高 大大 小小 一一 万万 明明 偏偏 稍稍 略略 足足 整整 生生 岁岁 形形 色色 方方 面面 班班 校校 ' +
  '片片 区区 行行 种种 阵阵 妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 宝宝 星星 谢谢 看看 想想 试试 说说 谈谈'
).split(' ');

function doubles(id: string, severity: 'error' | 'info', pick: (pair: string, text: string, at: number) => boolean): Rule {
  return {
    id,
    enabledByDefault: severity === 'error',
    checkUnit(unit, { profile }) {
      const allowed = new Set([...ALLOWED_DOUBLES, ...(profile.allowDoubled ?? [])]);
      const found: Finding[] = [];
      for (const m of unit.text.matchAll(/(\p{Script=Han})\1/gu)) {
        if (allowed.has(m[0]) || !pick(m[0], unit.text, m.index)) continue;
        const message = severity === 'error' ? `疑似多打了一个“${m[1]}”：“${m[0]}”` : `连续出现“${m[0]}”，请确认不是多打的字`;
        found.push(findingAt(unit, id, severity, m.index, m[0], message, severity === 'error' ? m[1] : undefined));
      }
      return found;
    },
  };
}

const insideException = (text: string, at: number) =>
  FUNCTION_EXCEPTIONS.some((word) => {
    for (let s = Math.max(0, at - word.length + 2); s <= at; s++) if (text.startsWith(word, s)) return true;
    return false;
  });

export const doubledCharsRule = doubles('doubled-chars', 'error', (pair, text, at) => FUNCTION_CHARS.includes(pair[0]!) && !insideException(text, at));
export const doubledCharsAllRule = doubles('doubled-chars-all', 'info', (pair) => !FUNCTION_CHARS.includes(pair[0]!));
