#!/usr/bin/env node
// Launcher: runs the typesetting bench (electron/bench) through tsx, like bin/gazette.js.
import { register } from 'tsx/esm/api';

register();
const { runBench } = await import('../electron/bench/run-bench.ts');
process.exitCode = await runBench(process.argv.slice(2));
