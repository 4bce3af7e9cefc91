// The DOCX read back as XML: styles and fonts, sections (page, margins, grid, numbering), footers with PAGE
// fields, running heads, the 目录's PAGEREF fields to bookmarked titles, tables, 署名/成文日期 — for the
// fixture issue laid out by the real engine.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { writeDocx } from '../../shared/export/docx/write-docx';
import type { PageTree } from '../../shared/typeset/page-tree';
import { engineTree } from './engine';
import { fixtureIssue } from './fixture-issue';
import { all, attr, bodyParagraphs, first, hasPageField, kids, paraStyle, paraText, partOf as partOfDocx, readDocx, styleById, type DocxParts } from './read-docx';

let docx: DocxParts;
let tree: PageTree;

beforeAll(async () => {
  const issue = fixtureIssue();
  tree = engineTree(issue);
  docx = readDocx(await writeDocx(issue, tree));
});

const styleName = (id: string) => attr(first(styleById(docx.xml('word/styles.xml'), id)!, 'name'), 'val');
const stylesByName = () => new Map(all(docx.xml('word/styles.xml'), 'style').map((s) => [attr(first(s, 'name'), 'val')!, s]));

describe('styles', () => {
  test('every element has a named paragraph style with East Asian and Latin fonts by installed name', () => {
    const byName = stylesByName();
    const expected: Record<string, string> = {
      Normal: '仿宋_GB2312', // 正文 (Word shows Normal as 正文)
      Title: '方正小标宋简体', // 标题
      文号: '仿宋_GB2312',
      主送: '仿宋_GB2312',
      一级标题: '黑体',
      二级标题: '楷体_GB2312',
      三级标题: '仿宋_GB2312',
      四级标题: '仿宋_GB2312',
      附件说明: '仿宋_GB2312',
      署名: '仿宋_GB2312',
      成文日期: '仿宋_GB2312',
      附注: '仿宋_GB2312',
      表格文字: '仿宋_GB2312',
      表头文字: '黑体',
      表格标题: '黑体',
      目录标题: '方正小标宋简体',
      目录栏目: '黑体',
      目录条目: '仿宋_GB2312',
      栏目: '黑体',
      大事记: '仿宋_GB2312',
      书眉: '宋体',
      页码: '宋体',
    };
    for (const [name, eastAsia] of Object.entries(expected)) {
      const style = byName.get(name);
      expect(style, name).toBeDefined();
      expect(attr(style, 'type'), name).toBe('paragraph');
      const fonts = first(style!, 'rFonts');
      expect(attr(fonts, 'eastAsia'), name).toBe(eastAsia);
      expect(attr(fonts, 'ascii'), name).toBe('Times New Roman');
      expect(attr(fonts, 'hAnsi'), name).toBe('Times New Roman');
    }
  });

  test('character styles per font role, used by a run set in another role (（二） in 楷体)', () => {
    const byName = stylesByName();
    for (const [name, eastAsia] of [['黑体字', '黑体'], ['楷体字', '楷体_GB2312'], ['仿宋字', '仿宋_GB2312'], ['小标宋字', '方正小标宋简体']]) {
      const style = byName.get(name!);
      expect(attr(style, 'type'), name).toBe('character');
      expect(attr(first(style!, 'rFonts'), 'eastAsia'), name).toBe(eastAsia);
    }
    const kaiRun = all(docx.xml('word/document.xml'), 'r').find((r) => paraText(r) === '（二）工作目标。');
    expect(attr(first(kaiRun!, 'rStyle'), 'val')).toBe(attr(byName.get('楷体字'), 'styleId'));
  });

  test('body text: 三号 with −5 tracking (28 a line), exact 579 line height, 2-character first-line indent', () => {
    const normal = styleById(docx.xml('word/styles.xml'), 'Normal')!;
    expect(attr(normal, 'default')).toMatch(/^(1|true)$/);
    expect(attr(first(normal, 'sz'), 'val')).toBe('32');
    const rPr = first(normal, 'rPr')!;
    expect(attr(kids(rPr, 'spacing')[0], 'val')).toBe('-5');
    const spacing = kids(first(normal, 'pPr')!, 'spacing')[0];
    expect([attr(spacing, 'line'), attr(spacing, 'lineRule')]).toEqual(['579', 'exact']);
    // 2 字 of (320 − 5) twips
    expect(attr(first(normal, 'ind'), 'firstLine')).toBe('630');
  });

  test('outline levels: 栏目 0, document title 1, headings below; larger type does not snap to the grid', () => {
    const styles = docx.xml('word/styles.xml');
    const level = (id: string) => attr(first(styleById(styles, id)!, 'outlineLvl'), 'val');
    expect(level('GzSection')).toBe('0');
    expect(level('Title')).toBe('1');
    expect(level('GzHeading1')).toBe('3');
    expect(level('GzHeading4')).toBe('6');
    expect(first(styleById(styles, 'Normal')!, 'outlineLvl')).toBeUndefined();
    expect(attr(first(styleById(styles, 'Title')!, 'snapToGrid'), 'val')).toBe('0');
    expect(first(styleById(styles, 'Normal')!, 'snapToGrid')).toBeUndefined();
  });

  test('no fonts embedded', () => {
    expect(Object.keys(docx.files).filter((name) => /fonts\/|\.odttf$/i.test(name))).toEqual([]);
    expect(docx.text('word/fontTable.xml')).not.toMatch(/embed(Regular|Bold)/);
  });
});

