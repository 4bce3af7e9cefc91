// .doc / .wps → .docx through LibreOffice (`soffice --headless --convert-to docx`), for importDocument's
// convertOffice port. Synchronous (the importer is), bounded in time, in a private temp folder and profile.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../shared/errors';
import type { OfficeConverter } from '../../shared/import/import-document';

const CANDIDATES = ['soffice', 'libreoffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

let found: string | null | undefined;

/** The soffice binary, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  if (found !== undefined) return found;
  found = null;
  const fromEnv = process.env.GAZETTE_SOFFICE;
  for (const candidate of fromEnv ? [fromEnv, ...CANDIDATES] : CANDIDATES) {
    const probe = spawnSync(candidate, ['--version'], { timeout: 20000, stdio: 'ignore' });
    if (!probe.error && probe.status === 0) {
      found = candidate;
      break;
    }
  }
  return found;
}

export interface ConvertOptions {
  /** Most milliseconds LibreOffice may take. */
  timeoutMs?: number;
  soffice?: string | null;
}

export function makeOfficeConverter(options: ConvertOptions = {}): OfficeConverter {
  return (bytes, fileName) => {
    const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
    if (!soffice) throw new InputError(fileName, '', '需要 LibreOffice 才能读取 .doc/.wps 文件：请安装 LibreOffice，或在 Word/WPS 中另存为 .docx 后再导入');
    const dir = mkdtempSync(path.join(tmpdir(), 'gazette-convert-'));
    try {
      const ext = path.extname(fileName).toLowerCase() || '.doc';
      const input = path.join(dir, `source${ext}`);
      writeFileSync(input, bytes);
      const out = path.join(dir, 'out');
      try {
        // A private profile: a running LibreOffice of the user would otherwise swallow the request.
        execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', out, input], {
          timeout: options.timeoutMs ?? 120000,
          stdio: 'ignore',
          killSignal: 'SIGKILL',
        });
      } catch (error) {
        const e = error as NodeJS.ErrnoException & { signal?: string };
        throw new InputError(fileName, '', e.signal ? 'LibreOffice 转换超时，文件可能已损坏' : 'LibreOffice 无法转换此文件，文件可能已损坏');
      }
      const produced = readdirSafe(out).find((f) => f.toLowerCase().endsWith('.docx'));
      if (!produced) throw new InputError(fileName, '', 'LibreOffice 没有转换出 .docx，文件可能已损坏或不是 Word/WPS 文档');
      return new Uint8Array(readFileSync(path.join(out, produced)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
