// Rules that read a whole article or the issue: numbering, structure, 附件说明, imprint, 目录 title, 栏目 and
// 代字, names dictionary, missing glyphs, rule switches. Fictional 示例市 documents.
import { describe, expect, it } from 'vitest';
import { defaultCheckerProfile } from '../../shared/check/checker-profile';
import { applyFixes, runChecks } from '../../shared/check/run-checks';
import { heading, paragraph } from '../../shared/model/blocks';
import { article, issueOf } from './issue-of';

const only = (rule: string, issue = issueOf([]), profile = defaultCheckerProfile) => runChecks(issue, profile).filter((f) => f.rule === rule);
const one = (body: Parameters<typeof article>[0], meta?: Parameters<typeof article>[1]) => issueOf([article(body, meta)]);

describe('numbering', () => {
  it('accepts 一、（一）1.（1） in order, and （一）… counting on across 一、 sections', () => {
    const body = ['一、总体要求', '（一）指导思想。', '1.坚持人民至上。', '（1）保障基本需求。', '（2）兜住民生底线。', '2.坚持系统观念。', '（二）工作目标。', '二、重点任务', '（三）完善供暖设施。', '（四）加强运行监测。', '三、保障措施', '（一）加强组织领导。'];
    expect(only('numbering', one(body))).toEqual([]);
  });
  it('accepts headings with levels, and a new 一、 restarting the numbering of a printed plan', () => {
    const body = [heading(1, '一、主要任务'), heading(2, '（一）提升能力'), '通知正文。', heading(1, '二、保障措施'), paragraph('示例市供暖发展规划', 'embeddedTitle'), heading(1, '一、发展基础'), heading(1, '二、发展目标')];
    expect(only('numbering', one(body))).toEqual([]);
  });
  it('flags a gap, a repeat, 1、 and （一）、', () => {
    const found = only('numbering', one(['一、总体要求', '三、重点任务', '（一）、完善设施。', '1、加强监测。', '2.强化保障。', '2.落实责任。']));
    expect(found.map((f) => [f.text, f.fix])).toEqual([
      ['三、', undefined],
      ['（一）、', '（一）'],
      ['1、', '1.'],
      ['2.', undefined],
    ]);
    expect(found[0]!.message).toContain('编号不连续');
  });
  it('flags a list number fused with a digit ("8.5岁") only when it continues 1. 2. …', () => {
    const items = Array.from({ length: 7 }, (_, i) => `${i + 1}.第${i + 1}项指标。`);
    const found = only('numbering', one([...items, '8.5岁以下儿童贫血患病率控制在10%以下。']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ block: 7, offset: 0, text: '8.5', severity: 'warning' });
    expect(only('numbering', one(['全市人均住房面积达到', '8.5平方米以上。']))).toEqual([]);
  });
  it('reports a skipped level as info', () => {
    const found = only('numbering', one(['一、总体要求', '（1）保障基本需求。', '（2）兜住民生底线。']));
    expect(found.map((f) => [f.severity, f.text])).toEqual([['info', '（1）']]);
  });
});

