#!/usr/bin/env node
// Launcher: runs the TypeScript command line through tsx, so `npx gazette` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../electron/cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
