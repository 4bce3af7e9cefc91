// Runs a TypeScript script in a real child process (node --import tsx) and follows its output lines, so
// that tests can kill it with SIGKILL at a moment of their choosing.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../helpers/paths';

export interface Child {
  process: ChildProcess;
  /** Lines printed so far, with the time each arrived (ms, performance.now()). */
  lines: { text: string; at: number }[];
  waitFor(predicate: (line: string) => boolean): Promise<void>;
  exited: Promise<number | null>;
  kill(): Promise<void>;
}

export function runScript(script: string, args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, script), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Child['lines'] = [];
  const waiters: { predicate: (line: string) => boolean; resolve: () => void }[] = [];
  let buffer = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const text = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push({ text, at: performance.now() });
      for (const w of [...waiters]) if (w.predicate(text)) waiters.splice(waiters.indexOf(w), 1), w.resolve();
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    process: child,
    lines,
    exited,
    waitFor(predicate) {
      if (lines.some((l) => predicate(l.text))) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiters.push({ predicate, resolve });
        void exited.then(() => reject(new Error(`child exited before the expected line; stderr: ${stderr.slice(-800)}`)));
      });
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
