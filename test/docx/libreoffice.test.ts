// Acceptance against LibreOffice: the corpus issues 000 and 003 (and the fixture, for its landscape table) are laid
// out by the engine, written as PDF and DOCX, and the DOCX converted by soffice — once to PDF, once back to DOCX.
// The converted PDF must keep our page count within 5 %, show every 目录 entry with our number, print that
// number under each title, hold 28 characters a body line and repeat table header rows; LibreOffice's own DOCX
// must keep the merges and header rows.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadIssue } from '../../electron/cli/load-input';
import { writeDocx } from '../../shared/export/docx/write-docx';
import type { Issue } from '../../shared/model/issue';
import type { PageTree } from '../../shared/typeset/page-tree';
import { makeCorpusManifest, SEED_000, SEED_003 } from '../helpers/corpus-manifest';
import { corpusNote, hasCorpus } from '../helpers/paths';
import { engineBuild } from './engine';
import { fixtureIssue } from './fixture-issue';
import { folioOf, hasPoppler, hasSoffice, libreOfficeConvert, pdfPageCount, pdfPages, pdfPageSizes, squeeze } from './libreoffice';
import { all, attr, first, readDocx } from './read-docx';

corpusNote();
if (!hasSoffice) console.warn('跳过 LibreOffice 测试：找不到 soffice');

