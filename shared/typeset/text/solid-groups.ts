// House rules of gazette setting (TYPESETTING.md §3.2): a 文号 (德政发〔2022〕23号), a date (2022年11月3日), a year
// range (2021—2030年), "第11期" and a number with its sign (12.5%) are kept whole on one line and set solid — no
// break, no Han–Latin gap and no justification space inside. A 序号 such as （一） stays with the next character.

export interface Groups {
  /** [start, end) UTF-16 ranges set solid and unbroken */
  solid: Array<[number, number]>;
  /** UTF-16 offsets after which no break may fall (序号 + next character) */
  keepAfter: number[];
}

/** Each pattern with a cheap test that the paragraph can contain it at all. */
const SOLID_PATTERNS: Array<[RegExp, string]> = [
  // 文号: 机关代字 (德政发, 德政办发, 国办函; its first character is not a word of the sentence before it),
  // the year in 〔〕 (or the brackets clerks type by mistake), the number, 号
  [/(?:(?![按据照将经由的和及与在为对把以并见从于是请根印转])[\u4e00-\u9fff]){0,3}[发函字令办电复规通呈报告]\s?[〔[【（(]\d{4}[〕\]】）)]\s?第?\d+号/g, '号'],
  // year ranges and dates
  [/\d{4}\s?[—–\-~～至]\s?\d{4}\s?年?/g, ''],
  [/\d{4}\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?/g, '年'],
  [/\d{1,2}\s?月\s?\d{1,2}\s?日/g, '日'],
  [/[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?/g, '年'],
  // 第11期, 总第47期, 第3条
  [/第\s?\d+\s?[\u4e00-\u9fff]?/g, '第'],
  // numbers with their sign or unit symbol
  [/\d+(?:[.,:]\d+)*\s?[%％‰℃]/g, ''],
];

const ORDINAL = /[（(](?:[一二三四五六七八九十]{1,3}|\d{1,3})[）)]/g;

export function findGroups(text: string): Groups {
  const solid: Array<[number, number]> = [];
  if (/\d|[〇零]/.test(text)) {
    for (const [pattern, needs] of SOLID_PATTERNS) {
      if (needs && !text.includes(needs)) continue;
      for (const m of text.matchAll(pattern)) solid.push([m.index, m.index + m[0].length]);
    }
  }
  const keepAfter: number[] = [];
  if (text.includes('）') || text.includes(')')) {
    for (const m of text.matchAll(ORDINAL)) keepAfter.push(m.index + m[0].length - 1);
  }
  return { solid, keepAfter };
}
