// gazette import <file>... [--out FILE]   (the import issue completes recognition; this is the command's shape)
import path from 'node:path';
import { parseCommandArgs } from '../args';
import { readInputFile } from '../load-input';
import { UsageError, type CliIO } from '../output';
import { writeFileAtomic } from '../../services/atomic-file';
import { importDocument } from '../../../shared/import/import-document';
import { articleToImportJson } from '../../../shared/import/import-json';

export const importUsage = 'gazette import <file>... [--out FILE]';

export async function importFiles(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError(`用法：${importUsage}`);
  const out = [];
  for (const [i, file] of positionals.entries()) {
    const bytes = await readInputFile(path.resolve(io.cwd, file));
    const result = importDocument(bytes, path.basename(file), { idPrefix: `f${i + 1}-` });
    for (const warning of result.warnings) io.stderr(`${file}: ${warning}\n`);
    out.push(...result.articles.map((article) => articleToImportJson(article, file)));
  }
  const json = JSON.stringify(out, null, 2) + '\n';
  if (values.out) await writeFileAtomic(path.resolve(io.cwd, values.out), new TextEncoder().encode(json));
  else io.stdout(json);
  return 0;
}