interface Built {
  name: string;
  issue: Issue;
  tree: PageTree;
  docx: string;
  ourPdf: string;
  loPdf: string;
  loDocx: string;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-docx-lo-'));
const built = new Map<string, Built>();
let conversions: { pdf: string; docx: string } = { pdf: '', docx: '' };

async function build(name: string, issue: Issue): Promise<Built> {
  const { tree, pdf } = await engineBuild(issue);
  const docx = path.join(dir, `${name}.docx`);
  const ourPdf = path.join(dir, 'ours', `${name}.pdf`);
  writeFileSync(docx, await writeDocx(issue, tree));
  mkdirSync(path.dirname(ourPdf), { recursive: true });
  writeFileSync(ourPdf, pdf);
  return { name, issue, tree, docx, ourPdf, loPdf: path.join(dir, 'lo-pdf', `${name}.pdf`), loDocx: path.join(dir, 'lo-docx', `${name}.docx`) };
}

const ready = hasCorpus && hasSoffice && hasPoppler;

beforeAll(async () => {
  if (!ready) return;
  for (const seed of [SEED_000, SEED_003]) built.set(seed.slice(0, 3), await build(seed.slice(0, 3), (await loadIssue(makeCorpusManifest(seed))).issue));
  built.set('fixture', await build('fixture', fixtureIssue()));
  const files = [...built.values()].map((b) => b.docx);
  conversions = {
    pdf: libreOfficeConvert(files, 'pdf', path.join(dir, 'lo-pdf')).output,
    docx: libreOfficeConvert(files, 'docx', path.join(dir, 'lo-docx')).output,
  };
}, 600_000);

/** Text of a 目录 page made comparable: no spaces, no leader dots. */
const tocText = (page: string) => squeeze(page).replace(/[.．…·]{2,}|[.．…·]+(?=[(（])/g, '');

describe.skipIf(!ready)('LibreOffice reads the DOCX', () => {
  test('converts every DOCX to PDF and back to DOCX without error', () => {
    for (const b of built.values()) {
      expect(conversions.pdf, b.name).toContain(`${b.name}.docx -> `);
      expect(pdfPageCount(b.loPdf), b.name).toBeGreaterThan(0);
      expect(readDocx(readFileSync(b.loDocx)).text('word/document.xml').length, b.name).toBeGreaterThan(1000);
    }
    expect(conversions.pdf + conversions.docx).not.toMatch(/Error|error:/);
  });

  for (const name of ['000', '003']) {
    test(`${name}: page count within 5 % of ours`, () => {
      const b = built.get(name)!;
      const ours = pdfPageCount(b.ourPdf);
      const theirs = pdfPageCount(b.loPdf);
      console.log(`${name}: our PDF ${ours} pages, LibreOffice's ${theirs} (${(((theirs - ours) / ours) * 100).toFixed(1)} %)`);
      expect(ours).toBe(b.tree.pages.length);
      expect(Math.abs(theirs - ours) / ours).toBeLessThanOrEqual(0.05);
    });

    test(`${name}: the 目录 lists every document with our page number, and that number is printed under its title`, () => {
      const b = built.get(name)!;
      const pages = pdfPages(b.loPdf);
      const firstBody = pages.findIndex((p) => folioOf(p) !== undefined && !/目\s*录/.test(p));
      const toc = pages.slice(0, firstBody).map(tocText).join('');
      const format = b.issue.profile.toc.pageFormat;
      const missing = b.tree.toc.filter((line) => !toc.includes(squeeze(line.title) + format.replace('{n}', String(line.page))));
      expect(missing.map((l) => `${l.title} (${l.page})`), toc).toEqual([]);
      // The page that shows a title's first characters carries the folio the 目录 gives.
      const misplaced: string[] = [];
      let from = firstBody;
      for (const line of b.tree.toc) {
        const article = b.issue.sections.flatMap((s) => s.articles).find((a) => a.id === line.articleId)!;
        const title = squeeze(article.meta.title);
        const at = pages.findIndex((p, i) => i >= from && squeeze(p).includes(title));
        if (at < 0 || folioOf(pages[at]!) !== line.page) misplaced.push(`${line.title}: page ${at + 1} shows ${at < 0 ? 'nothing' : folioOf(pages[at]!)}, 目录 ${line.page}`);
        if (at >= 0) from = at + 1;
      }
      expect(misplaced).toEqual([]);
    });

    test(`${name}: full body lines hold 28 characters`, () => {
      const b = built.get(name)!;
      const widths = new Map<number, number>();
      for (const page of pdfPages(b.loPdf))
        for (const line of page.split('\n')) {
          const s = squeeze(line);
          if (s.length >= 20 && [...s].every((c) => (c >= '\u3000' && c <= '\u9fff') || (c >= '\uff00' && c <= '\uffef'))) widths.set(s.length, (widths.get(s.length) ?? 0) + 1);
        }
      const sorted = [...widths].sort((x, y) => y[1] - x[1]);
      const near = [...widths].filter(([n]) => n >= 27).reduce((a, [, c]) => a + c, 0);
      console.log(`${name}: all-Chinese line lengths in LibreOffice's PDF ${[...widths].sort((x, y) => x[0] - y[0]).map(([n, c]) => `${n}:${c}`).join(' ')}`);
      expect(sorted[0]![0]).toBe(28);
      expect((widths.get(28) ?? 0) / near).toBeGreaterThan(0.9);
    });
  }

  test('000: tables crossing pages repeat their header rows', () => {
    const b = built.get('000')!;
    // The header row of the 补偿标准 tables: its short cells 序号, 说明, 单位 stand on one line (longer ones wrap).
    const withHead = (pdf: string) => pdfPages(pdf).filter((p) => /序号.*说明.*单位/.test(p)).length;
    const ours = withHead(b.ourPdf);
    const theirs = withHead(b.loPdf);
    console.log(`000: pages showing the 补偿标准 header row: ours ${ours}, LibreOffice ${theirs}`);
    expect(ours).toBeGreaterThan(4);
    expect(theirs).toBeGreaterThanOrEqual(ours - 1);
  });

  test('merged cells and header rows survive LibreOffice reading and writing the DOCX', () => {
    const count = (file: string) => {
      const doc = readDocx(readFileSync(file)).xml('word/document.xml');
      const cells = all(doc, 'tc');
      return {
        tables: all(doc, 'tbl').length,
        restarts: cells.filter((tc) => attr(first(tc, 'vMerge'), 'val') === 'restart').length,
        continues: cells.filter((tc) => first(tc, 'vMerge') && attr(first(tc, 'vMerge'), 'val') !== 'restart').length,
        spans: cells.filter((tc) => Number(attr(first(tc, 'gridSpan'), 'val') ?? 1) > 1).length,
        headerRows: all(doc, 'tr').filter((tr) => first(tr, 'tblHeader') && attr(first(tr, 'tblHeader'), 'val') !== 'false' && attr(first(tr, 'tblHeader'), 'val') !== '0').length,
      };
    };
    for (const b of built.values()) {
      const ours = count(b.docx);
      expect(ours.restarts + ours.spans, b.name).toBeGreaterThan(0);
      expect(count(b.loDocx), b.name).toEqual(ours);
    }
  });

  test('the landscape table comes out on a landscape page', () => {
    const b = built.get('fixture')!;
    const sizes = pdfPageSizes(b.loPdf);
    const landscape = sizes.map(([w, h], i) => (w > h ? i : -1)).filter((i) => i >= 0);
    expect(landscape.length).toBeGreaterThan(0);
    expect(squeeze(pdfPages(b.loPdf)[landscape[0]!]!)).toContain('表2示例市分区指标');
  });
});
