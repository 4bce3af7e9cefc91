// npm run bench: builds the seed-000 corpus issue and the sample issue; prints pages, wall time per phase
// (fonts, layout, pagination, PDF), pages per second, peak memory and the relayout time after a
// one-character edit. Figures only: nothing here passes or fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIssue } from '../cli/load-input';
import { createFontSource } from '../services/font-files';
import { createFontSet } from '../../shared/fonts/font-set';
import { createLayoutCache, layoutIssue } from '../../shared/typeset/layout-issue';
import { writePdf } from '../../shared/export/pdf/write-pdf';
import { editOneCharacter } from './edit-one-char';
import { measureCommand, measureNode, type CommandFigures } from './command-figures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(root, '../shared/corpus');

interface Figures {
  name: string;
  pages: number;
  load: number;
  fonts: number;
  layout: number;
  pagination: number;
  pdf: number;
  total: number;
  relayout: number;
  relayoutCpu: number;
  relayoutPhases: Record<string, number>;
  relaidArticles: number;
  cpu: number;
  /** CPU ms of load, fonts, layout+pagination, PDF */
  cpuPhases: number[];
  pdfBytes: number;
}

async function benchOne(name: string, manifest: string): Promise<Figures> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { issue } = await loadIssue(manifest);
  const t1 = performance.now();
  const k1 = process.cpuUsage(c0);
  const source = createFontSource();
  // Fonts phase: open every role's first face (what a build needs before the first line).
  const fonts = createFontSet(issue.profile, source);
  for (const role of ['song', 'fang', 'hei', 'kai', 'title', 'latin'] as const) fonts.glyph(role, 0x4e00);
  const t2 = performance.now();
  const k2 = process.cpuUsage(c0);
  const cache = createLayoutCache();
  cache.fonts = fonts;
  const timings: Record<string, number> = {};
  const tree = layoutIssue(issue, source, { cache, timings });
  const t3 = performance.now();
  const k3 = process.cpuUsage(c0);
  const pdf = await writePdf(tree, source);
  const t4 = performance.now();
  const cpu = process.cpuUsage(c0);
  // Relayout after a one-character edit in one article (the editor's case): cache kept.
  const edited = editOneCharacter(issue);
  const relayoutPhases: Record<string, number> = {};
  // Median of several edits: a single measurement on a shared machine says little.
  const walls: number[] = [];
  const cpus: number[] = [];
  let current = edited;
  for (let k = 0; k < 9; k++) {
    const rc = process.cpuUsage();
    const r0 = performance.now();
    layoutIssue(current, source, { cache, timings: k === 0 ? relayoutPhases : {} });
    walls.push(performance.now() - r0);
    const used = process.cpuUsage(rc);
    cpus.push((used.user + used.system) / 1000);
    current = editOneCharacter(current);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const r0 = 0;
  const r1 = median(walls);
  const relayoutCpu = median(cpus);
  return {
    name,
    pages: tree.pages.length,
    load: t1 - t0,
    fonts: t2 - t1 + (timings.fonts ?? 0),
    layout: timings.layout ?? 0,
    pagination: timings.pagination ?? 0,
    pdf: t4 - t3,
    total: t4 - t0,
    relayout: r1 - r0,
    relayoutCpu,
    relayoutPhases,
    cpu: (cpu.user + cpu.system) / 1000,
    cpuPhases: [k1, k2, k3, cpu].map((k, i, all) => (k.user + k.system - (i ? all[i - 1]!.user + all[i - 1]!.system : 0)) / 1000),
    relaidArticles: cache.laidOut,
    pdfBytes: pdf.length,
  };
}

