// Profile options as the DOCX carries them: 目录 with 文号 lines, article starts (new page, new odd page,
// continue), front matter counted in the page numbers — each checked against the engine's PageTree.
import { expect, test } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { writeDocx } from '../../shared/export/docx/write-docx';
import type { GazetteProfile } from '../../shared/profiles/profile';
import { engineTree } from './engine';
import { fixtureIssue } from './fixture-issue';
import { all, attr, bodyParagraphs, first, hasPageField, paraStyle, paraText, partOf, readDocx } from './read-docx';

async function build(change: Partial<GazetteProfile>) {
  const issue = fixtureIssue();
  issue.profile = { ...issue.profile, ...change };
  const tree = engineTree(issue);
  const docx = readDocx(await writeDocx(issue, tree));
  const doc = docx.xml('word/document.xml');
  const sections = all(doc, 'sectPr');
  /** The section that closes the paragraph holding the title of article n (0-based). */
  const titleSection = (n: number): Element => {
    const titles = bodyParagraphs(doc).filter((p) => paraStyle(p) === 'Title');
    const body = first(doc, 'body')!;
    const nodes = Array.from(body.childNodes) as Element[];
    for (let i = nodes.indexOf(titles[n]!); i < nodes.length; i++) {
      const s = nodes[i]!.localName === 'sectPr' ? nodes[i]! : first(nodes[i]!, 'sectPr');
      if (s) return s;
    }
    throw new Error('no section');
  };
  return { issue, tree, docx, doc, sections, titleSection };
}

test('目录 with 文号: the 文号 line follows its title, the number stays on the title line', async () => {
  const { doc, tree } = await build({ toc: { showDocNo: true, pageFormat: '({n})' } });
  const paragraphs = bodyParagraphs(doc);
  const entry = paragraphs.findIndex((p) => paraStyle(p) === 'GzTocEntry');
  expect(paraText(paragraphs[entry]!)).toBe(`${tree.toc[0]!.title}\t(${tree.toc[0]!.page})`);
  expect(paraStyle(paragraphs[entry + 1]!)).toBe('GzTocDocNo');
  expect(paraText(paragraphs[entry + 1]!)).toBe('示政发〔2024〕7号');
});

test('new-odd-page: documents after the first start on odd-page section breaks at the engine\'s odd folios', async () => {
  const { titleSection, tree } = await build({ articleStart: 'new-odd-page' });
  expect(tree.toc.every((line) => line.page % 2 === 1)).toBe(true);
  for (let n = 1; n < 4; n++) {
    expect(attr(first(titleSection(n), 'type'), 'val')).toBe('oddPage');
    expect(Number(attr(first(titleSection(n), 'pgNumType'), 'start'))).toBe(tree.toc[n]!.page);
  }
});

test('continue: documents run on in continuous sections; only the first restarts the numbering', async () => {
  const { titleSection } = await build({ articleStart: 'continue' });
  expect(attr(first(titleSection(0), 'pgNumType'), 'start')).toBe('1');
  for (const n of [1, 3]) {
    expect(attr(first(titleSection(n), 'type'), 'val')).toBe('continuous');
    expect(attr(first(titleSection(n), 'pgNumType'), 'start')).toBeNull();
  }
});

test('front matter counted: the 目录 shows folios from the number the engine gives it', async () => {
  const { sections, tree, docx } = await build({ pageNumbering: 'all' });
  const tocPage = tree.pages.find((p) => p.kind === 'toc')!;
  expect(tocPage.folio).not.toBeNull();
  const tocSection = sections.find((s) => attr(first(s, 'pgNumType'), 'start') === String(tocPage.folio))!;
  expect(tocSection).toBeDefined();
  for (const type of ['default', 'even'] as const) expect(hasPageField(partOf(docx, tocSection, 'footer', type))).toBe(true);
  // The cover is counted but shows no folio.
  expect(hasPageField(partOf(docx, sections[0]!, 'footer', 'default'))).toBe(false);
});
