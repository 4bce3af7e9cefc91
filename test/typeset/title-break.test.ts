// 标题 lines by meaning (GB/T 9704 §7.3.1): breaks fall before 关于 / 印发 / 的通知-like points, never inside
// 《》 or a number, and no line is wider than the measure.
import { describe, expect, test } from 'vitest';
import { breakTitle } from '../../shared/typeset/flow/title-break';

const em = (s: string) => Array.from(s).reduce((n, c) => n + (/[\x00-\x7f]/.test(c) ? 0.5 : 1), 0);

describe('breakTitle', () => {
  test('a short title stays on one line', () => {
    expect(breakTitle('示例市人民政府关于春耕生产的通知', 19)).toEqual(['示例市人民政府关于春耕生产的通知']);
  });

  test('a long notice breaks at a point of meaning, not at the measure', () => {
    const title = '示例市人民政府办公室关于印发示例市优化营商环境三年行动方案（2024—2026年）的通知';
    const lines = breakTitle(title, 19);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(em(line)).toBeLessThanOrEqual(19);
    // every break lies after the verb of the notice or before a meaningful word, never where the measure forced it
    expect(lines).toEqual(['示例市人民政府办公室关于印发', '示例市优化营商环境三年行动方案', '（2024—2026年）的通知']);
    lines.slice(1).forEach((line, i) => expect(/印发$/.test(lines[i]!) || /^(关于|（|的通知)/.test(line)).toBe(true));
  });

  test('never breaks inside 《》 when another point exists, nor inside a number', () => {
    const title = '示例市人民政府关于废止《示例市城市停车场管理暂行办法》等三件规章的决定';
    const lines = breakTitle(title, 19);
    expect(lines.join('')).toBe(title);
    for (const line of lines) {
      const open = (line.match(/《/g) ?? []).length;
      const close = (line.match(/》/g) ?? []).length;
      expect(open).toBe(close);
    }
    const dated = breakTitle('示例市人民政府关于公布2024年度示例市重点建设项目名单的通知', 12);
    expect(dated.some((l) => /\d$/.test(l) && /^\d/.test(dated[dated.indexOf(l) + 1] ?? ''))).toBe(false);
  });

  test('keeps a bracketed year range, a word and a place name whole', () => {
    // A year range in brackets stays on one line (it fits on one), for every measure tried.
    for (const n of [14, 16, 17, 19]) {
      const lines = breakTitle('示例市人民政府关于印发示例市妇女发展规划（2021—2030年）和示例市儿童发展规划（2021—2030年）的通知', n);
      for (const line of lines) expect((line.match(/（/g) ?? []).length).toBe((line.match(/）/g) ?? []).length);
    }
    // Neither 示例|市 (a place name before its suffix) nor 城|市 (inside a word).
    for (const n of [14, 16, 17, 19]) {
      const lines = breakTitle('示例市人民政府办公室关于印发示例市2024年城市更新重点项目计划的通知', n);
      lines.slice(1).forEach((line, i) => {
        expect(`${lines[i]!.slice(-2)}|${line.slice(0, 1)}`).not.toMatch(/示例\|市|城\|市/);
      });
    }
  });

  test('extraction spaces between Han characters are dropped, clerk line breaks are not needed', () => {
    expect(breakTitle('示例市人民政府关于 春耕生产的通知', 19)).toEqual(['示例市人民政府关于春耕生产的通知']);
  });
});
