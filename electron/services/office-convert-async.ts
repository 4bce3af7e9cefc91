// .doc / .wps → .docx without blocking: the same LibreOffice call as office-convert.ts (whose soffice lookup it
// reuses), run asynchronously, because in the app it would otherwise freeze the main process for seconds.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../shared/errors';
import { findSoffice } from './office-convert';

export const NEEDS_CONVERSION = ['.doc', '.wps'];

export async function convertOfficeAsync(bytes: Uint8Array, fileName: string, timeoutMs = 120_000): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) throw new InputError(fileName, '', '需要 LibreOffice 才能读取 .doc/.wps 文件：请安装 LibreOffice，或在 Word/WPS 中另存为 .docx 后再导入');
  const dir = await fs.mkdtemp(path.join(tmpdir(), 'gazette-convert-'));
  try {
    const input = path.join(dir, `source${path.extname(fileName).toLowerCase() || '.doc'}`);
    await fs.writeFile(input, bytes);
    const out = path.join(dir, 'out');
    const args = [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', out, input];
    await new Promise<void>((resolve, reject) =>
      execFile(soffice, args, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (error) => {
        if (!error) return resolve();
        const timedOut = (error as { killed?: boolean }).killed;
        reject(new InputError(fileName, '', timedOut ? 'LibreOffice 转换超时，文件可能已损坏' : 'LibreOffice 无法转换此文件，文件可能已损坏'));
      }),
    );
    const produced = (await fs.readdir(out).catch(() => [] as string[])).find((f) => f.toLowerCase().endsWith('.docx'));
    if (!produced) throw new InputError(fileName, '', 'LibreOffice 没有转换出 .docx，文件可能已损坏或不是 Word/WPS 文档');
    return new Uint8Array(await fs.readFile(path.join(out, produced)));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
