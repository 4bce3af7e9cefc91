#!/usr/bin/env node
// Launcher: runs the typesetting bench (electron/bench) through bin/fast-start.js, like bin/gazette.js.
import { importEntry } from './fast-start.js';

const { runBench } = await importEntry('electron/bench/run-bench.ts', 'bench');
process.exitCode = await runBench(process.argv.slice(2));