/** Section properties in order, each with the paragraphs and tables it closes. */
function sections(): Array<{ sectPr: Element; blocks: Element[] }> {
  const body = first(docx.xml('word/document.xml'), 'body')!;
  const out: Array<{ sectPr: Element; blocks: Element[] }> = [];
  let blocks: Element[] = [];
  for (const node of Array.from(body.childNodes) as Element[]) {
    if (node.localName === 'sectPr') out.push({ sectPr: node, blocks });
    if (node.localName !== 'p' && node.localName !== 'tbl') continue;
    blocks.push(node);
    const sectPr = node.localName === 'p' ? first(first(node, 'pPr') ?? node, 'sectPr') : undefined;
    if (sectPr && first(node, 'pPr') && sectPr.parentNode === first(node, 'pPr')) {
      out.push({ sectPr, blocks });
      blocks = [];
    }
  }
  return out;
}

const partOf = (sectPr: Element, kind: 'header' | 'footer', type: 'default' | 'even') => partOfDocx(docx, sectPr, kind, type);

describe('sections', () => {
  test('A4 in twips, GB/T 9704 margins, line grid 579; landscape only where the table asks', () => {
    const all = sections();
    expect(all.length).toBeGreaterThan(6);
    let landscape = 0;
    for (const { sectPr } of all) {
      const size = first(sectPr, 'pgSz')!;
      const margin = first(sectPr, 'pgMar')!;
      const grid = first(sectPr, 'docGrid')!;
      expect([attr(grid, 'type'), attr(grid, 'linePitch')]).toEqual(['lines', '579']);
      if (attr(size, 'orient') === 'landscape') {
        landscape++;
        expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['16838', '11906']);
        continue;
      }
      expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838']);
      expect(['top', 'bottom', 'left', 'right'].map((side) => attr(margin, side))).toEqual(['2098', '1984', '1587', '1474']);
    }
    expect(landscape).toBe(1);
    const rotated = all.find((s) => attr(first(s.sectPr, 'pgSz'), 'orient') === 'landscape')!;
    // The table travels with its title and note, and the section ends in a paragraph (LibreOffice, §5.2).
    expect(rotated.blocks.map((b) => (b.localName === 'tbl' ? 'table' : paraText(b)))).toEqual(['表2 示例市分区指标', 'table', '注：横排表格。']);
  });

  test('odd/even footers: PAGE field as "— N —", odd pages right and even pages left, one character in', () => {
    expect(first(docx.xml('word/settings.xml'), 'evenAndOddHeaders')).toBeDefined();
    const body = sections().filter((s) => s.blocks.some((b) => paraStyle(b) === 'Title'));
    expect(body.length).toBe(4);
    for (const { sectPr } of body) {
      const odd = partOf(sectPr, 'footer', 'default');
      const even = partOf(sectPr, 'footer', 'even');
      for (const [part, side, indent] of [[odd, 'right', 'right'], [even, 'left', 'left']] as const) {
        expect(hasPageField(part)).toBe(true);
        const p = first(part, 'p')!;
        expect(paraText(p)).toMatch(/^— .* —$/);
        expect(attr(first(p, 'jc'), 'val')).toBe(side);
        expect(attr(first(p, 'ind'), indent)).toBe('276'); // one 四号 字: 280 − 4 tracking
      }
    }
  });

  test('running heads: even pages the gazette and issue, odd pages the 栏目; front matter clean', () => {
    const all = sections();
    const firstBody = all.find((s) => s.blocks.some((b) => paraStyle(b) === 'Title'))!;
    expect(paraText(first(partOf(firstBody.sectPr, 'header', 'default'), 'p')!)).toBe('市政府文件');
    expect(paraText(first(partOf(firstBody.sectPr, 'header', 'even'), 'p')!)).toBe('示例市人民政府公报\u30002024年第5期（总第88期）');
    const chronicle = all.filter((s) => s.blocks.some((b) => paraStyle(b) === 'Title')).pop()!;
    expect(paraText(first(partOf(chronicle.sectPr, 'header', 'default'), 'p')!)).toBe('大事记');
    const cover = all[0]!;
    expect(cover.blocks.map(paraText)).toContain('示例市人民政府公报');
    for (const type of ['default', 'even'] as const) {
      expect(hasPageField(partOf(cover.sectPr, 'footer', type))).toBe(false);
      expect(paraText(first(partOf(cover.sectPr, 'header', type), 'p')!)).toBe('');
    }
  });

  test('each document restarts the numbering at the folio the engine printed under its title', () => {
    const starts = sections()
      .filter((s) => s.blocks.some((b) => paraStyle(b) === 'Title'))
      .map((s) => Number(attr(first(s.sectPr, 'pgNumType'), 'start')));
    expect(starts).toEqual(tree.toc.map((line) => line.page));
    expect(new Set(starts).size).toBe(4);
  });
});

