// The importers' common intermediate form: what a reader (text, docx, html) saw, before 公文 recognition.
// Every reader produces SourceItems; the recognisers turn them into an Article (one rule set for every format).
import type { Align, ImageBlock, TableBlock, TextLeaf } from '../model/blocks';

export interface SourceText {
  kind: 'text';
  text: string;
  /** 1-based source lines (text) or paragraph numbers (docx) this item came from. */
  lines: number[];
  /** A blank line stood before it (text sources: paragraphs are separated by blank lines). */
  gapBefore?: boolean;
  /** The reader knows this is a whole paragraph (docx, html); text lines may be fragments cut at page breaks. */
  whole?: boolean;
  align?: Align;
  bold?: boolean;
  /** Font size in points, when the source says. */
  sizePt?: number;
  /** Runs with their marks, when the source has them (docx); text sources have only `text`. */
  leaves?: TextLeaf[];
  /** Heading level given by the source itself (Word outline level / heading style). */
  outlineLevel?: number;
  /** The item starts a 栏目 of this name (a hidden 栏目 line stood before it): no document runs across it. */
  section?: string;
}

export interface SourceTable {
  kind: 'table';
  block: TableBlock;
  lines: number[];
}

export interface SourceImage {
  kind: 'image';
  block: ImageBlock;
  lines: number[];
}

export type SourceItem = SourceText | SourceTable | SourceImage;

/** An image found by a reader, carried into the project's assets. */
export interface ImportedAsset {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export function textItem(text: string, lines: number[], extra: Partial<SourceText> = {}): SourceText {
  return { kind: 'text', text, lines, ...extra };
}
