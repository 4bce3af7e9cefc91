// Entry point of the importers: bytes of one source file → articles of the model.
// (Placeholder by the foundation: plain UTF-8 text, first line the title. The import issue replaces the body.)
import type { Article } from '../model/issue';
import { paragraph } from '../model/blocks';
import { InputError } from '../errors';

export interface ImportOptions {
  /** Prefix for the ids of the articles made (stable ids make re-imports comparable). */
  idPrefix?: string;
  /**
   * Normalise the text (half-width punctuation inside Chinese text → full width, spaces inside titles and dates removed).
   * Default true; the checker passes false to see the text as the source has it.
   */
  normalize?: boolean;
  /** Split a text that holds several documents (a whole gazette) into its documents; also done when a 目录 is detected. */
  split?: boolean;
}

export interface ImportResult {
  articles: Article[];
  /** Things the clerk should know (tracked changes resolved, lines joined …), one sentence each. */
  warnings: string[];
}

export function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext !== 'txt') throw new InputError(fileName, '', `不支持的文件类型 .${ext}`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) throw new InputError(fileName, '', '文件是空的');
  const [title, ...rest] = lines;
  return {
    articles: [
      {
        id: `${options.idPrefix ?? 'a'}1`,
        kind: 'document',
        meta: { title: title! },
        body: rest.map((line) => paragraph(line)),
        source: { file: fileName },
      },
    ],
    warnings: [],
  };
}
