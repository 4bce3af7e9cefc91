// gazette build <manifest.json | file.gazette> [--pdf FILE] [--docx FILE] [--report FILE]
import path from 'node:path';
import { parseCommandArgs } from '../args';
import { loadIssue } from '../load-input';
import { UsageError, type CliIO } from '../output';
import { writeFileAtomic } from '../../services/atomic-file';
import { createFontSource } from '../../services/font-files';
import { fontSetUsedWith, layoutIssue } from '../../../shared/typeset/layout-issue';
import { runChecks } from '../../../shared/check/run-checks';
import { defaultCheckerProfile } from '../../../shared/check/checker-profile';
import { hasGlyphInFontSet } from '../../../shared/check/font-coverage';
import { writePdf } from '../../../shared/export/pdf/write-pdf';
import { buildReport } from '../../../shared/typeset/build-report';
import { imageSize } from '../../../shared/typeset/image-size';

export const buildUsage = 'gazette build <manifest.json | file.gazette> [--pdf FILE] [--docx FILE] [--report FILE]';

export async function build(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    pdf: { type: 'string' },
    docx: { type: 'string' },
    report: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError(`用法：${buildUsage}`);
  if (!values.pdf && !values.docx && !values.report) throw new UsageError('请至少给出 --pdf、--docx 或 --report 之一');
  const resolve = (file: string) => path.resolve(io.cwd, file);
  const { issue, assets } = await loadIssue(resolve(positionals[0]!));

  // Everything is produced in memory first, so a failure leaves no output file behind.
  const fonts = createFontSource();
  const phases: Record<string, number> = {};
  const t0 = performance.now();
  const tree = layoutIssue(issue, fonts, {
    timings: phases,
    imageSize: (name) => {
      const bytes = assets.get(name);
      return bytes ? imageSize(bytes) : undefined;
    },
  });
  const t1 = performance.now();
  const pdf = values.pdf ? await writePdf(tree, fonts, { image: (name) => assets.get(name) }) : undefined;
  const t2 = performance.now();
  // The DOCX writer (and the docx package) is loaded only when a DOCX is asked for: it costs a PDF build start-up time.
  const docx = values.docx
    ? await (await import('../../../shared/export/docx/write-docx')).writeDocx(issue, tree, { image: (name) => assets.get(name) })
    : undefined;
  const t3 = performance.now();
  // The build proofreads too (warnings in the report, never a stop): the fonts just used answer the missing-glyph rule.
  const fontSet = fontSetUsedWith(fonts);
  const findings = values.report
    ? runChecks(issue, fontSet ? { ...defaultCheckerProfile, hasGlyph: hasGlyphInFontSet(fontSet) } : defaultCheckerProfile)
    : undefined;
  const fontProblems = fontSet
    ? [
        ...fontSet.unavailable.map((ref) => `找不到字体：${ref.family ?? ref.file ?? ''}，已改用下一个字体`),
        ...fontSet.damaged.map((d) => d.message),
      ]
    : [];
  const report = buildReport(tree, {
    fontsMs: phases.fonts ?? 0,
    layoutMs: t1 - t0,
    paginationMs: phases.pagination ?? 0,
    pdfMs: t2 - t1,
    docxMs: t3 - t2,
  }, { findings, fontProblems });

  if (pdf && values.pdf) await writeFileAtomic(resolve(values.pdf), pdf);
  if (docx && values.docx) await writeFileAtomic(resolve(values.docx), docx);
  if (values.report) await writeFileAtomic(resolve(values.report), new TextEncoder().encode(JSON.stringify(report, null, 2) + '\n'));
  const outputs = [values.pdf, values.docx, values.report].filter(Boolean).join('、');
  io.stdout(`已排版 ${report.pages} 页，目录 ${report.toc.length} 条 → ${outputs}\n`);
  if (report.checks && report.checks.errors + report.checks.warnings > 0) {
    io.stderr(`校对：${report.checks.errors} 个错误、${report.checks.warnings} 个警告（详见 ${values.report}，或运行 gazette check）\n`);
  }
  for (const problem of fontProblems) io.stderr(`注意：${problem}\n`);
  if (report.missingGlyphs.length > 0) {
    io.stderr(`注意：有 ${report.missingGlyphs.length} 个字符在所有字体中都找不到：${[...new Set(report.missingGlyphs.map((m) => m.char))].join('')}\n`);
  }
  return 0;
}
