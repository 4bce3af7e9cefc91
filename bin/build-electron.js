#!/usr/bin/env node
// Bundles the Electron side into dist/electron with esbuild: main.cjs (main process), preload.cjs (sandboxed
// preload: CommonJS, only `electron` may stay external) and export-worker.cjs (utility process).
// The renderer is built separately (npm run build:renderer → dist/renderer).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist/electron'));

// Run-time libraries stay in node_modules (electron-builder ships the production dependencies): pdfkit reads
// its data files relative to itself, which a bundle would break.
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const runtimeLibraries = Object.keys(pkg.dependencies ?? {});

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron', ...runtimeLibraries],
  logLevel: 'warning',
  // Modules written as ESM read import.meta.url; in a CommonJS bundle it comes from __filename.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(outdir, 'main.cjs') }),
  build({ ...common, entryPoints: [path.join(root, 'electron/services/export-worker.ts')], outfile: path.join(outdir, 'export-worker.cjs') }),
  build({
    ...common,
    platform: 'browser',
    target: 'chrome140',
    external: ['electron'],
    define: {},
    banner: {},
    entryPoints: [path.join(root, 'electron/preload/preload.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
  }),
]);
console.log(`已生成 ${path.relative(root, outdir)}/main.cjs、preload.cjs、export-worker.cjs`);
