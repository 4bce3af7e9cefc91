// Document styles from the profile, read from the PageTree the PDF is drawn from: 标题 2号 title face centred,
// 文号 centred and solid, heading faces (一、黑体 /（一）楷体), 署名 右空二字 with the date below it two
// characters in (GB/T 9704 §7.3.5.2), dates printed from ISO, 附注 indented, 大事记 hanging indent.
import { describe, expect, test } from 'vitest';
import { heading, paragraph } from '../../shared/model/blocks';
import type { GlyphRun } from '../../shared/typeset/page-tree';
import { article, build, filler, issueOf } from './fixture-issue';

describe('document styles', async () => {
  const issue = issueOf([
    {
      title: '市政府文件',
      articles: [
        article('a1', '示例市人民政府关于做好2024年春耕生产工作的通知', [
          heading(1, '一、总体要求'),
          paragraph(filler(80)),
          heading(2, '（一）明确目标任务'),
          paragraph(filler(60, 2)),
        ], { docNo: '示政发〔2024〕12号', recipients: '各县（市、区）人民政府，市直各部门：', signer: '示例市人民政府', date: '2024-03-05', note: '（此件公开发布）' }),
      ],
    },
    { title: '大事记', articles: [article('a2', '示例市人民政府大事记（2024年2月）', [paragraph(`2月1日　${filler(70)}`, 'chronicle'), paragraph(`2月9日　${filler(50, 3)}`, 'chronicle')])] },
  ]);
  const { tree } = await build(issue);
  const runs = tree.pages.flatMap((p, page) => (p.kind !== 'body' ? [] : p.items).filter((i): i is GlyphRun => i.kind === 'glyphs').map((r) => ({ ...r, page, text: r.chars.join('') })));
  const lineOf = (y: number, page: number) => runs.filter((r) => r.page === page && Math.abs(r.y - y) < 0.5).sort((a, b) => a.x - b.x);
  const find = (s: string) => {
    const r = runs.find((x) => x.text.includes(s));
    if (!r) throw new Error(`no run with ${s}`);
    const line = lineOf(r.y, r.page);
    const last = line[line.length - 1]!;
    return { run: r, line, left: line[0]!.x, right: last.x + last.offsets[last.offsets.length - 1]! + last.advances![last.advances!.length - 1]!, text: line.map((l) => l.text).join('') };
  };
  const left = 28 * (72 / 25.4);
  const measure = 156 * (72 / 25.4);
  const pitch = measure / 28;
  const centre = left + measure / 2;

  test('title: 2号 (22 pt) in the title face, centred, broken by meaning', () => {
    const t = find('春耕生产');
    expect(t.run.size).toBe(22);
    expect(t.run.font).toMatch(/FandolSong-Bold/);
    expect(Math.abs((t.left + t.right) / 2 - centre)).toBeLessThan(1);
  });

  test('文号 centred on its own line, set solid', () => {
    const d = find('〔2024〕');
    expect(d.text).toBe('示政发〔2024〕12号');
    expect(Math.abs((d.left + d.right) / 2 - centre)).toBeLessThan(1);
  });

  test('主送 flush left; headings 一、 in 黑体 and （一） in 楷体, indented two characters', () => {
    expect(find('各县').left).toBeCloseTo(left, 0);
    const h1 = find('一、总体要求');
    expect(h1.run.font).toMatch(/FandolHei/);
    expect(h1.left).toBeCloseTo(left + 2 * pitch, 0);
    expect(find('明确目标任务').run.font).toMatch(/FandolKai/);
  });

  test('署名 右空二字, the date printed from ISO one line below, its first character two characters right of the 署名', () => {
    const signer = runs.find((r) => r.text === '示例市人民政府' && r.size === 16)!;
    const sig = lineOf(signer.y, signer.page);
    const sigRight = sig[sig.length - 1]!.x + sig[sig.length - 1]!.offsets.at(-1)! + sig[sig.length - 1]!.advances!.at(-1)!;
    const date = find('2024年3月5日');
    // The longer of the two ends two characters from the right edge (here the date: 署名 moves left).
    expect(Math.max(sigRight, date.right)).toBeCloseTo(left + measure - 2 * pitch, 0);
    expect(date.text).toBe('2024年3月5日');
    expect(date.run.y - signer.y).toBeCloseTo(tree.pages.length && (225 * (72 / 25.4)) / 22, 0);
    expect(date.left - signer.x).toBeCloseTo(2 * pitch, 0);
  });

  test('附注 below the date, indented two characters', () => {
    const note = find('（此件公开发布）');
    const date = find('2024年3月5日');
    expect(note.run.y).toBeGreaterThan(date.run.y);
    expect(note.left).toBeGreaterThanOrEqual(left + 1.5 * pitch);
  });

  test('大事记 entries hang: continuation lines indented two characters, the date at the margin', () => {
    const first = find('2月1日');
    expect(first.left).toBeCloseTo(left, 0);
    const next = lineOf(first.run.y + (225 * (72 / 25.4)) / 22, first.run.page);
    expect(next[0]!.x).toBeCloseTo(left + 2 * pitch, 0);
  });
});
