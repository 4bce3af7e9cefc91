// Pagination rules on real layouts of fixture articles: keep-with-next for titles and headings, no single
// line of a paragraph alone at the top or bottom of a page, 署名/日期 never alone on a page, 22 lines a page.
import { describe, expect, test } from 'vitest';
import { heading, paragraph, type Block } from '../../shared/model/blocks';
import { createFontSet } from '../../shared/fonts/font-set';
import { getProfile } from '../../shared/profiles';
import { geometryOf } from '../../shared/typeset/geometry';
import { createContext } from '../../shared/typeset/flow/context';
import { articleFlow } from '../../shared/typeset/flow/article-flow';
import { lineSetter } from '../../shared/typeset/line-setter';
import { paginate } from '../../shared/typeset/paginate';
import type { FlowLine } from '../../shared/typeset/flow/types';
import { article, filler, fonts } from './fixture-issue';

const profile = getProfile();
const geo = geometryOf(profile);
const ctx = createContext(profile, geo, createFontSet(profile, fonts), lineSetter());

/** Lays out one article and tags each flow line with the block it came from. */
function layout(body: Block[], meta = {}) {
  const tagged: Array<{ line: FlowLine; block: number }> = [];
  const flows = articleFlow(ctx, article('x', '示例市人民政府关于加强城市停车场管理的通知', body, meta));
  // Lines of a block share its lines' identity: recover the block by laying out prefixes.
  let seen = 0;
  for (let b = 0; b <= body.length; b++) {
    const n = articleFlow(ctx, article('x', '示例市人民政府关于加强城市停车场管理的通知', body.slice(0, b), {})).length;
    for (; seen < n; seen++) tagged.push({ line: flows[seen]!, block: b - 1 });
  }
  for (; seen < flows.length; seen++) tagged.push({ line: flows[seen]!, block: body.length });
  const pages = paginate([{ articleId: 'x', section: '市政府文件', lines: flows }], { areaHeight: geo.areaHeight, linePitch: geo.linePitch, articleStart: 'new-page' });
  const blockOf = new Map(tagged.map((t) => [t.line, t.block]));
  return pages.map((p) => p.placed.map((pl) => ({ block: blockOf.get(pl.line) ?? -2, spacer: !!pl.line.spacer, y: pl.y })));
}

describe('pagination', () => {
  // Many paragraph lengths, so breaks fall at every position of a paragraph somewhere.
  const body: Block[] = [];
  for (let i = 0; i < 40; i++) {
    if (i % 7 === 3) body.push(heading(i % 2 ? 1 : 2, i % 2 ? '二、加强组织领导' : '（一）明确职责分工'));
    body.push(paragraph(filler(20 + ((i * 37) % 150), i)));
  }
  const pages = layout(body, { signer: '示例市人民政府', date: '2024-03-05' });

  test('a page holds at most 22 grid lines and full pages hold exactly 22', () => {
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(22);
    expect(pages.slice(0, -1).filter((p) => p.length === 22).length).toBeGreaterThan(pages.length / 3);
  });

  test('no paragraph leaves a single line at the bottom or the top of a page', () => {
    for (let k = 0; k + 1 < pages.length; k++) {
      const last = pages[k]!.filter((l) => !l.spacer);
      const next = pages[k + 1]!.filter((l) => !l.spacer);
      const b = last[last.length - 1]!.block;
      if (b !== next[0]!.block) continue; // the break fell between blocks
      expect(last.filter((l) => l.block === b).length, `page ${k + 1} bottom`).toBeGreaterThanOrEqual(2);
      expect(next.filter((l) => l.block === b).length, `page ${k + 2} top`).toBeGreaterThanOrEqual(2);
    }
  });

  test('a heading is never the last line of a page', () => {
    for (let k = 0; k + 1 < pages.length; k++) {
      const last = pages[k]!.filter((l) => !l.spacer);
      const b = last[last.length - 1]!.block;
      expect(body[b]?.type, `page ${k + 1}`).not.toBe('heading');
    }
  });

  test('署名 and 日期 never stand alone on a page', () => {
    // Grow the body line by line so that, in some variant, 署名/日期 would fall at the top of a page.
    let pulled = 0;
    for (let extra = 0; extra < 30; extra++) {
      const variant = [...body.slice(0, 12), paragraph(filler(40 + extra * 28, extra))];
      const ps = layout(variant, { signer: '示例市人民政府', date: '2024-03-05' });
      const lastPage = ps[ps.length - 1]!.filter((l) => !l.spacer);
      expect(lastPage.some((l) => l.block < variant.length), `variant ${extra}`).toBe(true);
      if (ps.length > 1 && lastPage[0]!.block === variant.length - 1 && lastPage.filter((l) => l.block === variant.length - 1).length <= 2) pulled++;
    }
    expect(pulled).toBeGreaterThan(0);
  });
});

describe('附件', () => {
  test('a printed attachment starts on a new page', () => {
    const body: Block[] = [paragraph(filler(60)), paragraph('附件：示例市重点任务分工表', 'attachment'), paragraph('附件', 'attachmentLabel'), paragraph('示例市重点任务分工表', 'embeddedTitle'), paragraph(filler(50, 1))];
    const pages = layout(body, {});
    const where = pages.findIndex((p) => p.some((l) => l.block === 2));
    expect(where).toBeGreaterThan(0);
    expect(pages[where]!.filter((l) => !l.spacer)[0]!.block).toBe(2);
  });
});
