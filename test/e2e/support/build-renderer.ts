// Builds dist/renderer once for the specs that run in parallel workers: a lock folder keeps two builds from
// writing the same directory at once, and a build finished moments ago by another worker is reused.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export async function buildRenderer(repoRoot: string): Promise<void> {
  const lock = path.join(repoRoot, 'test-results/.renderer-build.lock');
  const stamp = path.join(repoRoot, 'test-results/.renderer-build.stamp');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (waited > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    const built = fs.existsSync(path.join(repoRoot, 'dist/renderer/index.html'));
    const fresh = built && fs.existsSync(stamp) && Date.now() - fs.statSync(stamp).mtimeMs < 120_000;
    if (!fresh) {
      execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' });
      fs.writeFileSync(stamp, new Date().toISOString());
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
