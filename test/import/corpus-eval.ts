// Scores the importer against the corpus truth files (../shared/corpus): titles, 文号, dates, tables.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../../shared/import/import-document';
import type { Article } from '../../shared/model/issue';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const hasCorpus = existsSync(path.join(corpusDir, 'truth'));

export interface Expected {
  file: string;
  title: string;
  docNo: string | null;
  date: string | null;
  recipients: string | null;
  signer: string | null;
  note: string | null;
  /** Column counts of the tab-separated tables in the file, in order (derived from the file itself). */
  tables: number[];
}

/** Truth key for titles: no spaces, () → （）, [] → 〔〕 (corpus README "tolerant comparison"). */
export function titleKey(t: string): string {
  return t.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/[[［]/g, '〔').replace(/[\]］]/g, '〕');
}

export function expectations(): Expected[] {
  const out: Expected[] = [];
  const truthDir = path.join(corpusDir, 'truth');
  for (const name of readdirSync(truthDir).filter((f) => f.endsWith('.json')).sort()) {
    const truth = JSON.parse(readFileSync(path.join(truthDir, name), 'utf8'));
    if (Array.isArray(truth.entries)) {
      for (const e of truth.entries) {
        const file = path.resolve(truthDir, e.articleFile);
        out.push({ file, title: e.bodyTitle, docNo: e.docNumberNormalized ?? null, date: e.date ?? null, recipients: e.addressee ?? null, signer: e.issuer ?? null, note: e.publicationNote ?? null, tables: tabTables(file) });
      }
    } else if (truth.document) {
      // 001: one document (document-structure-truth/1); its single article file holds the whole notice.
      const dir = path.join(corpusDir, 'articles', name.replace(/\.json$/, ''));
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const file = path.join(dir, f);
        const d = truth.document;
        out.push({ file, title: d.title, docNo: d.docNumber ?? null, date: d.date ?? null, recipients: d.addressee ?? null, signer: d.issuer ?? null, note: d.publicationNote ?? null, tables: tabTables(file) });
      }
    }
  }
  return out;
}

/** Tables in the article file: runs of tab lines (single blank lines allowed inside), widest row without trailing empties. */
export function tabTables(file: string): number[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const tables: number[] = [];
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.includes('\t')) {
      const cells = l.split('\t');
      while (cells.length && cells[cells.length - 1]!.trim() === '') cells.pop();
      if (!open) tables.push(0);
      tables[tables.length - 1] = Math.max(tables[tables.length - 1]!, cells.length);
      open = true;
    } else if (!(l.trim() === '' && (lines[i + 1] ?? '').includes('\t'))) open = false;
  }
  return tables;
}

export function tableColumns(article: Article): number[] {
  return article.body.filter((b) => b.type === 'table').map((t) => {
    if (t.type !== 'table') return 0;
    return Math.max(...t.children.map((row) => row.children.reduce((n, c) => n + (c.colSpan ?? 1), 0)), 0);
  });
}

export interface Score {
  n: number;
  title: number;
  docNo: number;
  date: number;
  recipients: number;
  signer: number;
  note: number;
  tablesExpected: number;
  tablesFound: number;
  failures: string[];
}

export function score(normalize: boolean): Score {
  const s: Score = { n: 0, title: 0, docNo: 0, date: 0, recipients: 0, signer: 0, note: 0, tablesExpected: 0, tablesFound: 0, failures: [] };
  for (const e of expectations()) {
    const bytes = readFileSync(e.file);
    const result = importDocument(bytes, path.basename(e.file), { normalize });
    const name = path.basename(path.dirname(e.file)).slice(0, 3) + '/' + path.basename(e.file).slice(0, 2);
    s.n++;
    if (result.articles.length !== 1) s.failures.push(`${name}: ${result.articles.length} articles`);
    const a = result.articles[0]!;
    if (titleKey(a.meta.title) === titleKey(e.title)) s.title++;
    else s.failures.push(`${name} title: ${a.meta.title} ≠ ${e.title}`);
    if ((a.meta.docNo ?? null) === e.docNo) s.docNo++;
    else s.failures.push(`${name} docNo: ${a.meta.docNo} ≠ ${e.docNo}`);
    if ((a.meta.date ?? null) === e.date) s.date++;
    else s.failures.push(`${name} date: ${a.meta.date} ≠ ${e.date}`);
    // 主送, 署名, 附注 compared with punctuation width unified (the truth keeps the printed width).
    const wide = (t: string | null | undefined) => (t == null ? null : titleKey(t).replace(/,/g, '，').replace(/:/g, '：'));
    for (const [field, got, want] of [['recipients', a.meta.recipients, e.recipients], ['signer', a.meta.signer, e.signer], ['note', a.meta.note, e.note]] as const) {
      if (wide(got) === wide(want)) s[field]++;
      else s.failures.push(`${name} ${field}: ${got} ≠ ${want}`);
    }
    const cols = tableColumns(a);
    s.tablesExpected += e.tables.length;
    const matched = e.tables.filter((c, k) => cols[k] === c).length;
    s.tablesFound += cols.length === e.tables.length ? matched : 0;
    if (cols.join() !== e.tables.join()) s.failures.push(`${name} tables: [${cols}] ≠ [${e.tables}]`);
  }
  return s;
}
