// `gazette pack … --out` over an existing file (bin/gazette.js in real child processes): killed at random
// moments it leaves the old file or the new one, never a broken one; two packs at once leave one of the two.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeGazette } from '../../shared/model/gazette-file';
import { repoRoot } from '../helpers/paths';
import { sleep } from './child';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const body = Array.from({ length: 400 }, (_, i) => `第${i + 1}段：各区人民政府、市政府各部门要按照本通知要求，认真做好相关工作。`).join('\n');
writeFileSync(path.join(dir, '通知.txt'), `示例市人民政府关于做好安全生产工作的通知\n${body}\n`);

function manifest(mark: string): string {
  const file = path.join(dir, `${mark}.json`);
  const m = {
    gazette: { name: '示例市人民政府公报', year: 2024, issue: 3, backStatement: mark },
    sections: [{ title: '市政府文件', articles: ['通知.txt', '通知.txt'] }],
  };
  writeFileSync(file, JSON.stringify(m));
  return file;
}

function pack(manifestFile: string, out: string) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/gazette.js'), 'pack', manifestFile, '--out', out], { cwd: dir, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, exited };
}

const markOf = (file: string) => decodeGazette(readFileSync(file), file).issue.meta.backStatement;

describe('gazette pack --out over an existing file', () => {
  it('killed at random moments, leaves the previous file or the new one', async () => {
    const out = path.join(dir, 'issue.gazette');
    // Kill times are drawn over the length of one whole pack on this machine, so they fall at every stage.
    const started = performance.now();
    expect((await pack(manifest('round-0'), out).exited).code).toBe(0);
    const packMs = performance.now() - started;
    let previous = 'round-0';
    let completed = 0;
    for (let round = 1; round <= 10; round++) {
      const mark = `round-${round}`;
      const run = pack(manifest(mark), out);
      await sleep(packMs * (0.2 + Math.random() * 1.4));
      run.child.kill('SIGKILL');
      const { code } = await run.exited;
      const now = markOf(out); // throws if the file does not open
      if (code === 0) expect(now).toBe(mark);
      else expect([previous, mark]).toContain(now);
      if (now === mark) completed++;
      previous = now!;
    }
    // Killed writers may leave hidden temporary files (".issue.gazette.<pid>.<hex>.tmp"), never a second visible file.
    expect(readdirSync(dir).filter((n) => !n.startsWith('.') && n.includes('issue.gazette'))).toEqual(['issue.gazette']);
    console.log(`pack --out: 10 kills, ${completed} after the new file was in place, ${10 - completed} before`);
  }, 120_000);

  it('two packs to the same file at once leave one of the two, whole', async () => {
    const out = path.join(dir, 'both.gazette');
    const [a, b] = [pack(manifest('left'), out), pack(manifest('right'), out)];
    const results = await Promise.all([a.exited, b.exited]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(['left', 'right']).toContain(markOf(out));
  }, 60_000);
});