describe('目录 and titles', () => {
  test('each entry: dot-leader right tab at the type width, PAGEREF to the title bookmark with the engine number cached', () => {
    const doc = docx.xml('word/document.xml');
    const fields = all(doc, 'fldSimple').filter((f) => /PAGEREF/.test(attr(f, 'instr') ?? ''));
    expect(fields.map((f) => paraText(f))).toEqual(tree.toc.map((line) => String(line.page)));
    const bookmarks = new Map(all(doc, 'bookmarkStart').map((b) => [attr(b, 'name'), b]));
    for (const [i, field] of fields.entries()) {
      const name = /PAGEREF (\S+) \\h/.exec(attr(field, 'instr')!)![1]!;
      const mark = bookmarks.get(name);
      expect(mark, name).toBeDefined();
      const titlePara = mark!.parentNode as unknown as Element;
      expect(paraStyle(titlePara)).toBe('Title');
      expect(paraText(titlePara).replace(/\n/g, '')).toBe(tree.toc[i]!.title);
      const entry = field.parentNode as unknown as Element;
      const tab = first(entry, 'tab')!;
      expect([attr(tab, 'val'), attr(tab, 'leader'), attr(tab, 'pos')]).toEqual(['right', 'dot', '8845']);
      expect(paraText(entry)).toBe(`${tree.toc[i]!.title}\t(${tree.toc[i]!.page})`);
    }
  });

  test('titles keep the clerk\'s lines, else the engine\'s breaks by meaning; the 栏目 line is hidden text', () => {
    const titles = bodyParagraphs(docx.xml('word/document.xml')).filter((p) => paraStyle(p) === 'Title').map(paraText);
    expect(titles[0]).toBe('示例市人民政府\n关于印发示例市公共服务提升行动方案的通知');
    expect(titles[1]!.split('\n').length).toBe(2); // 21 characters: too long for one 二号 line
    const columns = bodyParagraphs(docx.xml('word/document.xml')).filter((p) => paraStyle(p) === 'GzSection');
    expect(columns.map(paraText)).toEqual(['市政府文件', '大事记']);
    for (const p of columns) expect(first(first(p, 'pPr')!, 'vanish')).toBeDefined();
  });

  test('without a PageTree the 目录 lists the documents without numbers', async () => {
    const bare = readDocx(await writeDocx(fixtureIssue(), null));
    const doc = bare.xml('word/document.xml');
    expect(all(doc, 'fldSimple').filter((f) => /PAGEREF/.test(attr(f, 'instr') ?? ''))).toEqual([]);
    const entries = bodyParagraphs(doc).filter((p) => paraStyle(p) === 'GzTocEntry').map(paraText);
    expect(entries).toEqual(fixtureIssue().sections.flatMap((s) => s.articles.map((a) => a.meta.title)));
  });
});

