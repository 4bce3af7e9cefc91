// The importers' dispatch: bytes of one source file → articles of the model. Readers (text, docx, via a
// converter .doc/.wps) produce SourceItems; one rule set recognises the 公文 in them. The DOCX reader (and
// @xmldom/xmldom under it) is passed in, so a build from .txt sources never loads it: import-document.ts
// binds it statically, manifest loading fetches it only when a manifest names a Word file.
import type { Article } from '../model/issue';
import { InputError } from '../errors';
import type { DocxRead } from './docx/read-docx';
import { recognizeArticle } from './recognize/recognize-article';
import { textItem, type ImportedAsset, type SourceItem, type SourceTable } from './source';
import { splitDocuments, type SplitDocument } from './split/split-documents';
import { titleKey } from './recognize/normalize';
import { decodeText } from './text/decode';
import { textItems } from './text/text-items';

/** Turns a .doc/.wps file into .docx bytes (LibreOffice on the desktop); synchronous because importDocument is. */
export type OfficeConverter = (bytes: Uint8Array, fileName: string) => Uint8Array;

export interface ImportOptions {
  /** Prefix for the ids of the articles made (stable ids make re-imports comparable). */
  idPrefix?: string;
  /**
   * Normalise the text (half-width punctuation inside Chinese text → full width, spaces inside titles and dates removed).
   * Default true; the checker passes false to see the text as the source has it.
   */
  normalize?: boolean;
  /**
   * A text that holds several documents (a whole gazette): true splits it by its 目录; false never splits (a manifest
   * source is one 目录 entry, so one article); absent splits only when a 目录 is detected.
   */
  split?: boolean;
  /** Converter for .doc and .wps; without it those files are refused with a clear message. */
  convertOffice?: OfficeConverter;
}

export interface ImportResult {
  articles: Article[];
  /** Things the clerk should know (tracked changes resolved, lines joined …), one sentence each. */
  warnings: string[];
  /** Images found in the source, to be stored as assets/<name> of the project. */
  assets: ImportedAsset[];
}

export const IMPORTABLE_EXTENSIONS = ['.txt', '.docx', '.doc', '.wps'];

/** Larger sources are refused: a 公文 is at most a few MB; this bounds memory for hostile input. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** Text sources: a whole gazette issue is under 1 MB; the limit keeps recognition within seconds on any input. */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

/** The DOCX reader (shared/import/docx/read-docx.ts). */
export type DocxReader = (bytes: Uint8Array, fileName: string) => DocxRead;

/** Loads the DOCX reader (a separate chunk in the bundled CLI). */
export async function loadDocxReader(): Promise<DocxReader> {
  return (await import('./docx/read-docx')).readDocx;
}

/** Word sources (.docx, and .doc/.wps through the converter) need a DOCX reader. */
export function needsDocxReader(fileName: string): boolean {
  return /\.(docx|doc|wps)$/i.test(fileName);
}

export function importSource(bytes: Uint8Array, fileName: string, options: ImportOptions, readDocx: DocxReader | undefined): ImportResult {
  const ext = fileName.toLowerCase().includes('.') ? fileName.toLowerCase().slice(fileName.lastIndexOf('.')) : '';
  if (!IMPORTABLE_EXTENSIONS.includes(ext)) throw new InputError(fileName, '', `不支持的文件类型“${ext || '无扩展名'}”（支持 ${IMPORTABLE_EXTENSIONS.join('、')}）`);
  if (bytes.length === 0) throw new InputError(fileName, '', '文件是空的');
  if (bytes.length > MAX_SOURCE_BYTES) throw new InputError(fileName, '', `文件太大（${Math.round(bytes.length / 1048576)} MB，上限 ${MAX_SOURCE_BYTES / 1048576} MB）`);
  const warnings: string[] = [];
  const assets: ImportedAsset[] = [];
  let documents: SplitDocument[];
  if (ext === '.txt') {
    if (bytes.length > MAX_TEXT_BYTES) throw new InputError(fileName, '', `文本文件太大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${MAX_TEXT_BYTES / 1048576} MB）；一期公报的文本通常不到 1 MB`);
    const decoded = decodeText(bytes, fileName);
    if (decoded.encoding !== 'utf-8') warnings.push(`按 ${decoded.encoding === 'gb18030' ? 'GB18030（GBK）' : 'UTF-16'} 编码读取`);
    const read = textItems(decoded.text);
    warnings.push(...read.warnings);
    if (!read.items.some((i) => i.kind === 'text' || i.kind === 'table')) throw new InputError(fileName, '', '文件里没有文字');
    documents = options.split === false ? [{ items: read.items }] : splitDocuments(read.items, options.split === true, warnings);
  } else {
    let docx = bytes;
    if (ext === '.doc' || ext === '.wps') {
      if (!options.convertOffice) throw new InputError(fileName, '', `无法直接读取 ${ext} 文件：请安装 LibreOffice，或在 Word/WPS 中另存为 .docx 后再导入`);
      docx = options.convertOffice(bytes, fileName);
    }
    if (!readDocx) throw new Error(`importSource: ${fileName} needs the DOCX reader (loadDocxReader())`);
    const read = readDocx(docx, fileName);
    warnings.push(...read.warnings);
    assets.push(...read.assets);
    let items = read.items;
    // A form laid out entirely in a table (e.g. a 证明书) has no paragraph outside it: read its cells as paragraphs.
    if (!items.some((i) => i.kind === 'text') && items.some((i) => i.kind === 'table')) {
      items = items.flatMap((i) => (i.kind === 'table' ? cellParagraphs(i) : [i]));
      warnings.push('文档的文字全部在表格中，已按段落导入');
    }
    if (!items.some((i) => i.kind === 'text')) throw new InputError(fileName, '', '文档里没有文字');
    // A whole gazette saved as one .docx (our own DOCX export among them) splits by its 目录 like a text.
    documents = options.split === false ? [{ items }] : splitDocuments(items, options.split === true, warnings);
  }
  const prefix = options.idPrefix ?? 'a';
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const articles = documents.map(({ items, tocTitle }, k) => {
    const { article, notes } = recognizeArticle(items, { id: `${prefix}${k + 1}`, fileName: baseName, normalize: options.normalize ?? true });
    // A 目录 entry that differs from the body title (a speech's entry names the speaker) is kept for the 目录.
    if (tocTitle && titleKey(article.meta.title) !== tocTitle) article.meta.tocTitle = tocTitle;
    warnings.push(...notes.map((note) => (documents.length > 1 ? `《${article.meta.title}》：${note}` : note)));
    return article;
  });
  return { articles, warnings, assets };
}

function cellParagraphs(table: SourceTable): SourceItem[] {
  return table.block.children.flatMap((row) =>
    row.children.flatMap((cell) =>
      cell.children.flatMap((p) => p.children.map((l) => l.text).join('').split('\n')).filter((t) => t.trim()).map((t) => textItem(t.trim(), table.lines, { whole: true })),
    ),
  );
}
