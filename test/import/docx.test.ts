// .docx import from fixtures built here: namespace prefixes, numbering, tracked changes, comments, headers, tables,
// images and refused DOCTYPE. Every assertion reads what importDocument made of the bytes.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blockText, type TableBlock } from '../../shared/model/blocks';
import { importDocument } from '../../shared/import/import-document';
import { InputError } from '../../shared/errors';
import { buildDocx, para } from './docx-builder';

const notice = (prefix: string) =>
  [
    para('示例市人民政府办公室', { jc: 'center', prefix, sz: 44 }),
    para('关于做好示例工作的通知', { jc: 'center', prefix, sz: 44 }),
    para('示政办发〔2024〕7号', { jc: 'center', prefix }),
    para('各区人民政府，市政府各部门：', { prefix }),
    para('为做好示例工作,现将有关事项通知如下。', { prefix }),
    para('一、提高认识', { prefix }),
    para('各单位要按时完成。', { prefix }),
    para('示例市人民政府办公室', { jc: 'right', prefix }),
    para('2024年3月5日', { jc: 'right', prefix }),
    para('（此件公开发布）', { prefix }),
  ].join('');

describe('docx import', () => {
  for (const prefix of ['w', 'ns0', '']) {
    it(`reads a 公文 whose WordprocessingML prefix is "${prefix || '(default namespace)'}"`, () => {
      const { articles } = importDocument(buildDocx({ body: notice(prefix), prefix }), '示例.docx');
      expect(articles).toHaveLength(1);
      const a = articles[0]!;
      expect(a.meta).toMatchObject({
        title: '示例市人民政府办公室关于做好示例工作的通知',
        titleLines: ['示例市人民政府办公室', '关于做好示例工作的通知'],
        docNo: '示政办发〔2024〕7号',
        recipients: '各区人民政府，市政府各部门：',
        signer: '示例市人民政府办公室',
        date: '2024-03-05',
        note: '（此件公开发布）',
      });
      expect(a.body.map((b) => (b.type === 'heading' ? `H${b.level}` : b.type === 'paragraph' ? b.role ?? 'body' : b.type))).toEqual(['body', 'H1', 'body', 'signature', 'date', 'note']);
      // Half-width comma inside Chinese text became full width.
      expect(blockText(a.body[0]!)).toBe('为做好示例工作，现将有关事项通知如下。');
      expect(a.body[3]).toMatchObject({ align: 'right' });
    });
  }

  it('turns Word automatic numbering into its text: 一、（一）1. with restarts', () => {
    const lvl = (ilvl: number, fmt: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering = `<w:abstractNum w:abstractNumId="3">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>`;
    const numbered = (text: string, ilvl: number) => para(text, { pPr: `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="5"/></w:numPr>` });
    const body = [para('示例市关于示例的意见', { jc: 'center' }), numbered('总体要求', 0), numbered('目标', 1), numbered('第一项', 2), numbered('第二项', 2), numbered('原则', 1), numbered('主要任务', 0), numbered('重点', 1)].join('');
    const a = importDocument(buildDocx({ body, numbering }), 'n.docx').articles[0]!;
    expect(a.body.map((b) => (b.type === 'heading' ? `${b.level}:${blockText(b)}` : blockText(b)))).toEqual([
      '1:一、总体要求', '2:（一）目标', '3:1.第一项', '3:2.第二项', '2:（二）原则', '1:二、主要任务', '2:（一）重点',
    ]);
  });

  it('resolves tracked changes (insertions kept, deletions dropped) and says so; ignores comments, headers, field codes', () => {
    const body = [
      para('示例市关于示例的通知', { jc: 'center' }),
      '<w:p><w:r><w:t>会议定于</w:t></w:r><w:del w:id="1" w:author="甲"><w:r><w:delText>周一</w:delText></w:r></w:del><w:ins w:id="2" w:author="甲"><w:r><w:t>周三</w:t></w:r></w:ins>' +
        '<w:commentRangeStart w:id="9"/><w:r><w:t>召开。</w:t></w:r><w:commentRangeEnd w:id="9"/><w:r><w:commentReference w:id="9"/></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    ].join('');
    const comments = '<w:comment w:id="9" w:author="乙"><w:p><w:r><w:t>批注里的话</w:t></w:r></w:p></w:comment>';
    const header = '<w:p><w:r><w:t>页眉里的字</w:t></w:r></w:p>';
    const result = importDocument(buildDocx({ body, comments, header }), 'c.docx');
    const all = JSON.stringify(result.articles);
    expect(blockText(result.articles[0]!.body[0]!)).toBe('会议定于周三召开。');
    expect(all).not.toContain('周一');
    expect(all).not.toContain('批注里的话');
    expect(all).not.toContain('页眉里的字');
    expect(all).not.toContain('PAGE');
    expect(result.warnings.join('\n')).toMatch(/修订.*1 处插入.*1 处/);
    expect(result.warnings.join('\n')).toMatch(/1 条批注未导入/);
  });

  it('reads tables with gridSpan, vMerge and repeated header rows', () => {
    const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${para(text)}</w:tc>`;
    const tbl =
      '<w:tbl>' +
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('类别', '<w:vMerge w:val="restart"/>')}${tc('金额', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('', '<w:vMerge/>')}${tc('2023年')}${tc('2024年')}</w:tr>` +
      `<w:tr>${tc('办公', '<w:vMerge w:val="restart"/>')}${tc('10')}${tc('12')}</w:tr>` +
      `<w:tr>${tc('', '<w:vMerge/>')}${tc('11')}${tc('13')}</w:tr>` +
      '</w:tbl>';
    const a = importDocument(buildDocx({ body: para('示例市经费表的通知', { jc: 'center' }) + tbl }), 't.docx').articles[0]!;
    const table = a.body.find((b) => b.type === 'table') as TableBlock;
    expect(table.headerRows).toBe(2);
    expect(table.children.map((r) => r.children.map((c) => `${blockText(c)}${c.colSpan ? `|c${c.colSpan}` : ''}${c.rowSpan ? `|r${c.rowSpan}` : ''}`))).toEqual([
      ['类别|r2', '金额|c2'],
      ['2023年', '2024年'],
      ['办公|r2', '10', '12'],
      ['11', '13'],
    ]);
  });

  it('carries images as assets', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const drawing =
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="1800000" cy="900000"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    const rels = '<Relationship Id="rImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>';
    const result = importDocument(buildDocx({ body: para('示例市图片的通知', { jc: 'center' }) + drawing + para('正文。'), rels, extra: { 'word/media/image1.png': png } }), 'i.docx');
    expect(result.assets).toHaveLength(1);
    expect([...result.assets[0]!.bytes]).toEqual([...png]);
    expect(result.articles[0]!.body[0]).toMatchObject({ type: 'image', asset: result.assets[0]!.name, widthMm: 50 });
  });

  it('refuses XML with a DOCTYPE / external entity', () => {
    // Replace the document part by one that declares an external entity.
    const xml = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>';
    const withEntity = buildDocx({ body: '', extra: { 'word/document.xml': strToU8(xml) } });
    expect(() => importDocument(withEntity, 'x.docx')).toThrow(InputError);
    expect(() => importDocument(withEntity, 'x.docx')).toThrow(/DOCTYPE/);
  });
});

describe('docx run fonts', () => {
  it('keeps a run-in heading set in 楷体 as a leaf with its font role', () => {
    const p =
      '<w:p><w:r><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr><w:t>（一）落实责任。</w:t></w:r><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>各单位要明确分工，按时完成。</w:t></w:r></w:p>';
    const styles = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr></w:style>';
    const a = importDocument(buildDocx({ body: para('示例市关于示例的通知', { jc: 'center' }) + p, styles }), 'f.docx').articles[0]!;
    expect(a.body[0]).toMatchObject({ type: 'paragraph', children: [{ text: '（一）落实责任。', font: 'kai' }, { text: '各单位要明确分工，按时完成。' }] });
  });
});
