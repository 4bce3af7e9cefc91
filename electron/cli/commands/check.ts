// gazette check <manifest.json | file.gazette | file> [--json]   (the checker issue completes the rules)
import path from 'node:path';
import { parseCommandArgs } from '../args';
import { loadIssue } from '../load-input';
import { UsageError, type CliIO } from '../output';
import { runChecks } from '../../../shared/check/run-checks';

export const checkUsage = 'gazette check <manifest.json | file.gazette | file> [--json]';

export async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError(`用法：${checkUsage}`);
  const { issue } = await loadIssue(path.resolve(io.cwd, positionals[0]!));
  const findings = runChecks(issue);
  if (values.json) io.stdout(JSON.stringify(findings, null, 2) + '\n');
  else for (const f of findings) io.stdout(`${f.severity} ${f.rule} ${f.article}#${f.block}:${f.offset} 「${f.text}」 ${f.message}\n`);
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
