// The PDF plan never loads pdfkit: planning runs on the main thread while a worker imports pdfkit, and writePdf
// loads the renderer only when called. Read from esbuild's bundle graph of the modules (static imports).
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

/** The packages a module imports statically, through every project module it imports statically. */
async function staticPackages(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(repoRoot, entry)],
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    outdir: '/tmp/plan-graph',
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const main = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return [...new Set(main!.imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => i.path))];
}

describe('module graph of the PDF writer', () => {
  it('pdf-plan.ts and write-pdf.ts import no pdfkit (the renderer is loaded on demand)', async () => {
    for (const entry of ['shared/export/pdf/pdf-plan.ts', 'shared/export/pdf/write-pdf.ts']) {
      const packages = await staticPackages(entry);
      expect(packages, entry).not.toContain('pdfkit');
    }
    // The renderer does: the check above can see it.
    expect(await staticPackages('shared/export/pdf/render-pdf.ts')).toContain('pdfkit');
  });
});
