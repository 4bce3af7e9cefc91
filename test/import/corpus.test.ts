// Acceptance on the real gazettes of ../shared/corpus: titles, 文号, dates, tables, and the split of whole issues.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../shared/import/import-document';
import { blockText } from '../../shared/model/blocks';
import { corpusDir, expectations, hasCorpus, score, titleKey } from './corpus-eval';

const pct = (a: number, n: number) => (n ? (100 * a) / n : 100).toFixed(1) + '%';

describe.skipIf(!hasCorpus)('corpus articles (../shared/corpus)', () => {
  it('recognises titles, 文号 and dates of every article file and finds every table with its columns', () => {
    for (const normalize of [true, false]) {
      const s = score(normalize);
      console.log(
        `[import corpus, normalize=${normalize}] ${s.n} articles: titles ${s.title}/${s.n} = ${pct(s.title, s.n)}, ` +
          `文号 ${s.docNo}/${s.n} = ${pct(s.docNo, s.n)}, dates ${s.date}/${s.n} = ${pct(s.date, s.n)}, ` +
          `tables with right column count ${s.tablesFound}/${s.tablesExpected}; 主送 ${pct(s.recipients, s.n)}, 署名 ${pct(s.signer, s.n)}, 附注 ${pct(s.note, s.n)}` + (s.failures.length ? `\n  ${s.failures.join('\n  ')}` : ''),
      );
      expect(s.n).toBeGreaterThanOrEqual(20);
      expect(s.title / s.n).toBeGreaterThanOrEqual(0.98);
      expect(s.docNo / s.n).toBeGreaterThanOrEqual(0.98);
      expect(s.date / s.n).toBeGreaterThanOrEqual(0.95);
      expect(s.tablesExpected).toBeGreaterThan(0);
      expect(s.tablesFound).toBe(s.tablesExpected);
      expect(Math.min(s.recipients, s.signer, s.note) / s.n).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('gives exactly one article per article file, with a body and the 落款 of 印发 notices in place', () => {
    for (const e of expectations()) {
      const { articles } = importDocument(readFileSync(e.file), path.basename(e.file));
      expect(articles, e.file).toHaveLength(1);
      expect(articles[0]!.body.length, e.file).toBeGreaterThan(0);
      expect(articles[0]!.source?.fields?.title?.lines.length, e.file).toBeGreaterThan(0);
    }
    // 000 entry 1: 署名, 日期, 附注 stand right after the covering text, before the printed plans, and are in meta too.
    const file = readdirSync(path.join(corpusDir, 'articles/000_63a1460c37b6d648')).find((f) => f.startsWith('01-'))!;
    const a = importDocument(readFileSync(path.join(corpusDir, 'articles/000_63a1460c37b6d648', file)), file).articles[0]!;
    const roles = a.body.map((b) => (b.type === 'paragraph' ? b.role ?? 'body' : b.type));
    const sig = roles.indexOf('signature');
    expect(roles.slice(sig, sig + 4)).toEqual(['signature', 'date', 'note', 'embeddedTitle']);
    expect(roles.filter((r) => r === 'embeddedTitle')).toHaveLength(2);
    expect(a.meta).toMatchObject({ signer: '德宏州人民政府', date: '2022-11-03', note: '（此件公开发布）' });
    expect(a.source?.fields?.date?.lines).toEqual([10]);
  });

  it('splits a whole gazette issue into its documents through its 目录', () => {
    for (const name of readdirSync(path.join(corpusDir, 'truth'))) {
      const truth = JSON.parse(readFileSync(path.join(corpusDir, 'truth', name), 'utf8'));
      if (!Array.isArray(truth.entries)) continue;
      const seed = path.resolve(corpusDir, 'truth', truth.seedFile);
      const { articles } = importDocument(readFileSync(seed), path.basename(seed));
      const titles = articles.map((a) => titleKey(a.meta.title));
      const expected = truth.entries.map((e: { bodyTitle: string }) => titleKey(e.bodyTitle));
      const same = expected.filter((t: string, k: number) => titles[k] === t).length;
      console.log(`[import split] ${name}: ${articles.length} articles for ${expected.length} 目录 entries, ${same} titles exact`);
      expect(articles).toHaveLength(expected.length);
      expect(same).toBe(expected.length);
      // Where the 目录 prints another title (a speech's entry names the speaker), it is kept as tocTitle.
      truth.entries.forEach((e: { tocTitle: string; bodyTitle: string }, k: number) => {
        const differs = titleKey(e.tocTitle) !== titleKey(e.bodyTitle);
        expect(articles[k]!.meta.tocTitle ? titleKey(articles[k]!.meta.tocTitle!) : undefined, e.tocTitle).toBe(differs ? titleKey(e.tocTitle) : undefined);
      });
      // The title's source lines are the seed lines the truth gives.
      expect(articles.map((a) => a.source?.fields?.title?.lines)).toEqual(truth.entries.map((e: { bodyTitleLines: number[] }) => e.bodyTitleLines));
    }
  });
});

describe.skipIf(!hasCorpus)('imported articles are valid model articles', () => {
  it('every corpus article passes the article schema (strict)', async () => {
    const { articleSchema } = await import('../../shared/model/schema');
    let n = 0;
    for (const e of expectations()) {
      const { articles } = importDocument(readFileSync(e.file), path.basename(e.file));
      for (const a of articles) {
        const r = articleSchema.safeParse(a);
        expect(r.success, `${e.file}: ${r.success ? '' : JSON.stringify(r.error.issues[0])}`).toBe(true);
        n++;
      }
    }
    console.log(`[import schema] ${n} imported articles validate against articleSchema`);
  });
});

describe.skipIf(!hasCorpus)('heading levels and embedded documents of 001 (document-structure-truth)', () => {
  it('finds the truth heading tree and both printed plans', () => {
    const truth = JSON.parse(readFileSync(path.join(corpusDir, 'truth/001_b03f16fc08b0e482.json'), 'utf8'));
    const dir = path.join(corpusDir, 'articles/001_b03f16fc08b0e482');
    const file = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
    const a = importDocument(readFileSync(path.join(dir, file)), file).articles[0]!;
    const made = new Set(a.body.flatMap((b) => (b.type === 'heading' ? [`${b.level}:${titleKey(blockText(b))}`] : [])));
    const wanted: string[] = [];
    const walk = (hs: Array<{ level: number; text: string; children?: unknown[] }>) => {
      for (const h of hs) {
        wanted.push(`${h.level}:${titleKey(h.text)}`);
        walk((h.children ?? []) as typeof hs);
      }
    };
    for (const sub of truth.subDocuments) walk(sub.headings);
    const found = wanted.filter((w) => made.has(w));
    const embedded = a.body.filter((b) => b.type === 'paragraph' && b.role === 'embeddedTitle').map((b) => titleKey(blockText(b)));
    const plans = truth.subDocuments.map((s: { title: string }) => titleKey(s.title));
    console.log(`[import headings 001] ${found.length}/${wanted.length} truth headings found at their level; embedded titles ${embedded.join(' | ')}; missing: ${wanted.filter((w) => !made.has(w)).join(' ')}`);
    expect(found.length / wanted.length).toBeGreaterThanOrEqual(0.95);
    expect(embedded).toEqual(plans);
  });
});

describe.skipIf(!hasCorpus)('documents printed inside 印发 notices (truth embeddedDocuments)', () => {
  it('finds their titles as embeddedTitle paragraphs', () => {
    let wanted = 0;
    let found = 0;
    const missing: string[] = [];
    for (const name of readdirSync(path.join(corpusDir, 'truth'))) {
      const truth = JSON.parse(readFileSync(path.join(corpusDir, 'truth', name), 'utf8'));
      for (const e of truth.entries ?? []) {
        const file = path.resolve(corpusDir, 'truth', e.articleFile);
        const a = importDocument(readFileSync(file), path.basename(file)).articles[0]!;
        const made = a.body.filter((b) => b.type === 'paragraph' && b.role === 'embeddedTitle').map((b) => titleKey(blockText(b)).replace(/〈/g, '《').replace(/〉/g, '》'));
        for (const d of e.embeddedDocuments ?? []) {
          wanted++;
          const key = titleKey(d.title).replace(/〈/g, '《').replace(/〉/g, '》');
          if (made.includes(key)) found++;
          else missing.push(`${name.slice(0, 3)}/${e.seq}: ${d.title}`);
        }
      }
    }
    console.log(`[import embedded] ${found}/${wanted} embedded document titles found` + (missing.length ? `; missing: ${missing.join(' | ')}` : ''));
    expect(wanted).toBeGreaterThan(10);
    expect(found / wanted).toBeGreaterThanOrEqual(0.9);
  });
});
