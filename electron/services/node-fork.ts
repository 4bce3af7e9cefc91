// ForkPort for plain Node (web host, tests): the export worker in a child process through tsx, with the
// "advanced" serialisation so byte arrays cross as they are.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ForkPort } from './export-runners';
import type { WorkerMessage } from './export-worker';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'export-worker.ts');

export const nodeFork: ForkPort = () => {
  const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: 'inherit' });
  return {
    postMessage: (message) => child.send(message),
    onMessage: (listener) => child.on('message', (message) => listener(message as WorkerMessage)),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => child.kill('SIGKILL'),
  };
};
