// 标题 broken into lines by meaning (GB/T 9704 §7.3.1): break before 关于 / 印发 / 的通知-like endings or after
// 、 rather than at a fixed width, never inside 《》, brackets or numbers; lines of even length, the
// longest not at the bottom when avoidable (a trapezoid, not an inverted one).
const GOOD_BEFORE: Array<[RegExp, number]> = [
  [/^关于/, 0],
  [/^(印发|转发|批转|公布|发布|调整|做好|进一步|加强|开展|实施)/, 2],
  [/^的(通知|决定|意见|批复|通告|公告|报告|函|命令|办法|规定|决议|方案|规划|请示)/, 1],
  [/^(通知|决定|意见|批复|通告|公告|报告|办法|规定|方案|规划|实施细则|若干措施)$/, 3],
  [/^[（(]/, 3],
  [/^(和|及|与|暨|等)/, 4],
  [/^《/, 3],
];
const OPEN = '《（(〔【“';
const CLOSE = '》）)〕】”';

// Word boundaries from the platform's dictionary segmenter (ICU: 示例/市/人民政府/…): a break inside a word
// (示例|市, 城|市) reads far worse than one between words. Absent Intl.Segmenter, every position is a boundary.
// Made on first use: loading ICU's dictionary costs ~8 ms, paid only when a title needs breaking.
let segmenterMade: Intl.Segmenter | null | undefined;
const wordSegmenter = () =>
  (segmenterMade ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null);

/** wordStart[i]: a word starts at code point i. */
function wordStarts(chars: string[]): boolean[] {
  const segmenter = wordSegmenter();
  const starts = chars.map(() => !segmenter);
  if (!segmenter) return starts;
  const unitToChar = new Map<number, number>();
  let unit = 0;
  chars.forEach((c, i) => {
    unitToChar.set(unit, i);
    unit += c.length;
  });
  for (const s of segmenter.segment(chars.join(''))) {
    const i = unitToChar.get(s.index);
    if (i !== undefined) starts[i] = true;
  }
  return starts;
}

function penaltyAt(chars: string[], i: number, wordStart: boolean): number {
  const rest = chars.slice(i).join('');
  const prev = chars[i - 1] ?? '';
  if (/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z年月日号期]/.test(chars[i] ?? '')) return Infinity;
  if (CLOSE.includes(chars[i] ?? '') || OPEN.includes(prev) || /[，、。；：]/.test(chars[i] ?? '')) return Infinity;
  // Inside 《…》 or （…） (a title within the title, a year range 2021—2030年): keep together when possible.
  let depth = 0;
  for (const c of chars.slice(0, i)) {
    if (c === '《' || c === '（' || c === '(') depth++;
    else if (c === '》' || c === '）' || c === ')') depth--;
  }
  const inBook = depth > 0 ? 40 : 0;
  if (/[、，]/.test(prev)) return 1 + inBook;
  // After the verb of a 印发/转发 notice the name of the document begins: a natural break.
  if (/(印发|转发|批转|公布|废止|修改)$/.test(chars.slice(Math.max(0, i - 2), i).join(''))) return 1 + inBook;
  for (const [re, p] of GOOD_BEFORE) if (re.test(rest)) return p + inBook;
  // The segmenter cuts a place name before its administrative suffix (示例/市, 德宏/州): that is inside the name.
  const suffix = /^[市州县区省盟旗镇乡]/.test(rest) && /[\u4e00-\u9fff]/.test(prev);
  return (wordStart && !suffix ? 15 : 30) + inBook;
}

/** Width of a character in ems: digits and Latin letters are half width. */
const emWidth = (c: string) => (/[\x00-\x7f]/.test(c) ? 0.5 : 1);

/** Lines of a title; `maxChars` is how many Han characters a line holds at the title size. */
export function breakTitle(title: string, maxChars: number): string[] {
  const chars = Array.from(title.replace(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/g, '').trim());
  const at = [0];
  for (const c of chars) at.push(at[at.length - 1]! + emWidth(c));
  const width = (from: number, to: number) => at[to]! - at[from]!;
  const total = width(0, chars.length);
  if (total <= maxChars) return [chars.join('')];
  const lineCount = Math.ceil(total / maxChars);
  const starts = wordStarts(chars);
  const penalties = chars.map((_, i) => (i === 0 ? Infinity : penaltyAt(chars, i, starts[i]!)));
  let best: { cost: number; cuts: number[] } = { cost: Infinity, cuts: [] };
  // Try line counts n and n+1; dynamic programming over cut positions.
  for (const lines of [lineCount, lineCount + 1]) {
    const ideal = total / lines;
    const memo = new Map<string, { cost: number; cuts: number[] }>();
    const solve = (from: number, left: number): { cost: number; cuts: number[] } => {
      const key = `${from}:${left}`;
      const known = memo.get(key);
      if (known) return known;
      let result = { cost: Infinity, cuts: [] as number[] };
      if (left === 1) {
        const len = width(from, chars.length);
        if (len <= maxChars) result = { cost: ((len - ideal) / 2) ** 2 + (len > ideal + 1 ? 4 : 0), cuts: [] };
      } else {
        for (let to = from + 1; to < chars.length && width(from, to) <= maxChars; to++) {
          const p = penalties[to]!;
          if (!Number.isFinite(p)) continue;
          const sub = solve(to, left - 1);
          const len = width(from, to);
          const cost = sub.cost + p * 3 + ((len - ideal) / 2) ** 2;
          if (cost < result.cost) result = { cost, cuts: [to, ...sub.cuts] };
        }
      }
      memo.set(key, result);
      return result;
    };
    const r = solve(0, lines);
    const cost = r.cost + (lines - lineCount) * 20;
    if (cost < best.cost) best = { cost, cuts: r.cuts };
  }
  if (!Number.isFinite(best.cost)) {
    const out: string[] = [];
    let start = 0;
    for (let i = 0; i < chars.length; i++) {
      if (i > start && width(start, i + 1) > maxChars) {
        out.push(chars.slice(start, i).join(''));
        start = i;
      }
    }
    out.push(chars.slice(start).join(''));
    return out;
  }
  const bounds = [0, ...best.cuts, chars.length];
  return bounds.slice(0, -1).map((b, i) => chars.slice(b, bounds[i + 1]).join(''));
}
