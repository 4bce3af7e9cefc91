// The whole `gazette build --pdf` command as a user runs it: a fresh Node process (start, bundle load,
// import, fonts, layout, PDF, writing the file), spawned several times; wall and CPU time are medians.
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

export function measureCommand(root: string, args: string[], runs = 3): CommandFigures {
  const walls: number[] = [];
  const cpus: number[] = [];
  const users: number[] = [];
  const rss: number[] = [];
  const preload = path.join(root, 'electron/bench/report-usage.cjs');
  // One unmeasured run first: it makes (or checks) the esbuild bundle, as any second start would find it.
  spawnSync(process.execPath, [path.join(root, 'bin/gazette.js'), ...args], { stdio: 'ignore' });
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, ['--require', preload, path.join(root, 'bin/gazette.js'), ...args], { encoding: 'utf8' });
    walls.push(performance.now() - t0);
    const line = /GAZETTE-USAGE (\{.*\})/.exec(child.stderr ?? '')?.[1];
    if (child.status !== 0 || !line) throw new Error(`gazette build failed: ${child.stderr}`);
    const u = JSON.parse(line) as { userMs: number; systemMs: number; maxRssKb: number };
    users.push(u.userMs);
    cpus.push(u.userMs + u.systemMs);
    rss.push(u.maxRssKb / 1024);
  }
  return { runs, wallMs: median(walls), cpuMs: median(cpus), userMs: median(users), maxRssMb: Math.max(...rss) };
}
