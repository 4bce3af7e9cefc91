// Starts a worker thread on a TypeScript entry of the project, the same way whether the command runs from
// bin/fast-start.js's bundle (the entry is bundled beside the command's own entry) or from the sources (tsx).
// Used by `gazette build` to load and run the PDF writer on the second core while the first lays the issue out.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The folder of the running bundle, or undefined when running from the sources. bin/fast-start.js replaces
 * `process.env.GAZETTE_BUNDLE_DIR` in the bundle by the bundle's own __dirname, so nothing is set in the
 * environment (child processes inherit nothing); from the sources the variable is normally unset.
 */
const bundleDir = (): string | undefined => process.env.GAZETTE_BUNDLE_DIR || undefined;

/**
 * Node 20 does not apply `--import tsx` from a worker's execArgv to the worker's own entry (ERR_UNKNOWN_FILE_EXTENSION),
 * nor does importing tsx's loader inside the worker: the worker registers tsx through its ESM API, then imports the
 * entry. (require.resolve would give the API's CommonJS build, which fails to load its ESM half in a worker.)
 */
function sourceWorkerCode(entry: string): string {
  const pkg = createRequire(path.join(root, 'package.json')).resolve('tsx/package.json');
  const api = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!;
  const tsxApi = pathToFileURL(path.join(path.dirname(pkg), api.import.default)).href;
  const url = pathToFileURL(path.join(root, entry)).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
}

/** The bundled entry runs through bin/bundle-loader.cjs, with its own V8 code cache ('worker'). */
function bundledWorkerCode(dir: string, entry: string): string {
  const bundled = path.join(dir, `${path.basename(entry).replace(/\.tsx?$/, '')}.cjs`);
  const loader = path.join(root, 'bin/bundle-loader.cjs');
  // Eval'd code is CommonJS or, when the parent runs with --input-type=module, an ES module: no bare `require`.
  const load = `process.getBuiltinModule('node:module').createRequire(${JSON.stringify(loader)})(${JSON.stringify(loader)})`;
  return `${load}.loadBundle(${JSON.stringify(bundled)}, 'worker')`;
}

/**
 * A worker on `entry` (a path relative to the repository, e.g. 'electron/cli/pdf-worker.ts').
 * From a bundle: <bundle dir>/<entry's base name>.cjs (bin/fast-start.js bundles electron/cli/*-worker.ts beside
 * every entry). From the sources: the .ts file through tsx.
 * Let the worker end by itself (close its port) rather than terminate() it: its code cache is written at its exit.
 */
export function startWorker(entry: string, workerData?: unknown): Worker {
  const dir = bundleDir();
  const code = dir ? bundledWorkerCode(dir, entry) : sourceWorkerCode(entry);
  return new Worker(code, { eval: true, workerData });
}
