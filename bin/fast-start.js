// Fast start for the command-line entry points: the TypeScript sources and the packages they use are bundled once
// with esbuild into node_modules/.cache/gazette/<entry>-<key>/ (one CommonJS file per entry, plus one per worker
// thread entry electron/cli/*-worker.ts) and the bundle is reused while no source is newer than it. The bundle
// runs through bin/bundle-loader.cjs with V8's code cache, so a start neither resolves hundreds of package files
// nor compiles them again. Anything unexpected while bundling falls back to tsx, which always works.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['shared', 'electron'];
const WORKER_DIR = 'electron/cli';
// Left to Node: docx (loaded only by `build --docx`, large) and the development tools the bench may load
// (they find browsers and binaries relative to their own files).
const EXTERNAL = ['docx', 'electron', 'playwright-core', 'pdfjs-dist', 'vite', 'vitest', 'esbuild', 'tsx'];

/** Newest modification time and number of the source files under `base`: together they key the bundle. */
export function sourceStamp(base = root) {
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
  for (const dir of SOURCE_DIRS) walk(path.join(base, dir));
  // package.json and the lock file: a package installed or updated is bundled anew; so is every bundle when the
  // way bundles are made changes (this file).
  for (const file of ['package.json', 'package-lock.json', 'bin/fast-start.js']) {
    try {
      newest = Math.max(newest, statSync(path.join(base, file)).mtimeMs);
    } catch {
      // no lock file: package.json alone
    }
  }
  return `${Math.floor(newest)}-${count}`;
}

/** Worker thread entries of the command line (electron/cli/*-worker.ts), bundled beside every entry. */
export function workerEntries() {
  return readdirSync(path.join(root, WORKER_DIR))
    .filter((name) => /-worker\.ts$/.test(name) && name !== 'start-worker.ts')
    .map((name) => `${WORKER_DIR}/${name}`);
}