describe('tables', () => {
  const indicator = () => all(docx.xml('word/document.xml'), 'tbl')[0]!;

  test('grid widths fill the type area; header rows repeat; no row splits; borders on', () => {
    const table = indicator();
    const cols = all(first(table, 'tblGrid')!, 'gridCol').map((c) => Number(attr(c, 'w')));
    expect(cols.length).toBe(4);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(8845);
    const rows = kids(table, 'tr');
    expect(rows.length).toBe(14);
    expect(rows.map((r) => first(r, 'tblHeader') !== undefined)).toEqual(rows.map((_, i) => i < 2));
    expect(rows.every((r) => first(r, 'cantSplit') !== undefined)).toBe(true);
    const borders = first(table, 'tblBorders')!;
    for (const side of ['top', 'bottom', 'insideH', 'insideV']) expect(attr(first(borders, side), 'val')).toBe('single');
  });

  test('spans: gridSpan for 目标值, explicit vMerge restart/continue down the header and the leading column', () => {
    const rows = kids(indicator(), 'tr');
    const cellsOf = (r: number) =>
      kids(rows[r]!, 'tc').map((tc) => {
        const vMerge = first(tc, 'vMerge');
        return `${paraText(tc)}|${attr(first(tc, 'gridSpan'), 'val') ?? 1}|${vMerge ? (attr(vMerge, 'val') ?? 'continue') : '-'}`;
      });
    expect(cellsOf(0)).toEqual(['领域|1|restart', '指标|1|restart', '目标值|2|-']);
    expect(cellsOf(1)).toEqual(['|1|continue', '|1|continue', '2025年|1|-', '2030年|1|-']);
    expect(cellsOf(2)).toEqual(['示例领域1|1|restart', '示例市第1项监测指标（%）|1|-', '60|1|-', '70|1|-']);
    expect(cellsOf(3)[0]).toBe('|1|continue');
    expect(cellsOf(4)[0]).toBe('|1|continue');
    expect(cellsOf(5)[0]).toBe('示例领域2|1|restart');
    // Every row has all four grid columns.
    for (let r = 0; r < rows.length; r++) {
      const width = kids(rows[r]!, 'tc').reduce((n, tc) => n + Number(attr(first(tc, 'gridSpan'), 'val') ?? 1), 0);
      expect(width, `row ${r}`).toBe(4);
    }
  });

  test('a paragraph follows every table', () => {
    for (const table of all(docx.xml('word/document.xml'), 'tbl')) {
      if ((table.parentNode as unknown as Element).localName !== 'body') continue;
      expect((table.nextSibling as unknown as Element | null)?.localName).toBe('p');
    }
  });
});

describe('署名 and 成文日期 (GB/T 9704 §7.3.5.2)', () => {
  const closing = () =>
    bodyParagraphs(docx.xml('word/document.xml'))
      .filter((p) => ['GzSignature', 'GzDate', 'GzNote'].includes(paraStyle(p) ?? ''))
      .map((p) => `${paraStyle(p)}:${paraText(p)}:${attr(first(p, 'ind'), 'right') ?? ''}`);

  test('from the meta when the body has none, from the body in place otherwise; dates printed from ISO', () => {
    // One 字 = 315 twips. 示例市人民政府 (7) over 2024年3月5日 (6): the date would end 1 字 from the edge, so it is
    // set 右空二字 and the 署名 moves left to keep the 2-字 offset: 7 − 6 … signer 3 字, date 2 字.
    // 示例市人民政府办公室 (10) over 2024年4月18日 (6.5): 署名 右空二字, date 10 − 6.5 = 3.5 字.
    // 示例市统计局 (6) over 2024年5月2日 (6): date 2 字, signer 4 字.
    expect(closing()).toEqual([
      'GzSignature:示例市人民政府:945',
      'GzDate:2024年3月5日:630',
      'GzNote:（此件公开发布）:',
      'GzSignature:示例市人民政府办公室:630',
      'GzDate:2024年4月18日:1103',
      'GzNote:（此件公开发布）:',
      'GzSignature:示例市统计局:1260',
      'GzDate:2024年5月2日:630',
    ]);
  });

  test('a profile that prints no 署名 drops it; the date then stands 右空二字 by its style', async () => {
    const issue = fixtureIssue();
    issue.profile = { ...issue.profile, printSigner: false };
    const doc = readDocx(await writeDocx(issue, null)).xml('word/document.xml');
    const styles = bodyParagraphs(doc).map(paraStyle);
    expect(styles).not.toContain('GzSignature');
    expect(styles.filter((s) => s === 'GzDate').length).toBe(3);
  });
});

test('style names are unique', () => {
  const names = all(docx.xml('word/styles.xml'), 'style').map((s) => attr(first(s, 'name'), 'val'));
  expect(new Set(names).size).toBe(names.length);
  expect(styleName('GzDocNo')).toBe('文号');
});

test('blank pages stand where the engine put them: before the first document and before the back cover', () => {
  const blanks = sections().filter((s) => s.blocks.length === 1 && paraText(s.blocks[0]!) === '' && paraStyle(s.blocks[0]!) === 'Normal');
  const engineBlanks = tree.pages.filter((p) => p.kind === 'blank').length;
  expect(blanks.length).toBe(engineBlanks);
  expect(engineBlanks).toBeGreaterThan(0);
  const last = sections()[sections().length - 1]!;
  expect(last.blocks.map(paraText)).toContain('主管：示例市人民政府');
});