describe('structure', () => {
  it('wants 署名 → 成文日期 → 附注, by role or by the lines themselves', () => {
    const good = ['正文。', '示例市人民政府', '2024年3月5日', '（此件公开发布）'];
    expect(only('structure', one(good, { signer: '示例市人民政府' }))).toEqual([]);
    const bad = only('structure', one(['正文。', '示例市人民政府', '（此件公开发布）', '2024年3月5日'], { signer: '示例市人民政府' }));
    expect(bad.map((f) => [f.block, f.text])).toEqual([[3, '2024年3月5日']]);
    const byRole = only('structure', one([paragraph('2024年3月5日', 'date'), paragraph('示例市人民政府', 'signature')]));
    expect(byRole).toHaveLength(1);
    expect(byRole[0]!.message).toContain('署名应在成文日期之前');
  });
  it('wants 主送 ending in "：" and a title without end punctuation, and fixes both', () => {
    const issue = one(['正文。'], { recipients: '各区县人民政府,市直各部门；', title: '示例市人民政府关于做好冬季供暖工作的通知。' });
    const found = only('structure', issue);
    expect(found.map((f) => [f.field, f.severity, f.fix])).toEqual([
      ['recipients', 'error', '：'],
      ['title', 'warning', ''],
    ]);
    // A missing colon is added; an ASCII one is left to the punctuation-width rule (one finding per mark).
    expect(only('structure', one(['正文。'], { recipients: '各区县人民政府' })).map((f) => [f.text, f.fix])).toEqual([['府', '府：']]);
    const ascii = runChecks(one(['正文。'], { recipients: '各区县人民政府:' })).filter((f) => f.field === 'recipients');
    expect(ascii.map((f) => [f.rule, f.fix])).toEqual([['punctuation-width', '：']]);
    const fixed = applyFixes(issue, runChecks(issue)).sections[0]!.articles[0]!.meta;
    expect(fixed.recipients).toBe('各区县人民政府，市直各部门：');
    expect(fixed.title).toBe('示例市人民政府关于做好冬季供暖工作的通知');
    expect(only('structure', one(['正文。'], { recipients: '各区县人民政府，市直各部门：' }))).toEqual([]);
  });
});

describe('attachments', () => {
  it('accepts attachments printed or marked 略', () => {
    expect(only('attachments', one(['正文。', '附件：1.示例市供暖单位名单', '2.示例市供暖价格表', '示例市人民政府', '附件1', '名单……', '附件2', '价格……']))).toEqual([]);
    expect(only('attachments', one(['正文。', '附件：示例市供暖单位名单', '（略，详见示例市人民政府网站）']))).toEqual([]);
  });
  it('flags an attachment neither printed nor marked 略, a count mismatch, and an item ending in punctuation', () => {
    const missing = only('attachments', one(['正文。', '附件：示例市供暖单位名单', '示例市人民政府']));
    expect(missing.map((f) => f.message)).toEqual(['附件说明列出1个附件，但文后未见附件，也未注明“略”']);
    const mismatch = only('attachments', one(['附件：1.示例市供暖单位名单。', '2.示例市供暖价格表', '3.示例市供暖热线表', '附件1', '附件2']));
    expect(mismatch.map((f) => [f.severity, f.text, f.fix])).toEqual([
      ['warning', '附件：1.示例市供暖单位名单。', undefined],
      ['warning', '。', ''],
    ]);
    expect(mismatch[0]!.message).toBe('附件说明列出3个附件，文后印出2个');
  });
});

