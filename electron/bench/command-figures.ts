// Commands as a user runs them: a fresh Node process (start, bundle load, import, fonts, layout, PDF, writing
// the file), spawned several times; wall and CPU time are medians. Also the floor under every command: bare
// `node` and a trivial `gazette --help` (Node start plus loading the bundle), so the build's figure explains itself.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface CommandFigures {
  runs: number;
  wallMs: number;
  cpuMs: number;
  userMs: number;
  maxRssMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** `node <argv>` run `runs` times after one unmeasured run (which makes or checks the bundle and its code cache). */
export function measureNode(root: string, argv: string[], runs = 5): CommandFigures {
  const walls: number[] = [];
  const cpus: number[] = [];
  const users: number[] = [];
  const rss: number[] = [];
  const preload = path.join(root, 'electron/bench/report-usage.cjs');
  spawnSync(process.execPath, argv, { stdio: 'ignore' });
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, ['--require', preload, ...argv], { encoding: 'utf8' });
    walls.push(performance.now() - t0);
    const line = /GAZETTE-USAGE (\{.*\})/.exec(child.stderr ?? '')?.[1];
    if (child.status !== 0 || !line) throw new Error(`node ${argv.join(' ')} failed: ${child.stderr}`);
    const u = JSON.parse(line) as { userMs: number; systemMs: number; maxRssKb: number };
    users.push(u.userMs);
    cpus.push(u.userMs + u.systemMs);
    rss.push(u.maxRssKb / 1024);
  }
  return { runs, wallMs: median(walls), cpuMs: median(cpus), userMs: median(users), maxRssMb: Math.max(...rss) };
}

/** `gazette <args>` (bin/gazette.js), median of `runs`. */
export function measureCommand(root: string, args: string[], runs = 5): CommandFigures {
  return measureNode(root, [path.join(root, 'bin/gazette.js'), ...args], runs);
}
