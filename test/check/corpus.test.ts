// The checker on the corpus seeds: it finds the errors PRODUCT.md cites by line (S0:L215 的的, S0:L1146 權利,
// S0:L763 8.5岁, S0:L2875 飏 missing from the print font), every half-width mark in Chinese text of S3, the
// hyphen year ranges of 003, a 文号 with [ ]; and after its own fixes no error remains (warnings printed per rule).
import { describe, expect, it } from 'vitest';
import { hasGlyphInFontSet } from '../../shared/check/font-coverage';
import { applyFixes, runChecks, type Finding } from '../../shared/check/run-checks';
import { articleUnits } from '../../shared/check/text-units';
import { createFontSet } from '../../shared/fonts/font-set';
import { blockText } from '../../shared/model/blocks';
import type { Issue } from '../../shared/model/issue';
import { getProfile } from '../../shared/profiles/index';
import { createFontSource } from '../../electron/services/font-files';
import { corpusNote, hasCorpus } from '../helpers/paths';
import { loadCorpusIssue, SEEDS, type CorpusIssue } from './corpus-issue';

corpusNote();
const corpus = hasCorpus ? Object.fromEntries(SEEDS.map((s) => [s.slice(0, 3), loadCorpusIssue(s)])) : {};

/** The characters around a finding, from the model: they must stand on the cited seed line. */
function around(issue: Issue, f: Finding): string {
  const article = issue.sections.flatMap((s) => s.articles).find((a) => a.id === f.article)!;
  const text = f.block < 0 ? String(article.meta[f.field as 'title']) : blockText(article.body[f.block]!);
  return text.slice(Math.max(0, f.offset - 6), f.offset + f.text.length + 6);
}

function expectAtLine(c: CorpusIssue, findings: Finding[], rule: string, text: string, line: number): Finding {
  const hits = findings.filter((f) => f.rule === rule && f.text === text);
  const atLine = hits.find((f) => c.seedLines[line - 1]!.includes(around(c.issue, f)));
  expect(atLine, `${rule}「${text}」 at L${line}`).toBeDefined();
  return atLine!;
}

describe.skipIf(!hasCorpus)('checker on the corpus', () => {
  it('finds the errors PRODUCT.md cites in S0 by line', () => {
    const c = corpus['000']!;
    const fonts = createFontSet(getProfile(), createFontSource());
    const found = runChecks(c.issue, { hasGlyph: hasGlyphInFontSet(fonts) });
    expect(expectAtLine(c, found, 'doubled-chars', '的的', 215)).toMatchObject({ severity: 'error', fix: '的' });
    expect(expectAtLine(c, found, 'traditional-chars', '權', 1146)).toMatchObject({ severity: 'error', fix: '权' });
    expect(expectAtLine(c, found, 'numbering', '8.5', 763).severity).toBe('warning');
    expect(expectAtLine(c, found, 'missing-glyph', '飏', 2875).message).toContain('仿宋');
    // Fandol has every other character of S0 but one: 蕷 (薯蕷, S0:L1770), a traditional form the checker also reports.
    expect(new Set(found.filter((f) => f.rule === 'missing-glyph').map((f) => f.text))).toEqual(new Set(['飏', '蕷']));
    expect(expectAtLine(c, found, 'traditional-chars', '蕷', 1770).fix).toBe('蓣');
  });

  it('flags every ASCII , ; : ( ) touching Han in S3 and the 003 hyphen year ranges', () => {
    const c = corpus['003']!;
    const found = runChecks(c.issue);
    const flagged = new Set(found.filter((f) => f.rule === 'punctuation-width').map((f) => `${f.article}/${f.block}/${f.field ?? ''}/${f.offset}`));
    let expected = 0;
    let missed: string[] = [];
    const ranges: string[] = [];
    for (const article of c.issue.sections.flatMap((s) => s.articles))
      for (const unit of articleUnits(article)) {
        if (unit.field === 'docNo') continue;
        for (const m of unit.text.matchAll(/(?<=\p{Script=Han})[,;:()]|[,;:()](?=\p{Script=Han})/gu)) {
          expected++;
          const key = `${unit.article}/${unit.block}/${unit.field ?? ''}/${m.index}`;
          if (!flagged.has(key)) missed.push(`${key} ${unit.text.slice(m.index - 5, m.index + 5)}`);
        }
        for (const m of unit.text.matchAll(/\d{4}-\d{4}(?=年)/g)) ranges.push(`${unit.article}/${unit.block}/${m.index}`);
      }
    console.log(`S3: ${expected} half-width marks beside Han, ${flagged.size} punctuation-width findings`);
    expect(expected).toBeGreaterThan(1500);
    expect(missed).toEqual([]);
    const hyphens = found.filter((f) => f.rule === 'dates' && /^\d{4}-\d{4}$/.test(f.text));
    expect(hyphens.map((f) => `${f.article}/${f.block}/${f.offset}`).sort()).toEqual(ranges.sort());
    expect(hyphens.length).toBeGreaterThanOrEqual(6);
    for (const f of hyphens) expect(f).toMatchObject({ severity: 'error', fix: f.text.replace('-', '—') });
  });

  it('flags a real 文号 written with [ ] and fixes it back', () => {
    const c = corpus['000']!;
    const issue = structuredClone(c.issue);
    const target = issue.sections[0]!.articles[0]!;
    const printed = target.meta.docNo!;
    expect(printed).toBe(c.truth.entries![0]!.docNumber);
    target.meta.docNo = printed.replace('〔', '[').replace('〕', ']');
    const found = runChecks(issue).filter((f) => f.rule === 'doc-no' && f.article === target.id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', field: 'docNo', block: -1, text: '[2022]', fix: '〔2022〕' });
    expect(applyFixes(issue, found).sections[0]!.articles[0]!.meta.docNo).toBe(printed);
  });

  it.each(SEEDS)('leaves no error in %s after its own fixes, and few warnings', (seed) => {
    const c = corpus[seed.slice(0, 3)]!;
    const before = runChecks(c.issue);
    const fixed = applyFixes(c.issue, before);
    const after = runChecks(fixed);
    const perRule = (list: Finding[], severity: string) => {
      const counts: Record<string, number> = {};
      for (const f of list) if (f.severity === severity) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      return counts;
    };
    console.log(`${seed}: before ${JSON.stringify(perRule(before, 'error'))} errors; after fixes: warnings ${JSON.stringify(perRule(after, 'warning'))}, info ${JSON.stringify(perRule(after, 'info'))}`);
    for (const f of after.filter((x) => x.severity !== 'error')) console.log(`  ${f.severity} ${f.rule} ${f.article}#${f.block}${f.field ? `.${f.field}` : ''}:${f.offset} 「${f.text}」 ${f.message}`);
    expect(after.filter((f) => f.severity === 'error')).toEqual([]);
    expect(after.filter((f) => f.severity === 'warning').length).toBeLessThan(30);
  });
});
