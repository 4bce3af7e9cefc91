import type { ImportedAsset, SourceItem } from '../source';
export function readDocx(_bytes: Uint8Array, _fileName: string): { items: SourceItem[]; warnings: string[]; assets: ImportedAsset[] } {
  return { items: [], warnings: [], assets: [] };
}
