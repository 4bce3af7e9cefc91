// Starts `npm run web` (bin/web.js) for a spec: a fresh user-data folder, any free port, the scripted-dialog
// route on; returns the printed address (with its access token) and a way to answer the host's dialogs.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningWebHost {
  url: string;
  origin: string;
  token: string;
  userData: string;
  output: string[];
  /** Answers the next file dialog of the host (open/save/export) with these paths, or null for cancel. */
  answerDialog(paths: string[] | null): Promise<void>;
  stop(): Promise<void>;
  /** Kills the host as a crash would (SIGKILL), keeping its user data for a restart. */
  crash(): Promise<void>;
}

export async function startWebHost(repoRoot: string, reuseUserData?: string): Promise<RunningWebHost> {
  const userData = reuseUserData ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-web-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'bin/web.js')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', GAZETTE_USER_DATA: userData, GAZETTE_WEB_TEST: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`web host exited (${code}):\n${output.join('')}`)));
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  return {
    url,
    origin: parsed.origin,
    token,
    userData,
    output,
    async answerDialog(paths) {
      const response = await fetch(`${parsed.origin}/api/test/dialog`, {
        method: 'POST',
        headers: { 'x-gazette-token': token, 'content-type': 'application/json' },
        body: JSON.stringify({ paths }),
      });
      if (!response.ok) throw new Error(`dialog answer refused: ${response.status}`);
    },
    async crash() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(userData, { recursive: true, force: true });
    },
  };
}
