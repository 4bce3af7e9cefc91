// The layers of DESIGN.md: shared/ is pure (no electron, react, DOM or node:* imports) and imports point
// renderer → shared ← electron. Read from the sources, so a stray import fails here rather than in a build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

const NODE_BUILTINS = new Set([
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads',
  'events', 'buffer', 'process', 'readline', 'tls', 'dns', 'module', 'vm', 'assert', 'timers',
]);

function sourceFiles(dir: string): string[] {
  const full = path.join(repoRoot, dir);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === 'node_modules' || name === 'dist') continue;
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx|mts)$/.test(name)) out.push(p);
    }
  };
  try {
    walk(full);
  } catch {
    return [];
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of text.matchAll(/(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

function resolvesInto(file: string, spec: string, top: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = path.relative(repoRoot, path.resolve(path.dirname(file), spec));
  return target === top || target.startsWith(top + path.sep);
}

describe('layers', () => {
  it('shared/ imports no electron, react, DOM or Node built-ins', () => {
    const bad: string[] = [];
    for (const file of sourceFiles('shared')) {
      for (const spec of importsOf(file)) {
        const root = spec.split('/')[0]!;
        const forbidden =
          spec.startsWith('node:') || NODE_BUILTINS.has(root) || root === 'electron' || root === 'react' ||
          root === 'react-dom' || root.startsWith('slate-react') || resolvesInto(file, spec, 'electron') ||
          resolvesInto(file, spec, 'renderer');
        if (forbidden) bad.push(`${path.relative(repoRoot, file)} → ${spec}`);
      }
      const text = readFileSync(file, 'utf8');
      const code = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
      if (/\b(window|document)\.\w/.test(code)) bad.push(`${path.relative(repoRoot, file)} uses window/document`);
    }
    expect(bad).toEqual([]);
  });

  it('renderer/ does not import electron/ and electron/ does not import renderer/', () => {
    const bad: string[] = [];
    // vite.config.ts is build tooling that runs in Node, not renderer code.
    for (const file of sourceFiles('renderer').filter((f) => !f.endsWith('vite.config.ts'))) {
      for (const spec of importsOf(file)) {
        if (resolvesInto(file, spec, 'electron') || spec === 'electron' || spec.startsWith('node:')) bad.push(`${path.relative(repoRoot, file)} → ${spec}`);
      }
    }
    for (const file of sourceFiles('electron')) {
      for (const spec of importsOf(file)) {
        if (resolvesInto(file, spec, 'renderer')) bad.push(`${path.relative(repoRoot, file)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('only electron/main imports the electron module', () => {
    const bad = sourceFiles('electron')
      .filter((file) => !path.relative(repoRoot, file).startsWith(path.join('electron', 'main')) && !path.relative(repoRoot, file).startsWith(path.join('electron', 'preload')))
      .filter((file) => importsOf(file).some((spec) => spec === 'electron' || spec.startsWith('electron/')))
      .map((file) => path.relative(repoRoot, file));
    expect(bad).toEqual([]);
  });
});
