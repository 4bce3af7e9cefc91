// LibreOffice and poppler for the DOCX acceptance: one soffice run converts several files (it starts slowly),
// each run with a fresh user profile so parallel runs never share one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
export const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0;

export interface Conversion {
  status: number | null;
  output: string;
}

/** Converts the files into outDir: 'pdf', or 'docx' (LibreOffice reads the DOCX and writes it again). */
export function libreOfficeConvert(files: string[], to: 'pdf' | 'docx', outDir: string): Conversion {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    const filter = to === 'pdf' ? 'pdf' : 'docx:MS Word 2007 XML';
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...files], {
      encoding: 'utf8',
      timeout: 280_000,
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function pdfPageCount(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
}

/** Page sizes in points, one per page. */
export function pdfPageSizes(pdf: string): Array<[number, number]> {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' }).stdout;
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Text of each page, laid out as printed (pdftotext -layout). */
export function pdfPages(pdf: string): string[] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout;
  const pages = text.split('\f');
  return pages.slice(0, pdfPageCount(pdf));
}

/** The folio printed on a page ("— 12 —"), or undefined. */
export function folioOf(page: string): number | undefined {
  const all = [...page.matchAll(/—\s*(\d+)\s*—/g)];
  return all.length ? Number(all[all.length - 1]![1]) : undefined;
}

export const squeeze = (s: string) => s.replace(/\s+/g, '');
