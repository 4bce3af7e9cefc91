// A 规章's chapter headings (第一章　总则) are centred in 黑体, in the PDF and in the DOCX; a 一、 heading keeps the
// two-character indent of a 公文 heading.
import { describe, expect, test } from 'vitest';
import { heading, paragraph } from '../../shared/model/blocks';
import type { GlyphRun } from '../../shared/typeset/page-tree';
import { geometryOf } from '../../shared/typeset/geometry';
import { getProfile } from '../../shared/profiles';
import { writeDocx } from '../../shared/export/docx/write-docx';
import { attr, bodyParagraphs, first, paraStyle, paraText, readDocx, styleById } from '../docx/read-docx';
import { article, build, filler, issueOf } from './fixture-issue';

const geo = geometryOf(getProfile());

describe('规章 chapter headings', async () => {
  const issue = issueOf([{
    title: '规范性文件',
    articles: [article('a1', '示例市城市公共停车场管理办法', [
      heading(1, '第一章　总则'), paragraph(filler(90)),
      heading(1, '第二章　规划与建设'), paragraph(filler(60, 2)),
      heading(1, '一、工作目标'), paragraph(filler(60, 3)),
    ])],
  }]);
  const { tree } = await build(issue);
  const runs = tree.pages.filter((p) => p.kind === 'body').flatMap((p) => p.items.filter((i): i is GlyphRun => i.kind === 'glyphs'));
  const lineOf = (start: string) => {
    const y = runs.find((r) => r.chars.join('').startsWith(start))!.y;
    const line = runs.filter((r) => Math.abs(r.y - y) < 0.01);
    const left = Math.min(...line.map((r) => r.x));
    const right = Math.max(...line.map((r) => r.x + r.offsets[r.offsets.length - 1]! + r.size));
    return { left, right, font: line[0]!.font };
  };

  test('PDF: centred over the measure, in the 黑体 face; 一、 indented two characters', () => {
    const bodyFont = lineOf(filler(90).slice(0, 4)).font;
    for (const t of ['第一章', '第二章']) {
      const l = lineOf(t);
      expect(Math.abs((l.left + l.right) / 2 - (geo.left + geo.measure / 2))).toBeLessThan(geo.pitch / 2);
      expect(l.font).not.toBe(bodyFont);
      expect(l.font).toBe(lineOf('一、').font);
    }
    expect(lineOf('一、').left).toBeCloseTo(geo.left + 2 * geo.pitch, 1);
  });

  test('DOCX: the chapter style is centred and named 章标题', async () => {
    const docx = readDocx(await writeDocx(issue, tree));
    const paras = bodyParagraphs(docx.xml('word/document.xml'));
    const chapter = paras.find((p) => paraText(p).startsWith('第一章'))!;
    expect(paraStyle(chapter)).toBe('GzChapter');
    const style = styleById(docx.xml('word/styles.xml'), 'GzChapter')!;
    expect(attr(first(style, 'name'), 'val')).toBe('章标题');
    expect(attr(first(style, 'jc'), 'val')).toBe('center');
    expect(paraStyle(paras.find((p) => paraText(p).startsWith('一、'))!)).toBe('GzHeading1');
  });
});
