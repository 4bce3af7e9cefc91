// gazette import <file>... [--out FILE] [--split] [--keep-original]
// Prints (or writes) the articles as JSON: [{source,title,docNo,recipients,signer,date,note,kind,blocks,fields}].
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../../../shared/errors';
import { parseCommandArgs } from '../args';
import { readInputFile } from '../load-input';
import { UsageError, type CliIO } from '../output';
import { writeFileExplained } from '../../services/write-errors';
import { makeOfficeConverter } from '../../services/office-convert';
import { importDocument, MAX_SOURCE_BYTES } from '../../../shared/import/import-document';
import { articleToImportJson } from '../../../shared/import/import-json';

export const importUsage = 'gazette import <file>... [--out FILE] [--split] [--keep-original]';

export async function importFiles(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    split: { type: 'boolean' },
    'keep-original': { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError(`用法：${importUsage}`);
  const convertOffice = makeOfficeConverter();
  const out = [];
  for (const [i, file] of positionals.entries()) {
    const full = path.resolve(io.cwd, file);
    // Refuse a huge file before reading it, so memory stays bounded.
    const size = await stat(full).then((s) => (s.isFile() ? s.size : 0), () => 0);
    if (size > MAX_SOURCE_BYTES) throw new InputError(file, '', `文件太大（${Math.round(size / 1048576)} MB，上限 ${MAX_SOURCE_BYTES / 1048576} MB）`);
    const bytes = await readInputFile(full);
    const result = importDocument(bytes, file, {
      idPrefix: `f${i + 1}-`,
      ...(values.split ? { split: true } : {}),
      normalize: !values['keep-original'],
      convertOffice,
    });
    for (const warning of result.warnings) io.stderr(`${file}: ${warning}\n`);
    out.push(...result.articles.map((article) => articleToImportJson(article, file)));
  }
  const json = JSON.stringify(out, null, 2) + '\n';
  if (values.out) await writeFileExplained(path.resolve(io.cwd, values.out), new TextEncoder().encode(json), '写入');
  else io.stdout(json);
  return 0;
}
