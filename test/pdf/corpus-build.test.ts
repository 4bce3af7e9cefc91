// The corpus yardsticks: seed 003 and 000 built by `gazette build`, checked by ../shared/tools/verify-pdf.py
// and read back with pdfjs: 28 characters a full line, 22 lines a page, 禁则, folios and their side, 目录
// numbers equal to the page each title stands on, every source Han character present.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusDir, corpusNote, hasCorpus, toolsDir } from '../helpers/paths';
import { makeCorpusManifest, SEED_000, SEED_003 } from '../helpers/corpus-manifest';
import { runGazette } from '../helpers/run-cli';
import { readPdf, type PdfPage } from './read-pdf';

corpusNote();
const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0;

const NO_START = new Set('，。、；：？！）》」』〕】’”〉');
const NO_END = new Set('（《「『〔【‘“〈');
const han = (s: string) => Array.from(s).filter((c) => c >= '\u4e00' && c <= '\u9fff');
const mode = (xs: number[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<number, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];

function buildSeed(seed: string) {
  const manifest = makeCorpusManifest(seed);
  const dir = path.dirname(manifest);
  const pdf = path.join(dir, 'out.pdf');
  const report = path.join(dir, 'report.json');
  const result = runGazette(['build', manifest, '--pdf', pdf, '--report', report]);
  // The build's proofreading summary (real findings in the corpus text) is the only thing allowed on stderr.
  expect(result.stderr.replace(/^校对：.*\n/m, '')).toBe('');
  expect(result.code).toBe(0);
  return { dir, pdf, report: JSON.parse(readFileSync(report, 'utf8')), truth: path.join(corpusDir, 'truth', `${seed}.json`) };
}

describe.skipIf(!hasCorpus)('corpus issues built into PDF', () => {
  for (const seed of [SEED_003, SEED_000]) {
    test.skipIf(!hasPoppler)(`${seed.slice(0, 3)}: verify-pdf.py prints PASS`, () => {
      const b = buildSeed(seed);
      const out = spawnSync('python3', [path.join(toolsDir, 'verify-pdf.py'), b.pdf, path.join(b.dir, 'report.json'), b.truth, path.join(b.dir, 'articles')], { encoding: 'utf8' });
      expect(out.stdout).toMatch(/^PASS: /m);
      expect(out.status).toBe(0);
    }, 240_000);
  }

  test('003 read back with pdfjs', async () => {
    const b = buildSeed(SEED_003);
    const { pages } = await readPdf(new Uint8Array(readFileSync(b.pdf)));
    const toc = b.report.toc as Array<{ title: string; page: number; pdfPage: number }>;
    const firstBody = Math.min(...toc.map((t) => t.pdfPage));
    const bodyPages = pages.slice(firstBody - 1);
    const left = 28 * (72 / 25.4);
    const right = left + 156 * (72 / 25.4);
    const inBand = (p: PdfPage) => p.lines.filter((l) => l.y > 100 && l.y < 760);

    // 22 lines a page, 28 characters a full all-Han line (29 where punctuation was compressed).
    expect(mode(bodyPages.map((p) => inBand(p).length))).toBe(22);
    const full = bodyPages.flatMap((p) => inBand(p).filter((l) => Math.abs(l.x - left) < 2 && Math.abs(l.right - right) < 2 && /^[\u3000-\u9fff\uff00-\uffef]{20,}$/.test(l.text)));
    expect(full.length).toBeGreaterThan(1000);
    expect(mode(full.map((l) => l.text.length))).toBe(28);
    expect(full.filter((l) => l.text.length === 28 || l.text.length === 29).length / full.length).toBeGreaterThan(0.95);

    // 禁则: no line starts with a closing mark or ends with an opening one.
    const bad = bodyPages.flatMap((p) => p.lines.filter((l) => NO_START.has(l.text[0]!) || NO_END.has(l.text[l.text.length - 1]!)));
    expect(bad.map((l) => l.text)).toEqual([]);

    // Folios: "— N —" below the type area, odd right / even left, one character in; numbers run on.
    let folios = 0;
    bodyPages.forEach((p, k) => {
      const folio = p.lines.find((l) => /^—\d+—$/.test(l.text) && l.y > 760);
      if (!folio) return; // a blank page
      folios++;
      const n = Number(folio.text.replace(/—/g, ''));
      expect(n).toBe(k + 1);
      if (n % 2 === 1) expect(Math.abs(right - 15.79 - folio.right)).toBeLessThan(2);
      else expect(Math.abs(left + 15.79 - folio.x)).toBeLessThan(2);
    });

    expect(folios).toBeGreaterThan(bodyPages.length * 0.9);

    // 目录 numbers equal the page where each title stands.
    const front = pages.slice(0, firstBody - 1).map((p) => p.lines.map((l) => l.text).join('\n')).join('\n');
    for (const t of toc) {
      expect(front).toContain(`(${t.page})`);
      const page = pages[t.pdfPage - 1]!;
      const text = page.lines.map((l) => l.text).join('');
      expect(text).toContain(t.title.replace(/\s/g, '').slice(0, 10));
      expect(page.lines.some((l) => l.text === `—${t.page}—`)).toBe(true);
    }

    // Every Han character of the sources is in the body pages.
    const articles = path.join(b.dir, 'articles');
    const source = readdirSync(articles).flatMap((f) => han(readFileSync(path.join(articles, f), 'utf8')));
    const printed = new Map<string, number>();
    for (const c of han(bodyPages.map((p) => p.bits.map((x) => x.str).join('')).join(''))) printed.set(c, (printed.get(c) ?? 0) + 1);
    const need = new Map<string, number>();
    for (const c of source) need.set(c, (need.get(c) ?? 0) + 1);
    const lost = [...need].filter(([c, n]) => (printed.get(c) ?? 0) < n).map(([c]) => c);
    expect(lost).toEqual([]);
  }, 240_000);
});

