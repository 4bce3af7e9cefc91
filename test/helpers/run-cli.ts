// Runs the real `gazette` command (bin/gazette.js) in a child process and collects what it printed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runGazette(args: string[], cwd = repoRoot, timeoutMs = 120_000): CliResult {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/gazette.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, GAZETTE_DEBUG: '' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
