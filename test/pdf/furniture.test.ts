// Page furniture read back from the PDF: folios and their side, running heads (even: 刊名 + 期; odd: 栏目),
// none on the cover and on blank pages; numbering from the first document or counting front matter;
// outline, 目录 links, document info; the same input gives the same bytes.
import { describe, expect, test } from 'vitest';
import { heading, paragraph } from '../../shared/model/blocks';
import type { Issue } from '../../shared/model/issue';
import { article, build, filler, issueOf } from '../typeset/fixture-issue';
import { readPdf } from './read-pdf';

function sampleIssue(): Issue {
  const long = (id: string, title: string, n: number) =>
    article(id, title, [heading(1, '一、总体要求'), ...Array.from({ length: n }, (_, i) => paragraph(filler(90 + (i % 5) * 13, i)))], { docNo: `示政发〔2024〕${id.length}号`, signer: '示例市人民政府', date: '2024-03-05', note: '（此件公开发布）' });
  return issueOf([
    { title: '市政府文件', articles: [long('a1', '示例市人民政府关于进一步优化营商环境的通知', 30), long('a2', '示例市人民政府关于做好2024年春耕生产工作的通知', 9)] },
    { title: '市政府办公室文件', articles: [long('a3', '示例市人民政府办公室关于加强城市停车场管理的意见', 14)] },
  ]);
}

const folioOf = (texts: string[]) => texts.map((t) => /^—(\d+)—$/.exec(t)?.[1]).find(Boolean);

describe('page furniture', async () => {
  const issue = sampleIssue();
  issue.profile = { ...issue.profile, articleStart: 'new-odd-page' };
  const { tree, pdf } = await build(issue);
  const doc = await readPdf(pdf);

  test('cover and blank pages carry no folio and no running head', () => {
    expect(tree.pages[0]!.kind).toBe('cover');
    expect(folioOf(doc.pages[0]!.lines.map((l) => l.text))).toBeUndefined();
    const blanks = tree.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === 'blank');
    expect(blanks.length).toBeGreaterThan(0); // new-odd-page start made some
    for (const { i } of blanks) expect(doc.pages[i]!.lines).toEqual([]);
  });

  test('body pages: folio "— N —" outside the type area, odd right and even left, running heads by parity', () => {
    const body = tree.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === 'body');
    expect(body.length).toBeGreaterThan(4);
    const left = 28 * (72 / 25.4);
    const right = left + 156 * (72 / 25.4);
    for (const { p, i } of body) {
      const lines = doc.pages[i]!.lines;
      const folio = lines.find((l) => l.text === `—${p.folio}—`);
      expect(folio, `page ${i + 1}`).toBeDefined();
      expect(folio!.y).toBeGreaterThan(760);
      if (p.folio! % 2 === 1) expect(folio!.right).toBeGreaterThan(right - 18);
      else expect(folio!.x).toBeLessThan(left + 18);
      const head = lines.find((l) => l.y < 90)!;
      if (p.folio! % 2 === 0) expect(head.text).toBe('示例市人民政府公报2024年第3期（总第58期）');
      else expect(['市政府文件', '市政府办公室文件']).toContain(head.text);
    }
    // numbering starts at the first document, which stands on an odd (right-hand) page
    expect(body[0]!.p.folio).toBe(1);
  });

  test('every article starts on an odd page', () => {
    for (const t of tree.toc) expect(t.page % 2).toBe(1);
  });

  test('outline of 栏目 and documents, 目录 links to each article, document info', () => {
    const outline = doc.outline as Array<{ title: string; items: Array<{ title: string }> }>;
    expect(outline.map((o) => o.title)).toEqual(['市政府文件', '市政府办公室文件']);
    expect(outline[0]!.items.map((i) => i.title)).toEqual(['示例市人民政府关于进一步优化营商环境的通知', '示例市人民政府关于做好2024年春耕生产工作的通知']);
    const tocPage = tree.pages.findIndex((p) => p.kind === 'toc') + 1;
    expect(doc.links.filter((l) => l.page === tocPage).map((l) => l.dest)).toEqual(['a1', 'a2', 'a3']);
    expect(doc.info.Subject).toBe('2024年第3期（总第58期）');
    expect(String(doc.info.Title)).toContain('示例市人民政府公报');
  });

  test('the same input gives the same bytes', async () => {
    const fresh = sampleIssue();
    fresh.profile = { ...fresh.profile, articleStart: 'new-odd-page' };
    const again = await build(fresh);
    expect(Buffer.from(again.pdf).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe('numbering and folio options', async () => {
  test('pageNumbering "all" counts the front matter; centred folios', async () => {
    const issue = sampleIssue();
    issue.profile = { ...issue.profile, pageNumbering: 'all', folio: { ...issue.profile.folio, position: 'center' } };
    const { tree, pdf } = await build(issue);
    const doc = await readPdf(pdf);
    const first = tree.pages.findIndex((p) => p.kind === 'body');
    expect(tree.pages[first]!.folio).toBe(first + 1);
    expect(tree.toc[0]!.page).toBe(first + 1);
    const folio = doc.pages[first]!.lines.find((l) => l.text === `—${first + 1}—`)!;
    expect(Math.abs((folio.x + folio.right) / 2 - doc.pages[first]!.width / 2 + (26 - 28) * (72 / 25.4) / 2)).toBeLessThan(3);
  });
});
