// A whole issue saved as one .docx (as our DOCX export writes it): split by its 目录, hidden 栏目 lines used as
// document boundaries and dropped, titles broken by manual line breaks read as one title, back-cover imprint left out.
import { describe, expect, it } from 'vitest';
import { blockText } from '../../shared/model/blocks';
import { importDocument } from '../../shared/import/import-document';
import { buildDocx, para } from './docx-builder';

/** A hidden 栏目 paragraph at outline level 0, as shared/export/docx writes it. */
const section = (name: string) => `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>${name}</w:t></w:r></w:p>`;
/** One paragraph whose lines are separated by manual line breaks (w:br). */
const broken = (...lines: string[]) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${lines.map((l, i) => `<w:r>${i ? '<w:br/>' : ''}<w:t>${l}</w:t></w:r>`).join('')}</w:p>`;

const issue = (toc: string[]) =>
  [
    para('示例市人民政府公报', { jc: 'center' }),
    para('目录', { jc: 'center' }),
    ...toc.map((t) => para(t)),
    section('市政府文件'),
    broken('示例市人民政府关于印发示例市河道保洁工作方案', '的通知'),
    para('示政发〔2024〕9号', { jc: 'center' }),
    para('各区人民政府，市政府各部门：'),
    para('现将《示例市河道保洁工作方案（2024—2026年）》印发给你们，请认真贯彻执行。'),
    para('示例市人民政府', { jc: 'right' }),
    para('2024年4月2日', { jc: 'right' }),
    broken('示例市河道保洁工作方案', '（2024—2026年）'),
    para('为保持河道整洁，制定本方案。'),
    section('部门文件'),
    para('示例市水务局关于公布河长名单的通告', { jc: 'center' }),
    para('示水通〔2024〕3号', { jc: 'center' }),
    para('现将本市河长名单予以公布。'),
    para('示例市水务局', { jc: 'right' }),
    para('2024年4月8日', { jc: 'right' }),
    para('主管：示例市人民政府'),
    para('主办：示例市人民政府办公室'),
    para('印数：800册'),
  ].join('');

const FULL_TOC = ['示例市人民政府关于印发示例市河道保洁工作方案的通知……（1）', '示例市水务局关于公布河长名单的通告……（4）'];

describe('a whole issue in one .docx', () => {
  it('splits by the 目录, drops hidden 栏目 lines and the back-cover imprint, joins manually broken titles', () => {
    const { articles, warnings } = importDocument(buildDocx({ body: issue(FULL_TOC) }), '示例公报.docx');
    expect(articles.map((a) => a.meta.title)).toEqual(['示例市人民政府关于印发示例市河道保洁工作方案的通知', '示例市水务局关于公布河长名单的通告']);
    expect(articles[0]!.meta.titleLines).toEqual(['示例市人民政府关于印发示例市河道保洁工作方案', '的通知']);
    expect(articles.map((a) => a.meta.docNo)).toEqual(['示政发〔2024〕9号', '示水通〔2024〕3号']);
    const texts = articles.map((a) => a.body.map((b) => blockText(b)));
    // Neither hidden 栏目 line is content.
    expect(texts.flat().filter((t) => /市政府文件|部门文件/.test(t))).toEqual([]);
    // The printed plan's title, broken by meaning in one paragraph, is one embedded title.
    const embedded = articles[0]!.body.filter((b) => b.type === 'paragraph' && b.role === 'embeddedTitle').map((b) => blockText(b));
    expect(embedded).toEqual(['示例市河道保洁工作方案（2024—2026年）']);
    // The imprint after the last document is not part of it.
    expect(texts[1]!.at(-1)).toBe('2024年4月8日');
    expect(texts.flat().filter((t) => /^(主管|主办|印数)/.test(t))).toEqual([]);
    expect(warnings.some((w) => /封底版权信息（3 行）/.test(w))).toBe(true);
    // The 栏目 lines are markers, not hidden text the clerk must hear about.
    expect(warnings.some((w) => /隐藏文字/.test(w))).toBe(false);
  });

  it('other hidden text is dropped with a warning', () => {
    const hiddenRun = '<w:p><w:r><w:t>各区县要按期完成。</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注：示例）</w:t></w:r></w:p>';
    const body = [para('示例市水务局关于公布河长名单的通告', { jc: 'center' }), hiddenRun, para('示例市水务局'), para('2024年4月8日')].join('');
    const { articles, warnings } = importDocument(buildDocx({ body }), '通告.docx');
    expect(articles[0]!.body.map((b) => blockText(b))).toEqual(['各区县要按期完成。', '示例市水务局', '2024年4月8日']);
    expect(warnings).toContain('文档中 1 个段落含有隐藏文字，未导入');
  });

  it('a hidden 栏目 line starts a document the 目录 does not list', () => {
    const { articles, warnings } = importDocument(buildDocx({ body: issue(FULL_TOC.slice(0, 1)) }), '示例公报.docx');
    expect(articles.map((a) => a.meta.title)).toEqual(['示例市人民政府关于印发示例市河道保洁工作方案的通知', '示例市水务局关于公布河长名单的通告']);
    expect(articles[0]!.body.map((b) => blockText(b)).join('')).not.toContain('河长名单');
    expect(warnings.some((w) => /1 篇按栏目标记找到/.test(w))).toBe(true);
  });

  it('split:false keeps one document, without the hidden text', () => {
    const { articles } = importDocument(buildDocx({ body: issue(FULL_TOC) }), '示例公报.docx', { split: false });
    expect(articles).toHaveLength(1);
    expect(articles[0]!.body.map((b) => blockText(b)).join('')).not.toMatch(/市政府文件|部门文件/);
  });
});
