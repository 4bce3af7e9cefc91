// Paths shared by the tests: the repository root and the corpus beside it (../shared/corpus).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const toolsDir = path.resolve(repoRoot, '../shared/tools');
export const hasCorpus = existsSync(path.join(corpusDir, 'truth'));

/** Prints once why corpus tests are skipped on a machine without ../shared/corpus. */
export function corpusNote(): void {
  if (!hasCorpus) console.warn(`跳过语料测试：找不到 ${corpusDir}`);
}
