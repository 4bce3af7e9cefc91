// Starts a worker thread on a TypeScript entry of the project, the same way whether the command runs from
// bin/fast-start.js's esbuild bundle (the entry is bundled beside the command's own entry) or from the
// sources (tsx). Used by `gazette build` to load and run the PDF writer on the second core while the first
// lays the issue out.
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where fast-start put the bundled workers: set by bin/fast-start.js before it imports a bundled entry. */
const bundleDir = (): string | undefined => process.env.GAZETTE_BUNDLE_DIR || undefined;

/**
 * A worker on `entry` (a path relative to the repository, e.g. 'electron/cli/pdf-worker.ts').
 * From a bundle: <bundle dir>/<entry's base name>.js. From the sources: the .ts file through tsx.
 */
export function startWorker(entry: string, workerData?: unknown): Worker {
  const dir = bundleDir();
  if (dir) {
    const bundled = path.join(dir, `${path.basename(entry).replace(/\.tsx?$/, '')}.js`);
    return new Worker(pathToFileURL(bundled), { workerData });
  }
  return new Worker(pathToFileURL(path.join(root, entry)), { workerData, execArgv: [...process.execArgv, '--import', 'tsx'] });
}
