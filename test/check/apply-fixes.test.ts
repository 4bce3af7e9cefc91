// applyFixes: pure, fixes land in the right leaf (also across leaves and inside table cells), stale or
// overlapping findings are skipped.
import { describe, expect, it } from 'vitest';
import { applyFixes, runChecks, type Finding } from '../../shared/check/run-checks';
import { blockText, heading, paragraph, type ParagraphBlock, type TableBlock } from '../../shared/model/blocks';
import { article, issueOf } from './issue-of';

describe('applyFixes', () => {
  it('returns a new issue and leaves the old one as it was', () => {
    const issue = issueOf([article(['各区县,市直各部门的的负责同志'])]);
    const before = JSON.stringify(issue);
    const after = applyFixes(issue, runChecks(issue));
    expect(JSON.stringify(issue)).toBe(before);
    expect(blockText(after.sections[0]!.articles[0]!.body[0]!)).toBe('各区县，市直各部门的负责同志');
  });

  it('keeps marks of leaves and fixes a text that spans two leaves', () => {
    const block: ParagraphBlock = { type: 'paragraph', children: [{ text: '（一）落实示政发[20', font: 'kai' }, { text: '24]3号要求。正文,继续' }] };
    const issue = issueOf([article([block])]);
    const found = runChecks(issue);
    expect(found.map((f) => [f.rule, f.text])).toEqual([
      ['doc-no', '[2024]'],
      ['punctuation-width', ','],
    ]);
    const fixed = applyFixes(issue, found).sections[0]!.articles[0]!.body[0] as ParagraphBlock;
    expect(fixed.children).toEqual([{ text: '（一）落实示政发〔2024〕', font: 'kai' }, { text: '3号要求。正文，继续' }]);
  });

  it('fixes text inside table cells at the offsets blockText gives', () => {
    const cell = (text: string) => ({ type: 'table-cell' as const, children: [paragraph(text)] });
    const table: TableBlock = { type: 'table', children: [{ type: 'table-row', children: [cell('项目'), cell('时间')] }, { type: 'table-row', children: [cell('供暖改造,一期'), cell('2024-2026年')] }] };
    const issue = issueOf([article([table])]);
    const found = runChecks(issue);
    expect(found.map((f) => [f.rule, f.offset, f.text])).toEqual([
      ['punctuation-width', 10, ','],
      ['dates', 14, '2024-2026'],
    ]);
    const fixed = applyFixes(issue, found).sections[0]!.articles[0]!.body[0]!;
    expect(blockText(fixed)).toBe('项目\t时间\n供暖改造，一期\t2024—2026年');
  });

  it('skips a finding whose text is no longer there and one that overlaps another fix', () => {
    const issue = issueOf([article(['供水,供气'])]);
    const id = issue.sections[0]!.articles[0]!.id;
    const base = { severity: 'error' as const, article: id, block: 0, message: 'x' };
    const findings: Finding[] = [
      { ...base, rule: 'a', offset: 2, text: '；', fix: '？' },
      { ...base, rule: 'b', offset: 1, text: '水,', fix: '水、' },
      { ...base, rule: 'c', offset: 2, text: ',', fix: '，' },
    ];
    const text = blockText(applyFixes(issue, findings).sections[0]!.articles[0]!.body[0]!);
    expect(text).toBe('供水，供气');
  });
});

describe('applyFixes on a title with line breaks', () => {
  it('fixes the title and keeps the clerk\'s lines', () => {
    const a = article(['正文。'], { title: '示例市人民政府关于印发示例市供暖规划(2024-2026年)的通知', titleLines: ['示例市人民政府关于印发', '示例市供暖规划(2024-2026年)的通知'] });
    const fixed = applyFixes(issueOf([a]), runChecks(issueOf([a]))).sections[0]!.articles[0]!.meta;
    expect(fixed.title).toBe('示例市人民政府关于印发示例市供暖规划（2024—2026年）的通知');
    expect(fixed.titleLines).toEqual(['示例市人民政府关于印发', '示例市供暖规划（2024—2026年）的通知']);
  });
});

describe('every block type', () => {
  it('checks and fixes boxes, captions, tables with empty cells and page breaks without losing text', () => {
    const box = { type: 'box' as const, title: '专栏1 示例市供暖工程(2024年)', children: [paragraph(''), paragraph('新建热源厂2座,改造管网30公里')] };
    const image = { type: 'image' as const, asset: 'a.png', caption: '图1 示例市供暖分区图(示意)', children: [{ text: '' }] as [{ text: string }] };
    const table = { type: 'table' as const, children: [{ type: 'table-row' as const, children: [{ type: 'table-cell' as const, children: [] }, { type: 'table-cell' as const, children: [paragraph('合计,万元')] }] }] };
    const pageBreak = { type: 'page-break' as const, children: [{ text: '' }] as [{ text: string }] };
    const issue = issueOf([article([box, image, table, pageBreak, heading(1, '一、总体要求')])]);
    const found = runChecks(issue);
    const after = applyFixes(issue, found);
    const body = after.sections[0]!.articles[0]!.body;
    expect(body.map(blockText)).toEqual(['专栏1 示例市供暖工程（2024年）\n新建热源厂2座，改造管网30公里', '图1 示例市供暖分区图（示意）', '\t合计，万元', '', '一、总体要求']);
    expect(runChecks(after).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
