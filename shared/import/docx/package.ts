// The package structure of a .docx: where the main document part is (from _rels/.rels, not assumed) and the
// relationships of a part (images, styles, numbering, comments).
import { InputError } from '../../errors';
import { XML_PART_BYTES, type BoundedZip } from './unzip';
import { childrenOf, parseXml } from './xml';

export type Relationships = Map<string, { type: string; target: string }>;

export function mainDocumentPath(zip: BoundedZip, fileName: string): string {
  const rootRels = zip.read('_rels/.rels', XML_PART_BYTES);
  if (rootRels) {
    for (const r of childrenOf(parseXml(rootRels, fileName, '_rels/.rels'), 'rel', 'Relationship')) {
      if ((r.getAttribute('Type') ?? '').endsWith('/officeDocument')) {
        const target = (r.getAttribute('Target') ?? '').replace(/^\//, '');
        if (zip.has(target)) return target;
      }
    }
  }
  if (zip.has('word/document.xml')) return 'word/document.xml';
  throw new InputError(fileName, '', '不是 Word 文档（找不到 word/document.xml）');
}

export function relationships(zip: BoundedZip, fileName: string, path: string, dir: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  const bytes = zip.read(path, XML_PART_BYTES);
  if (!bytes) return out;
  for (const r of childrenOf(parseXml(bytes, fileName, path), 'rel', 'Relationship')) {
    const target = r.getAttribute('Target') ?? '';
    if (r.getAttribute('TargetMode') === 'External') continue;
    out.set(r.getAttribute('Id') ?? '', { type: r.getAttribute('Type') ?? '', target: target.startsWith('/') ? target.slice(1) : normalizePath(dir + target) });
  }
  return out;
}

export function normalizePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}
