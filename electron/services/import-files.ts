// Import of source documents into an open issue: each file on its own (one bad file does not stop the others),
// .doc/.wps converted first without blocking, and the images found stored as the document's assets —
// renamed when a name is taken, with the articles' image blocks following the new name.
import path from 'node:path';
import type { ImportResult } from '../../shared/api/contract';
import { InputError } from '../../shared/errors';
import { importDocument } from '../../shared/import/import-document';
import type { Article } from '../../shared/model/issue';
import { convertOfficeAsync, NEEDS_CONVERSION } from './office-convert-async';

export async function importFiles(
  files: { name: string; bytes: Uint8Array }[],
  assets: Map<string, Uint8Array>,
  idStamp: string,
): Promise<ImportResult> {
  const result: ImportResult = { articles: [], warnings: [], failures: [], assets: [] };
  for (const [i, file] of files.entries()) {
    try {
      const ext = path.extname(file.name).toLowerCase();
      const converted = NEEDS_CONVERSION.includes(ext) ? await convertOfficeAsync(file.bytes, file.name) : undefined;
      const read = importDocument(file.bytes, file.name, {
        idPrefix: `i${idStamp}${i}_`,
        ...(converted ? { convertOffice: () => converted } : {}),
      });
      const renamed = new Map<string, string>();
      for (const asset of read.assets) {
        const name = uniqueName(asset.name, assets);
        assets.set(name, asset.bytes);
        renamed.set(asset.name, name);
        result.assets.push({ name, mime: asset.mime });
      }
      result.articles.push(...read.articles.map((a) => renameImages(a, renamed)));
      result.warnings.push(...read.warnings.map((w) => `${file.name}：${w}`));
    } catch (error) {
      const message = error instanceof InputError ? error.describe() : `${file.name}: 无法导入（${(error as Error).message}）`;
      result.failures.push({ file: file.name, message });
    }
  }
  return result;
}

export function uniqueName(wanted: string, taken: Map<string, unknown>): string {
  const safe = path.basename(wanted).replace(/[\\/:*?"<>|\0]/g, '_') || 'image';
  let name = safe;
  for (let n = 2; taken.has(name); n++) name = `${n}-${safe}`;
  return name;
}

function renameImages(article: Article, renamed: Map<string, string>): Article {
  if (renamed.size === 0) return article;
  return {
    ...article,
    body: article.body.map((block) => (block.type === 'image' && renamed.has(block.asset) ? { ...block, asset: renamed.get(block.asset)! } : block)),
  };
}
