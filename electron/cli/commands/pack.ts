// gazette pack <manifest.json> --out <file.gazette>
import { parseCommandArgs } from '../args';
import { loadIssue } from '../load-input';
import { UsageError, type CliIO } from '../output';
import { encodeGazette } from '../../../shared/model/gazette-file';
import { writeFileExplained } from '../../services/write-errors';
import path from 'node:path';

export const packUsage = 'gazette pack <manifest.json> --out <file.gazette>';

export async function pack(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
  if (positionals.length !== 1 || !values.out) throw new UsageError(`用法：${packUsage}`);
  const input = path.resolve(io.cwd, positionals[0]!);
  const out = path.resolve(io.cwd, values.out);
  const { issue, assets } = await loadIssue(input);
  await writeFileExplained(out, encodeGazette(issue, assets), '写入');
  const articles = issue.sections.reduce((n, s) => n + s.articles.length, 0);
  io.stdout(`已打包 ${issue.sections.length} 个栏目、${articles} 篇文档 → ${values.out}\n`);
  return 0;
}
