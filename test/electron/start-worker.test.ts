// startWorker from the sources (tsx, as vitest and GAZETTE_NO_BUNDLE=1 run) and from a fast-start bundle (as
// bin/gazette.js runs), and the bundle's V8 code caches: written after a first start, used by the next, a damaged
// one ignored and replaced; concurrent first starts share one bundle. Each bundled start is a fresh Node process.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../electron/cli/start-worker';
import { repoRoot } from '../helpers/paths';

const WORKER = 'test/electron/fixtures/echo-worker.ts';
const ENTRY = 'test/electron/fixtures/echo-entry.ts';
const expected = {
  doubled: 42,
  described: '清单.json: 第1行: 示例',
  regex: [true, true, false],
  url: pathToFileURL(path.join(repoRoot, WORKER)).href,
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gazette-start-worker-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Bundles the test entry (stamp fixed) into `cacheRoot` and runs echo(21) from it in a fresh process (GAZETTE_DEBUG
 *  on: bundle-loader says on stderr whether each code cache was used). */
async function runBundled(cacheRoot: string, end: 'terminate' | 'exit' = 'terminate'): Promise<{ main: string; answer: unknown; stderr: string }> {
  const script = `
    import { createRequire } from 'node:module';
    import { bundle } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'bin/fast-start.js')).href)};
    const main = await bundle(${JSON.stringify(ENTRY)}, { stamp: 'test', workers: [${JSON.stringify(WORKER)}], cacheRoot: process.env.CACHE_ROOT });
    const { loadBundle } = createRequire(import.meta.url)(${JSON.stringify(path.join(repoRoot, 'bin/bundle-loader.cjs'))});
    console.log(JSON.stringify({ main, answer: await loadBundle(main, 'test').echo(21, ${JSON.stringify(end)}) }));`;
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    env: { ...process.env, CACHE_ROOT: cacheRoot, GAZETTE_DEBUG: '1' },
  });
  return { ...JSON.parse(stdout), stderr };
}

describe('startWorker', () => {
  it('runs a TypeScript worker entry from the sources through tsx', async () => {
    const worker = startWorker(WORKER, { n: 21 });
    const answer = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual(expected);
  });

  const cacheRoot = path.join(tmp, 'cache');

  it('runs the bundled worker from a fast-start bundle, and writes both code caches', async () => {
    const { main, answer, stderr } = await runBundled(cacheRoot);
    expect(answer).toEqual(expected);
    const dir = path.dirname(main);
    // The worker's cache is written before its first message (it is terminated right after), the entry's at exit.
    expect(readdirSync(dir).sort()).toEqual(['echo-entry.cjs', 'echo-entry.cjs.test.v8', 'echo-worker.cjs', 'echo-worker.cjs.worker.v8']);
    expect(stderr).toContain('echo-entry.cjs (test): no cache');
    // V8 keeps a bundle with any non-ASCII character as a two-byte string: none is left, regexes included.
    for (const file of ['echo-entry.cjs', 'echo-worker.cjs']) {
      expect(readFileSync(path.join(dir, file)).some((byte) => byte > 0x7f)).toBe(false);
    }
  });

  it('uses the code caches on the next start', async () => {
    const { answer, stderr } = await runBundled(cacheRoot, 'exit');
    expect(answer).toEqual(expected);
    expect(stderr).toContain('echo-entry.cjs (test): cache used');
    expect(stderr).toContain('echo-worker.cjs (worker): cache used');
  });

  it('ignores a damaged cache and writes a good one', async () => {
    const { main } = await runBundled(cacheRoot);
    const cache = `${main}.test.v8`;
    const good = readFileSync(cache);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10]! ^= 0xff;
    for (const damaged of [Buffer.from('not a cache'), good.subarray(0, good.length >> 1), flipped]) {
      writeFileSync(cache, damaged);
      const first = await runBundled(cacheRoot);
      expect(first.answer).toEqual(expected);
      expect(first.stderr).toContain('echo-entry.cjs (test): no cache');
      const second = await runBundled(cacheRoot);
      expect(second.stderr).toContain('echo-entry.cjs (test): cache used');
    }
  });

  it('concurrent first starts make one bundle and both run', async () => {
    const fresh = path.join(tmp, 'concurrent');
    const runs = await Promise.all([runBundled(fresh), runBundled(fresh)]);
    for (const run of runs) expect(run.answer).toEqual(expected);
    expect(readdirSync(fresh)).toEqual([path.basename(path.dirname(runs[0]!.main))]);
  });
});

describe('fast-start source stamp', () => {
  it('changes when a source file is saved, added or removed', async () => {
    const { sourceStamp } = (await import(pathToFileURL(path.join(repoRoot, 'bin/fast-start.js')).href)) as {
      sourceStamp: (base: string) => string;
    };
    const base = path.join(tmp, 'stamp');
    for (const dir of ['shared', 'electron']) mkdirSync(path.join(base, dir), { recursive: true });
    writeFileSync(path.join(base, 'package.json'), '{}');
    writeFileSync(path.join(base, 'shared/a.ts'), 'export const a = 1;');
    const before = sourceStamp(base);
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(base, 'shared/a.ts'), later, later);
    const saved = sourceStamp(base);
    writeFileSync(path.join(base, 'electron/b.ts'), 'export const b = 1;');
    utimesSync(path.join(base, 'electron/b.ts'), new Date(0), new Date(0));
    const added = sourceStamp(base);
    rmSync(path.join(base, 'electron/b.ts'));
    expect(new Set([before, saved, added]).size).toBe(3);
    expect(sourceStamp(base)).toBe(saved);
    expect(existsSync(path.join(base, 'electron/b.ts'))).toBe(false);
  });
});
