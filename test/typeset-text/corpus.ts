// Paragraphs of the real gazettes in ../shared/corpus/articles (read in place, never copied): every non-empty
// line of every article file is set as one body paragraph.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from './helpers';

export const articlesDir = path.join(corpusDir, 'articles');
export const corpusPresent = existsSync(articlesDir);

export interface CorpusParagraph {
  file: string;
  line: number;
  text: string;
}

export function corpusParagraphs(): CorpusParagraph[] {
  const out: CorpusParagraph[] = [];
  for (const seed of readdirSync(articlesDir).sort()) {
    for (const file of readdirSync(path.join(articlesDir, seed)).sort()) {
      const lines = readFileSync(path.join(articlesDir, seed, file), 'utf8').split('\n');
      lines.forEach((text, i) => {
        if (text.trim()) out.push({ file: `${seed}/${file}`, line: i + 1, text });
      });
    }
  }
  return out;
}