/** Typing latency and preview update in the browser editor (test/e2e/perf), when Chromium is installed. */
async function editorFigures(): Promise<void> {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium || !existsSync(path.join(corpus, 'seeds'))) {
    console.log('editor: 跳过（没有 Chromium 或语料）');
    return;
  }
  const { measureEditor } = await import('../../test/e2e/perf/editor-perf');
  const e = await measureEditor(root);
  console.log(`editor (${e.document}, ${e.blocks} blocks, ${e.pages} pages): typing median ${e.typingMedianMs.toFixed(0)} ms, p95 ${e.typingP95Ms.toFixed(0)} ms over ${e.keystrokes} keystrokes; preview update median ${e.previewUpdateMedianMs.toFixed(0)} ms`);
}

function corpusManifest(dir: string): string | undefined {
  const truth = path.join(corpus, 'truth/000_63a1460c37b6d648.json');
  if (!existsSync(truth)) return undefined;
  execFileSync('python3', [path.join(corpus, '../tools/make-manifest.py'), truth, dir], { stdio: 'ignore' });
  return path.join(dir, 'manifest.json');
}

export async function runBench(args: string[]): Promise<number> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-bench-'));
  try {
    const runs: Array<[string, string | undefined]> = [
      ['德宏 seed 000', corpusManifest(tmp)],
      ['sample', path.join(root, 'sample/manifest.json')],
    ];
    const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(8);
    const figures = (c: CommandFigures) => `${ms(c.wallMs)} wall, ${ms(c.cpuMs)} CPU (user ${ms(c.userMs).trim()}), peak ${c.maxRssMb.toFixed(0)} MB`;
    // The floor under every command below: Node itself, and Node plus loading the command's bundle.
    const bare = measureNode(root, ['-e', '0']);
    const trivial = measureCommand(root, ['--help']);
    console.log(`startup floor (median of ${trivial.runs}): node -e 0 ${figures(bare)}; gazette --help ${figures(trivial)}`);
    for (const [name, manifest] of runs) {
      if (!manifest || !existsSync(manifest)) {
        console.log(`${name}: 跳过（找不到清单）`);
        continue;
      }
      const f = await benchOne(name, manifest);
      console.log(`${f.name}: ${f.pages} 页`);
      console.log(`  load+import ${ms(f.load)}  fonts ${ms(f.fonts)}  layout ${ms(f.layout)}  pagination ${ms(f.pagination)}  pdf ${ms(f.pdf)}`);
      console.log(`  whole build ${ms(f.total)} wall, ${ms(f.cpu)} CPU  → ${(f.pages / (f.total / 1000)).toFixed(0)} pages/s, PDF ${(f.pdfBytes / 1e6).toFixed(2)} MB`);
      const [cl, cf, cy, cp] = f.cpuPhases.map(ms);
      console.log(`  CPU time: load+import ${cl}  fonts ${cf}  layout+pagination ${cy}  pdf ${cp}`);
      // The command as a user runs it: a fresh process (Node start and bundle loading included).
      const cmd = measureCommand(root, ['build', manifest, '--pdf', path.join(tmp, 'cli.pdf')]);
      const target = f.pages > 100 ? '  (target: under Typst\'s 600 ms, aim 300 ms; peak memory under 300 MB)' : '';
      console.log(`  gazette build --pdf as a command (median of ${cmd.runs}): ${figures(cmd)}${target}; above the gazette --help floor: ${ms(cmd.wallMs - trivial.wallMs).trim()} wall`);
      const rp = f.relayoutPhases;
      console.log(`  relayout after a one-character edit (median of 9): ${ms(f.relayout)} wall, ${ms(f.relayoutCpu)} CPU (${f.relaidArticles} article laid out again; first: layout ${ms(rp.layout ?? 0)}, pagination ${ms(rp.pagination ?? 0)})${f.pages > 100 ? '  (target: under 30 ms)' : ''}`);
    }
    console.log(`peak memory of this bench process (rss high-water, both issues and 18 relayouts): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    // The editor figures (issue 7) are part of the bench; --no-editor skips the browser run.
    if (!args.includes('--no-editor')) await editorFigures();
    else console.log('editor (typing p95, preview update): skipped (--no-editor)');
    console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (wall times stretch when other work runs)`);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
