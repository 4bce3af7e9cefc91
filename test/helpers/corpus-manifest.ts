// Makes a manifest for a corpus gazette with the yardstick script ../shared/tools/make-manifest.py.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusDir, toolsDir } from './paths';

export const SEED_000 = '000_63a1460c37b6d648';
export const SEED_003 = '003_d33ab35c47177a2a';

/** Returns the manifest path inside a fresh temporary folder (articles copied beside it). */
export function makeCorpusManifest(seed: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `gazette-${seed.slice(0, 3)}-`));
  execFileSync('python3', [path.join(toolsDir, 'make-manifest.py'), path.join(corpusDir, 'truth', `${seed}.json`), dir]);
  return path.join(dir, 'manifest.json');
}
