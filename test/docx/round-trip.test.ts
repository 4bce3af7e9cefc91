// Round trip: the DOCX we write, imported again with importDocument, gives back the same documents — titles,
// 文号, table cells and paragraphs — for the sample issue and the corpus issue 000. A failure lists what differs.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadIssue } from '../../electron/cli/load-input';
import { printedBody } from '../../shared/export/docx/article';
import { formatChineseDate } from '../../shared/export/docx/closing';
import { createContext } from '../../shared/export/docx/context';
import { writeDocx } from '../../shared/export/docx/write-docx';
import { importDocument } from '../../shared/import/import-document';
import { blockText, type Block } from '../../shared/model/blocks';
import type { Article, Issue } from '../../shared/model/issue';
import { makeCorpusManifest, SEED_000 } from '../helpers/corpus-manifest';
import { corpusNote, hasCorpus, repoRoot } from '../helpers/paths';
import { engineTree } from './engine';

corpusNote();

/** Text compared without spaces, with ISO dates as printed (the 成文日期 is stored ISO, printed 2024年2月1日). */
const norm = (s: string) => formatChineseDate(s.trim()).replace(/\s+/g, '');

interface Summary {
  title: string;
  docNo: string;
  paragraphs: string[];
  cells: string[];
}

function summary(issue: Issue, article: Article): Summary {
  const body: Block[] = printedBody(createContext(issue), article);
  const paragraphs: string[] = [];
  const cells: string[] = [];
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') paragraphs.push(norm(blockText(block)));
      else if (block.type === 'table') for (const row of block.children) for (const cell of row.children) cells.push(norm(blockText(cell)));
      else if (block.type === 'box') walk(block.children);
    }
  };
  walk(body);
  return { title: norm(article.meta.title), docNo: norm(article.meta.docNo ?? ''), paragraphs: paragraphs.filter(Boolean), cells };
}

/** What the import lost or added, one line each (at most 5 per kind and article). */
function differences(original: Issue, imported: Article[]): string[] {
  const out: string[] = [];
  const articles = original.sections.flatMap((s) => s.articles);
  if (imported.length !== articles.length) out.push(`文档数：写出 ${articles.length} 篇，读回 ${imported.length} 篇`);
  articles.forEach((article, i) => {
    const want = summary(original, article);
    const back = imported[i];
    const label = `第${i + 1}篇《${want.title.slice(0, 20)}》`;
    if (!back) return void out.push(`${label}：没有读回`);
    const got = summary(original, back);
    if (got.title !== want.title) out.push(`${label}：标题读回为《${got.title}》`);
    if (got.docNo !== want.docNo) out.push(`${label}：文号 ${want.docNo || '（无）'} 读回为 ${got.docNo || '（无）'}`);
    const lost = (a: string[], b: string[]) => {
      const left = new Map<string, number>();
      for (const s of b) left.set(s, (left.get(s) ?? 0) + 1);
      return a.filter((s) => {
        const n = left.get(s) ?? 0;
        if (n > 0) left.set(s, n - 1);
        return n === 0;
      });
    };
    for (const [kind, a, b] of [['段落', want.paragraphs, got.paragraphs], ['表格单元格', want.cells, got.cells]] as const) {
      const missing = lost(a, b);
      const extra = lost(b, a);
      if (missing.length) out.push(`${label}：丢失${kind} ${missing.length} 个，如「${missing.slice(0, 3).map((s) => s.slice(0, 30)).join('」「')}」`);
      if (extra.length) out.push(`${label}：多出${kind} ${extra.length} 个，如「${extra.slice(0, 3).map((s) => s.slice(0, 30)).join('」「')}」`);
    }
  });
  return out;
}

async function roundTrip(issue: Issue, name: string): Promise<string[]> {
  const bytes = await writeDocx(issue, engineTree(issue));
  const imported = importDocument(bytes, `${name}.docx`, { split: true });
  return differences(issue, imported.articles);
}

describe('importing our DOCX gives back the issue', () => {
  test('sample issue', async () => {
    const { issue } = await loadIssue(path.join(repoRoot, 'sample/manifest.json'));
    expect(await roundTrip(issue, 'sample')).toEqual([]);
  });

  test.skipIf(!hasCorpus)('corpus issue 000', async () => {
    const { issue } = await loadIssue(makeCorpusManifest(SEED_000));
    expect(await roundTrip(issue, '000')).toEqual([]);
  });
});
