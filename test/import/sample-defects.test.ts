// Defects seen in the project's sample, each with a fixture written here (fictional 示例市 text): a 附件说明 line must
// not absorb the 署名 after it, a table's title line and the 附件 label get their roles, normalize:false keeps the
// 文号 as written (so the checker can flag it), and 第N章 headings keep one full-width space before their name.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/check/run-checks';
import { importDocument } from '../../shared/import/import-document';
import { blockText, type Block } from '../../shared/model/blocks';
import { FORMAT_VERSION, type Article, type Issue } from '../../shared/model/issue';
import { getProfile } from '../../shared/profiles/index';

const txt = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const roles = (blocks: Block[]) => blocks.map((b) => `${b.type === 'heading' ? `H${b.level}` : b.type === 'paragraph' ? b.role ?? 'body' : b.type}:${blockText(b)}`);
const one = (lines: string[], normalize = true): Article => {
  const { articles } = importDocument(txt(lines), '示例.txt', { normalize, split: false });
  expect(articles).toHaveLength(1);
  return articles[0]!;
};

const HEAD = ['示例市人民政府办公室关于做好春季植树工作的通知', '', '示政办发〔2024〕11号', '', '各区县人民政府，市政府有关部门：', ''];
// A body paragraph cut at a page break (no blank line between the halves): the join pass must still mend it.
const BROKEN = ['为做好今年春季植树工作，现将有关事项通知如下：各区县要组织干部群众', '积极参加义务植树，确保苗木成活。', ''];

describe('page-break joining leaves the 署名 alone', () => {
  it('a 附件说明 line without final punctuation does not absorb the organ name above the date', () => {
    const a = one([...HEAD, ...BROKEN, '附件：示例市2024年春季植树任务分配表', '示例市人民政府办公室', '2024年3月1日', '', '（此件公开发布）']);
    expect(roles(a.body)).toEqual([
      'body:为做好今年春季植树工作，现将有关事项通知如下：各区县要组织干部群众积极参加义务植树，确保苗木成活。',
      'attachment:附件：示例市2024年春季植树任务分配表',
      'signature:示例市人民政府办公室',
      'date:2024年3月1日',
      'note:（此件公开发布）',
    ]);
    expect(a.meta).toMatchObject({ signer: '示例市人民政府办公室', date: '2024-03-01' });
  });

  it('joint 署名: two organ-name lines over the date stay apart from the line before', () => {
    const a = one([...HEAD, ...BROKEN, '附件：示例市2024年春季植树任务分配表', '示例市人民政府办公室', '示例市林业局', '2024年3月1日']);
    expect(a.body.slice(1).map((b) => blockText(b))).toEqual(['附件：示例市2024年春季植树任务分配表', '示例市人民政府办公室', '示例市林业局', '2024年3月1日']);
    expect(roles(a.body).slice(1, 2)).toEqual(['attachment:附件：示例市2024年春季植树任务分配表']);
  });

  it('a 附件说明 wrapped at a page break is still mended when the 署名 follows', () => {
    const a = one([...HEAD, ...BROKEN, '附件：示例市2024年春季植树造林重点任务', '分配表', '示例市人民政府办公室', '2024年3月1日']);
    expect(roles(a.body).slice(1)).toEqual(['attachment:附件：示例市2024年春季植树造林重点任务分配表', 'signature:示例市人民政府办公室', 'date:2024年3月1日']);
  });
});

describe('the attachment with a table', () => {
  it('the line right before a tab-separated table is its title; 附件 is the attachment label', () => {
    const a = one([...HEAD, '请各区县按表中任务抓好落实。', '', '示例市人民政府办公室', '', '2024年3月1日', '', '附件', '', '示例市2024年春季植树任务分配表', '',
      '序号\t区县\t植树任务（万株）', '1\t示例区\t12', '2\t样板县\t8']);
    expect(roles(a.body).slice(-3, -1)).toEqual(['attachmentLabel:附件', 'tableTitle:示例市2024年春季植树任务分配表']);
    expect(a.body.at(-1)!.type).toBe('table');
  });

  it('a sentence, a 单位 line or a heading before a table is not its title', () => {
    const a = one([...HEAD, '一、任务分配', '各区县任务如下。', '单位：万株', '序号\t区县\t任务', '1\t示例区\t12']);
    expect(roles(a.body)).toEqual(['H1:一、任务分配', 'body:各区县任务如下。', 'body:单位：万株', expect.stringMatching(/^table:/)]);
  });
});

describe('normalize:false keeps the 文号 as written', () => {
  const lines = ['示例市人民政府关于调整示例工作领导小组成员的通知', '', '示政发[2022] 15号', '', '各区县人民政府：', '', '现将调整后的名单通知如下。', '', '示例市人民政府', '', '2022年5月6日'];

  it('brackets and spaces stay; normalised import gives 〔〕', () => {
    expect(one(lines, false).meta.docNo).toBe('示政发[2022] 15号');
    expect(one(lines, true).meta.docNo).toBe('示政发〔2022〕15号');
    expect(one(['示例市中级人民法院关于示例案件的通知', '(2023)示法字第12号', '示例内容。'], false).meta.docNo).toBe('(2023)示法字第12号');
  });

  it('the checker flags the [2022] 文号 of a source read as it is', () => {
    const article = one(lines, false);
    const issue: Issue = {
      formatVersion: FORMAT_VERSION,
      meta: { name: '示例', year: 2022, issue: 1 },
      profile: getProfile(),
      sections: [{ id: 's1', title: '', articles: [article] }],
      front: { cover: false, board: false, toc: false },
      back: { backCover: false },
    };
    const docNo = runChecks(issue).filter((f) => f.rule === 'doc-no' && f.block === -1);
    expect(docNo.map((f) => f.text)).toContain('[2022]');
  });
});

describe('第N章 headings', () => {
  const lines = ['示例市公园管理办法', '', '第一章　总　则', '', '第一条　为加强公园管理，制定本办法。', '', '第二章 管理与服务', '', '第二条　公园应当整洁有序。', '', '第三章附则', '', '第三条　本办法自发布之日起施行。'];

  it('are level 1 and keep one full-width space between 第N章 and the name', () => {
    const headings = one(lines).body.filter((b) => b.type === 'heading');
    expect(roles(headings)).toEqual(['H1:第一章　总则', 'H1:第二章　管理与服务', 'H1:第三章附则']);
  });

  it('（一）… clauses ending in ；, and the 。 clause closing them, are paragraphs, not headings', () => {
    const a = one(['示例市公园管理办法', '', '第一章　总　则', '', '第一条　公园管理者应当遵守下列规定：', '', '（一）公示开放时间；', '', '（二）保持园容整洁，及时清运垃圾。', '', '第二条　本办法自发布之日起施行。', '', '（一）组织保障', '', '各区要加强领导。']);
    expect(roles(a.body)).toEqual(['H1:第一章　总则', 'body:第一条　公园管理者应当遵守下列规定：', 'body:（一）公示开放时间；', 'body:（二）保持园容整洁，及时清运垃圾。', 'body:第二条　本办法自发布之日起施行。', 'H2:（一）组织保障', 'body:各区要加强领导。']);
  });

  it('normalize:false leaves the heading as written', () => {
    const headings = one(lines, false).body.filter((b) => b.type === 'heading');
    expect(roles(headings)).toEqual(['H1:第一章　总　则', 'H1:第二章 管理与服务', 'H1:第三章附则']);
  });
});
