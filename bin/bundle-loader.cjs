// Runs a CommonJS bundle made by bin/fast-start.js with V8's code cache: Node 20 has no compile cache of its
// own (module.enableCompileCache came in Node 22), so each start would parse and compile the bundle and every
// function it calls again. The cache is written beside the bundle after a first run, at exit, so it also holds
// the functions compiled lazily during that run. One cache per use (`build`, `help`, a worker …): a cache made by
// a trivial command holds little, and a trivial command should not read a build's cache.
'use strict';
const { isAscii } = require('node:buffer');
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const MAGIC = 'GZV8';
const HEADER = MAGIC.length + 20; // magic + SHA-1 of the V8 data (V8 itself does not checksum it in release builds)

/** The V8 data of a cache file, or undefined when it is missing, cut short or damaged. */
function readCache(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= HEADER || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const data = bytes.subarray(HEADER);
  const digest = createHash('sha1').update(data).digest();
  return digest.equals(bytes.subarray(MAGIC.length, HEADER)) ? data : undefined;
}

/** Written to a temporary name and renamed: a concurrent run reads the old file or the new one, never half. */
function writeCache(file, data) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(MAGIC, 'latin1'), createHash('sha1').update(data).digest(), data]));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true }); // read-only folder, disk full …: the next start compiles again, nothing worse
  }
}

/** Evaluates the bundle `file` like Node's require would, and returns its exports. */
function loadBundle(file, use = 'main') {
  const t0 = performance.now();
  // fast-start's bundles are ASCII: read as Latin-1 (a plain copy; UTF-8 decoding of 4 MB costs ~6 ms more).
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  const cacheFile = `${file}.${use}.v8`;
  // GAZETTE_NO_CODE_CACHE=1: neither read nor written (to measure what the cache saves).
  const off = Boolean(process.env.GAZETTE_NO_CODE_CACHE);
  const cachedData = off ? undefined : readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    // A bundle may still import() a package at run time: resolve it as the main context would.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!off && (!cachedData || script.cachedDataRejected)) {
    // At exit, so the functions this run compiled lazily are in the cache too. (A rejected cache: another Node
    // or V8 flags, e.g. --max-old-space-size; it is replaced.)
    // A worker thread is usually terminate()d once it has answered, and a terminated thread runs no exit
    // handlers: there the cache is also made before each message it posts and when it closes its port, the
    // last one made (the most complete) kept. Only while no usable cache exists, so only a first run pays.
    let saves = 0;
    const save = () => {
      if (saves++ < 8) writeCache(cacheFile, script.createCachedData());
    };
    process.once('exit', save);
    const { isMainThread, parentPort } = require('node:worker_threads');
    if (!isMainThread && parentPort) {
      for (const method of ['postMessage', 'close']) {
        const original = parentPort[method];
        parentPort[method] = function (...args) {
          save();
          return original.apply(this, args);
        };
      }
    }
  }
  const t1 = performance.now();
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  if (process.env.GAZETTE_DEBUG) {
    const state = off ? 'cache off' : !cachedData ? 'no cache' : script.cachedDataRejected ? 'cache rejected' : 'cache used';
    process.stderr.write(`bundle-loader: ${path.basename(file)} (${use}): ${state}, read+compile ${(t1 - t0).toFixed(1)} ms, run ${(performance.now() - t1).toFixed(1)} ms\n`);
  }
  return module.exports;
}

module.exports = { loadBundle };
