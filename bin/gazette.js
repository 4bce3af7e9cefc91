#!/usr/bin/env node
// Launcher of the `gazette` command: works right after `npm install`, no build step to remember
// (bin/fast-start.js bundles the TypeScript on first use and reuses the bundle until a source changes).
import { importEntry } from './fast-start.js';

const argv = process.argv.slice(2);
// One code cache per command: `build` runs other code than `pack` or `--help` (see bin/bundle-loader.cjs).
const use = ['pack', 'build', 'import', 'check'].includes(argv[0] ?? '') ? argv[0] : 'other';
const { run } = await importEntry('electron/cli/main.ts', use);
process.exitCode = await run(argv);
