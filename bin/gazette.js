#!/usr/bin/env node
// Launcher of the `gazette` command: works right after `npm install`, no build step to remember
// (bin/fast-start.js bundles the TypeScript on first use and reuses the bundle until a source changes).
import { importEntry } from './fast-start.js';

const { run } = await importEntry('electron/cli/main.ts');
process.exitCode = await run(process.argv.slice(2));
