// Figures only: how long setting every corpus paragraph takes (npx tsx test/typeset-text/bench-lines.ts).
// Prints font loading, a cold pass (glyph caches empty) and warm passes, for all seeds and for the 德宏 issue (000).
import { createFontSource } from '../../electron/services/font-files';
import { createFontSet } from '../../shared/fonts/font-set';
import { getProfile } from '../../shared/profiles';
import { breakParagraph } from '../../shared/typeset/text';
import { corpusParagraphs, corpusPresent, type CorpusParagraph } from './corpus';
import { MEASURE, PITCH } from './helpers';

if (!corpusPresent) {
  console.log('bench-lines: ../shared/corpus/articles not found, nothing to measure');
  process.exit(0);
}

// Reading font files is timed apart: the fallback face is read when the first character needs it.
const files = createFontSource(undefined, []);
let readMs = 0;
const source = {
  read: (ref: Parameters<typeof files.read>[0]) => {
    const t = performance.now();
    const bytes = files.read(ref);
    readMs += performance.now() - t;
    return bytes;
  },
};
const t0 = performance.now();
const fonts = createFontSet(getProfile(), source);
for (const role of ['fang', 'latin'] as const) fonts.glyph(role, 0x4e00); // open the body faces
const fontMs = performance.now() - t0;

/** CPU time in ms (user + system): on a shared two-core machine wall time mostly measures the neighbours. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function setAll(paragraphs: CorpusParagraph[]) {
  const start = performance.now();
  const cpu = cpuMs();
  let lines = 0;
  for (const p of paragraphs) {
    lines += breakParagraph(
      { runs: [{ text: p.text, role: 'fang', size: 16 }], measure: MEASURE, pitch: PITCH, firstIndent: 2 * PITCH, restIndent: 0, rightIndent: 0, align: 'justify' },
      fonts,
    ).length;
  }
  return { ms: performance.now() - start, cpu: cpuMs() - cpu, lines };
}

const all = corpusParagraphs();
const dehong = all.filter((p) => p.file.startsWith('000_'));
const chars = (ps: CorpusParagraph[]) => ps.reduce((n, p) => n + p.text.length, 0);
const readBefore = readMs;
const cold000 = setAll(dehong); // first: the build of one issue runs cold
const coldRead = readMs - readBefore;
const cold = setAll(all);
const warm = [setAll(all), setAll(all), setAll(all)].sort((a, b) => a.ms - b.ms)[1]!;
const warm000 = [setAll(dehong), setAll(dehong), setAll(dehong)].sort((a, b) => a.ms - b.ms)[1]!;
console.log(`fonts (FandolFang + Latin role): ${fontMs.toFixed(0)} ms; faces opened later: ${[...fonts.faces.keys()].join(', ')}`);
console.log(`all seeds: ${all.length} paragraphs, ${chars(all)} chars → ${cold.lines} lines; after 000: ${cold.ms.toFixed(0)} ms, warm ${warm.ms.toFixed(0)} ms wall / ${warm.cpu.toFixed(0)} ms CPU (${((chars(all) / warm.ms) * 1000 / 1e6).toFixed(2)} M chars/s)`);
console.log(`德宏 000: ${dehong.length} paragraphs, ${chars(dehong)} chars → ${warm000.lines} lines (≈ ${Math.round(warm000.lines / 22)} pages of body text); cold ${cold000.ms.toFixed(0)} ms wall / ${cold000.cpu.toFixed(0)} ms CPU (first thing set in the process; ${coldRead.toFixed(0)} ms of it reading the fallback font file), warm ${warm000.ms.toFixed(0)} ms wall / ${warm000.cpu.toFixed(0)} ms CPU`);
