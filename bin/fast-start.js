// Fast start for the command-line entry points: the TypeScript sources are bundled once with esbuild into
// node_modules/.cache/gazette/<key>/ and the bundle is reused while no source is newer than it. This saves the
// half second tsx spends compiling on every start. Anything unexpected falls back to tsx, which always works.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['shared', 'electron'];

/** Newest modification time and number of the source files: together they key the bundle. */
function sourceStamp() {
  let newest = 0;
  let count = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|json)$/.test(entry.name)) {
        newest = Math.max(newest, statSync(full).mtimeMs);
        count += 1;
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir));
  const pkg = statSync(path.join(root, 'package.json')).mtimeMs;
  return `${Math.floor(Math.max(newest, pkg))}-${count}`;
}

// Each module keeps seeing its own source location in import.meta.url (fonts and workers are found from it).
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.includes('import.meta.url')
        ? source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        : source;
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

async function bundle(entry, stamp) {
  const cacheRoot = path.join(root, 'node_modules/.cache/gazette');
  // Named after the whole entry path: electron/cli/main.ts and electron/web-host/main.ts must not share a bundle.
  const name = entry.replace(/\.tsx?$/, '').replace(/[\\/]/g, '-');
  const outdir = path.join(cacheRoot, `${name}-${stamp}`);
  const main = path.join(outdir, `${path.basename(entry).replace(/\.tsx?$/, '')}.js`);
  if (existsSync(main)) return main;
  const { build } = await import('esbuild');
  const tmp = `${outdir}.${process.pid}.tmp`;
  await build({
    entryPoints: [path.join(root, entry)],
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    plugins: [keepImportMetaUrl],
  });
  try {
    renameSync(tmp, outdir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process finished the same bundle first
  }
  for (const old of readdirSync(cacheRoot)) {
    if (old.startsWith(`${name}-`) && old !== path.basename(outdir) && !old.endsWith('.tmp')) {
      rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
    }
  }
  return main;
}

/** Imports a TypeScript entry point (path relative to the repository) through the bundle, or tsx when that fails. */
export async function importEntry(entry) {
  if (!process.env.GAZETTE_NO_BUNDLE) {
    let bundled;
    try {
      mkdirSync(path.join(root, 'node_modules/.cache/gazette'), { recursive: true });
      bundled = await bundle(entry, sourceStamp());
    } catch {
      bundled = undefined; // no bundle (read-only folder, esbuild missing …): tsx below
    }
    // Imported outside the try: an error thrown by the program itself must not make it run a second time through tsx.
    if (bundled) return import(pathToFileURL(bundled).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(path.join(root, entry)).href);
}
