// A real document the engine was not tuned on: corpus seed 001 (腾冲市人民政府's notice issuing two
// 2021—2030 plans, 108 pages) set as a one-document issue and checked by the same yardstick as 000 and 003
// (../shared/tools/verify-pdf.py), against its own truth file's title.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusDir, corpusNote, hasCorpus, toolsDir } from '../helpers/paths';
import { runGazette } from '../helpers/run-cli';

corpusNote();
const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0;
const SEED_001 = '001_b03f16fc08b0e482';

describe.skipIf(!hasCorpus || !hasPoppler)('seed 001 as a one-document issue', () => {
  test('verify-pdf.py prints PASS', () => {
    const truth = JSON.parse(readFileSync(path.join(corpusDir, 'truth', `${SEED_001}.json`), 'utf8'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-001-'));
    const articles = path.join(dir, 'articles');
    mkdirSync(articles);
    const source = path.join(corpusDir, 'articles', SEED_001);
    const files = readdirSync(source).filter((f) => f.endsWith('.txt'));
    for (const f of files) copyFileSync(path.join(source, f), path.join(articles, f));
    const date = String(truth.document.date);
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
      gazette: { name: '腾冲市人民政府公报', year: Number(date.slice(0, 4)), issue: 12 },
      sections: [{ title: '市政府文件', articles: files.map((f) => `articles/${f}`) }],
    }));
    // verify-pdf.py reads the entries' body titles; the seed's truth describes one document.
    const truthFile = path.join(dir, 'truth.json');
    writeFileSync(truthFile, JSON.stringify({ entries: [{ seq: 1, bodyTitle: truth.document.title }] }));

    const pdf = path.join(dir, 'out.pdf');
    const report = path.join(dir, 'report.json');
    const built = runGazette(['build', path.join(dir, 'manifest.json'), '--pdf', pdf, '--report', report]);
    expect(built.code).toBe(0);
    const out = spawnSync('python3', [path.join(toolsDir, 'verify-pdf.py'), pdf, report, truthFile, articles], { encoding: 'utf8' });
    expect(out.stdout).toMatch(/^PASS: 15\/15/m);
    expect(JSON.parse(readFileSync(report, 'utf8')).pages).toBeGreaterThan(100);
  }, 240_000);
});