describe('issue level', () => {
  it('flags imprint fields printed twice with different values', () => {
    const imprint = [
      { key: '编辑出版', value: '示例市人民政府办公室' },
      { key: '电话', value: '0691-1234567' },
      { key: '编辑出版', value: '示例市人民政府办公室' },
      { key: '编辑 出版', value: '示例市政府研究室' },
    ];
    const found = only('imprint', issueOf([article(['正文。'])], imprint));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', article: '', block: -1, field: 'imprint', text: '编辑 出版：示例市政府研究室' });
  });
  it('flags a 目录 title that differs from the body title, except a speech naming its speaker', () => {
    const issue = issueOf([article(['正文。'], { tocTitle: '示例市人民政府关于做好供暖工作的通知' }), article(['讲话。'], { title: '在全市供暖工作会议上的讲话', tocTitle: '市长在全市供暖工作会议上的讲话' }, 'speech'), article(['正文。'], { tocTitle: '示例市人民政府关于做好冬季供暖工作的通知' })]);
    const found = only('toc-title', issue);
    expect(found.map((f) => [f.article, f.fix])).toEqual([[issue.sections[0]!.articles[0]!.id, '示例市人民政府关于做好冬季供暖工作的通知']]);
  });
  it('checks 栏目 against the profile list and the 代字 → 栏目 map (longest 代字 wins)', () => {
    const issue = issueOf([
      { title: '市人民政府文件', articles: [article(['正文。'], { docNo: '示政发〔2024〕3号' }), article(['正文。'], { docNo: '示政办发〔2024〕5号', title: '示例市人民政府办公室关于……的通知' })] },
      { title: '规 范 性 文 件', articles: [article(['正文。'], { docNo: '示政办规〔2024〕1号', title: '示例市人民政府办公室关于印发……办法的通知' })] },
      { title: '专题', articles: [article(['正文。'])] },
    ]);
    const profile = { ...defaultCheckerProfile, sections: ['市人民政府文件', '市政府办公室文件', '规范性文件'] };
    expect(only('section-code', issue, profile).map((f) => f.text)).toEqual(['示政办发']);
    expect(only('section-list', issue, profile).map((f) => f.text)).toEqual(['专题']);
    expect(only('section-list', issue)).toEqual([]);
  });
  it('flags a 代字 that does not fit the issuer', () => {
    const issue = one(['正文。'], { docNo: '示政发〔2024〕3号', title: '示例市人民政府办公室关于做好冬季供暖工作的通知' });
    expect(only('doc-no', issue).map((f) => f.text)).toEqual(['示政发']);
    expect(only('doc-no', one(['正文。'], { docNo: '示政办发〔2024〕3号', signer: '示例市人民政府办公室' }))).toEqual([]);
    expect(only('doc-no', one(['正文。'], { docNo: '示政发2024年3号' })).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('names dictionary', () => {
  const profile = { ...defaultCheckerProfile, names: ['示例市生态环境局', '王海洋', '李明'] };
  it('flags near variants of listed names and suggests the listed form', () => {
    const found = only('names', one(['示例市生态环竟局负责，王海阳同志任组长。']), profile);
    expect(found.map((f) => [f.text, f.fix])).toEqual([
      ['示例市生态环竟局', '示例市生态环境局'],
      ['王海阳', '王海洋'],
    ]);
  });
  it('leaves exact names, unrelated words and short names alone', () => {
    expect(only('names', one(['示例市生态环境局和王海洋同志，李华同志。']), profile)).toEqual([]);
  });
});

describe('missing glyphs and switches', () => {
  it('asks the hasGlyph port per font role', () => {
    const asked: string[] = [];
    const profile = { ...defaultCheckerProfile, hasGlyph: (ch: string, role: string) => (asked.push(role), ch !== '飏') };
    const found = only('missing-glyph', one([heading(1, '一、陶飏一行调研'), '工商银行陶飏一行到示例市调研。']), profile);
    expect(found.map((f) => [f.block, f.offset, f.text])).toEqual([
      [0, 3, '飏'],
      [1, 5, '飏'],
    ]);
    expect(asked).toContain('hei');
    expect(asked).toContain('title');
    expect(only('missing-glyph', one(['陶飏']))).toEqual([]);
  });
  it('switches rules off and on from the profile', () => {
    const issue = one(['各区县,市直各部门', '转变工作作风']);
    expect(only('punctuation-width', issue, { rules: { 'punctuation-width': false } })).toEqual([]);
    expect(only('doubled-chars-all', issue)).toEqual([]);
    expect(only('doubled-chars-all', issue, { rules: { 'doubled-chars-all': true } }).map((f) => [f.text, f.severity])).toEqual([['作作', 'info']]);
  });
});

describe('numbering and quotes across paragraphs', () => {
  it('accepts 二、 after a paragraph that ran 一、 into its text', () => {
    expect(only('numbering', one(['会议决定，一、原则同意供暖方案。', '二、同意成立工作专班。', '三、请各区县抓好落实。']))).toEqual([]);
    expect(only('numbering', one(['会议决定，原则同意供暖方案。', '二、同意成立工作专班。'])).map((f) => f.text)).toEqual(['二、']);
  });
  it('counts quotes over the article: a split paragraph and the multi-paragraph convention pass, a stray mark does not', () => {
    expect(only('quotes', one(['市政府提出“保供', '暖、保民生”的要求。']))).toEqual([]);
    expect(only('quotes', one(['“第一段引文。', '“第二段引文。', '“第三段引文。”']))).toEqual([]);
    const found = only('quotes', one(['落实“四个不摘要求。', '其他工作。']));
    expect(found.map((f) => [f.block, f.offset, f.text])).toEqual([[0, 2, '“']]);
    expect(only('quotes', one(['要求”。'])).map((f) => f.text)).toEqual(['”']);
  });
});

describe('article-numbering (第一章 / 第一节 / 第一条)', () => {
  it('accepts 条 running on across 章, 节 restarting per 章, and a second 办法 starting again', () => {
    const body = ['第一章 总则', '第一条 为了规范供暖管理，制定本办法。', '第二条 本办法适用于本市。', '第二章 管理', '第一节 一般规定', '第三条 市住房城乡建设局负责。', '第二节 监督', '第四条 加强监督。', '第三章 附则', '第五条 本办法自公布之日起施行。', '第一章 总则', '第一条 另一办法。'];
    expect(only('article-numbering', one(body))).toEqual([]);
  });
  it('flags a gap in 条 and in 章', () => {
    const found = only('article-numbering', one(['第一章 总则', '第一条 目的。', '第三条 范围。', '第三章 附则']));
    expect(found.map((f) => f.text)).toEqual(['第三条', '第三章']);
    expect(found[0]!.message).toBe('条的编号不连续：上一条是第1条，此处是“第三条”');
  });
});

describe('dates in 成文日期 and the date field', () => {
  it('turns a Chinese-numeral 成文日期 into Arabic digits and rejects a short year or an impossible ISO date', () => {
    const issue = one([paragraph('二〇二四年十一月二十五日', 'date')]);
    const found = only('dates', issue);
    expect(found.map((f) => [f.severity, f.text, f.fix])).toEqual([['warning', '二〇二四年十一月二十五日', '2024年11月25日']]);
    expect(only('dates', one([paragraph('24年11月5日', 'date')])).map((f) => [f.severity, f.text])).toEqual([['error', '24']]);
    expect(only('dates', one(['正文。'], { date: '2024-02-30' })).map((f) => [f.field, f.severity])).toEqual([['date', 'error']]);
    expect(only('dates', one([paragraph('2024年11月25日', 'date')], { date: '2024-11-25' }))).toEqual([]);
  });
});

describe('missing glyphs with the bundled Fandol fonts', () => {
  it('reports 飏 in body text and nothing in ordinary text', async () => {
    const { createFontSet } = await import('../../shared/fonts/font-set');
    const { createFontSource } = await import('../../electron/services/font-files');
    const { hasGlyphInFontSet } = await import('../../shared/check/font-coverage');
    const issue = one(['11月17日 示例银行行长陶飏一行到示例市调研。', '示例市人民政府办公室']);
    const hasGlyph = hasGlyphInFontSet(createFontSet(issue.profile, createFontSource()));
    expect(hasGlyph('飏', 'fang')).toBe(false);
    expect(hasGlyph('政', 'fang')).toBe(true);
    const found = only('missing-glyph', issue, { hasGlyph });
    expect(found.map((f) => [f.block, f.offset, f.text])).toEqual([[0, 14, '飏']]);
  });
});

describe('rule list', () => {
  it('names every rule in Chinese, and every rule id is unique', async () => {
    const { allRules, ruleIds, ruleTitles } = await import('../../shared/check/rules/index');
    expect(new Set(ruleIds).size).toBe(allRules.length);
    expect(Object.keys(ruleTitles).sort()).toEqual([...ruleIds].sort());
    for (const title of Object.values(ruleTitles)) expect(title).toMatch(/\p{Script=Han}/u);
  });
});