// Each module keeps seeing its own location: import.meta.url, __dirname and __filename of the source (ours or a
// package's), so fonts, data files (pdfkit's) and workers are found where they are, not beside the bundle.
const keepOwnLocation = {
  name: 'keep-own-location',
  setup(build) {
    build.onLoad({ filter: /\.([cm]?js|tsx?)$/ }, (args) => {
      const ts = /\.tsx?$/.test(args.path);
      const source = readFileSync(args.path, 'utf8');
      const inPackage = args.path.includes(`${path.sep}node_modules${path.sep}`);
      const dirnameUsed = inPackage && /\b__(dirname|filename)\b/.test(source);
      if (!ts && !source.includes('import.meta.url') && !dirnameUsed) return undefined;
      let contents = source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      if (dirnameUsed) {
        // A module-scope declaration (esbuild renames it per module), after a "use strict" that must stay first.
        const at = /^(#![^\n]*\n)?(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*((['"])use strict\5;?)?/.exec(contents)[0].length;
        const own = `var __filename = ${JSON.stringify(args.path)}, __dirname = ${JSON.stringify(path.dirname(args.path))};\n`;
        contents = contents.slice(0, at) + own + contents.slice(at);
      }
      return { contents, loader: ts ? (args.path.endsWith('x') ? 'tsx' : 'ts') : 'js' };
    });
  },
};

// pdfkit imports, at load, three packages the PDF writer never calls: fontkit (we embed our own subsets and draw
// no text through pdfkit), linebreak (pdfkit's own line wrapping) and @noble/ciphers (encryption). Loading them
// builds Unicode tries and AES tables (~50 ms of the worker's start, on the core the layout needs). In the bundle
// pdfkit gets stand-ins that fail loudly if a future use ever reaches them.
const PDFKIT_UNUSED = /^(fontkit|linebreak|@noble\/ciphers\/aes)$/;
const leaveOutPdfkitUnused = {
  name: 'leave-out-pdfkit-unused',
  setup(build) {
    build.onResolve({ filter: PDFKIT_UNUSED }, (args) => {
      if (!args.importer.includes(`${path.sep}node_modules${path.sep}pdfkit${path.sep}`)) return undefined;
      return { path: args.path, namespace: 'pdfkit-unused' };
    });
    build.onLoad({ filter: /.*/, namespace: 'pdfkit-unused' }, (args) => {
      const fail = `function () { throw new Error(${JSON.stringify(`${args.path} is left out of the bundle (bin/fast-start.js)`)}); }`;
      return { contents: `const fail = ${fail}; export const create = fail, cbc = fail, ecb = fail; export default fail;`, loader: 'js' };
    });
  },
};

const baseName = (entry) => path.basename(entry).replace(/\.tsx?$/, '');

/**
 * esbuild escapes non-ASCII text in strings but leaves it in regular expressions and comments; one such character
 * makes the whole bundle a two-byte string for V8 (twice the memory, a slow UTF-8 decode on every start). Escaped
 * here: `\uXXXX` per UTF-16 unit means the same in a regular expression with or without the u flag, and an
 * identity escape of a non-ASCII character (`\（`) is that character.
 */
function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Bundles `entry` (and the worker entries) unless a bundle of the current sources exists; returns its main file. */
export async function bundle(entry, { stamp = sourceStamp(), workers = workerEntries(), cacheRoot = path.join(root, 'node_modules/.cache/gazette') } = {}) {
  // Named after the whole entry path: electron/cli/main.ts and electron/web-host/main.ts must not share a bundle.
  const name = entry.replace(/\.tsx?$/, '').replace(/[\\/]/g, '-');
  const outdir = path.join(cacheRoot, `${name}-cjs-${stamp}`);
  const main = path.join(outdir, `${baseName(entry)}.cjs`);
  if (existsSync(main)) {
    // Marked as in use: another start that bundles newer sources removes only bundles unused for a minute.
    try {
      const now = new Date();
      utimesSync(outdir, now, now);
    } catch {
      // read-only cache: nothing to protect it from
    }
    return main;
  }
  mkdirSync(cacheRoot, { recursive: true });
  const { build } = await import('esbuild');
  const tmp = `${outdir}.${process.pid}.tmp`;
  const entries = [entry, ...workers.filter((w) => w !== entry && baseName(w) !== baseName(entry))];
  const { outputFiles } = await build({
    write: false,
    entryPoints: Object.fromEntries(entries.map((e) => [baseName(e), path.join(root, e)])),
    outdir: tmp,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // start-worker.ts finds the bundled workers in the bundle's own folder (bundle-loader passes __dirname).
    define: { 'process.env.GAZETTE_BUNDLE_DIR': '__dirname' },
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [leaveOutPdfkitUnused, keepOwnLocation],
  });
  mkdirSync(tmp, { recursive: true });
  for (const file of outputFiles) writeFileSync(file.path, asciiOnly(file.text));
  try {
    renameSync(tmp, outdir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process finished the same bundle first
  }
  // Older bundles of this entry go once no start has used them for a minute (a run that began before a
  // source was saved keeps its bundle, and its workers, while it needs them).
  const now = Date.now();
  for (const old of readdirSync(cacheRoot)) {
    const full = path.join(cacheRoot, old);
    if (old.startsWith(`${name}-`) && old !== path.basename(outdir) && now - statSync(full).mtimeMs > 60_000) {
      rmSync(full, { recursive: true, force: true });
    }
  }
  if (!existsSync(main)) throw new Error(`no bundle at ${main}`);
  return main;
}

const { loadBundle } = createRequire(import.meta.url)('./bundle-loader.cjs');

/**
 * Imports a TypeScript entry point (path relative to the repository) through the bundle, or tsx when that fails.
 * `use` names the code cache (see bundle-loader.cjs): runs that execute the same code should share one name.
 */
export async function importEntry(entry, use = 'main') {
  if (!process.env.GAZETTE_NO_BUNDLE) {
    let bundled;
    try {
      bundled = await bundle(entry);
    } catch (error) {
      bundled = undefined; // no bundle (read-only folder, esbuild missing, a source that does not parse …): tsx below
      if (process.env.GAZETTE_DEBUG) process.stderr.write(`fast-start: 改用 tsx：${error instanceof Error ? error.message : error}\n`);
    }
    // Loaded outside the try: an error thrown by the program itself must not make it run a second time through tsx.
    if (bundled) return loadBundle(bundled, use);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(path.join(root, entry)).href);
}
