// Article body blocks. Slate-compatible JSON: every element has `type` and `children`, every leaf has `text`,
// so the editor edits the model itself and there is no second format (DESIGN.md "One model").

/** Font roles of GB/T 9704 (a role maps to font files per profile). */
export type FontRole = 'song' | 'fang' | 'hei' | 'kai' | 'title' | 'latin';

/** A run of text with optional marks. */
export interface TextLeaf {
  text: string;
  /** Overrides the block's font role, e.g. a run-in heading "（二）落实……。" set in 楷体 inside a body paragraph. */
  font?: FontRole;
  bold?: boolean;
}

/**
 * The part a paragraph plays in a 公文. The typesetter picks its style from the profile by this role;
 * the checker and the DOCX exporter read it too.
 */
export type ParagraphRole =
  | 'body' // 正文
  | 'subtitle' // 题注, e.g. （2022年8月30日……会议通过）
  | 'embeddedTitle' // title of a document printed in full inside a 印发 notice (规划, 办法)
  | 'attachment' // 附件说明 "附件：1. ……"
  | 'attachmentLabel' // "附件1" heading of a printed attachment
  | 'signature' // 署名 (发文机关)
  | 'date' // 成文日期
  | 'note' // 附注 （此件公开发布）
  | 'speaker' // a speech's speaker line
  | 'speechDate' // a speech's date line
  | 'chronicle' // 大事记 entry "11月1日  ……" (hanging indent)
  | 'appointment' // 人事任免 line
  | 'copyTo' // 抄送
  | 'tableTitle' // 表1 ……
  | 'tableNote'; // 备注：……

export type Align = 'justify' | 'left' | 'center' | 'right';

export interface ParagraphBlock {
  type: 'paragraph';
  role?: ParagraphRole;
  align?: Align;
  children: TextLeaf[];
}

/** 一、 (1) / （一） (2) / 1. (3) / （1） (4); numbering is part of the text, as clerks type it. */
export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  children: TextLeaf[];
}

export interface TableCellBlock {
  type: 'table-cell';
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  children: ParagraphBlock[];
}

export interface TableRowBlock {
  type: 'table-row';
  children: TableCellBlock[];
}

/**
 * A table in HTML semantics: a cell with rowSpan/colSpan covers the slots to its right and below,
 * and the covered slots are absent from the later rows.
 */
export interface TableBlock {
  type: 'table';
  /** Number of leading rows that form the header, repeated on every continuation page. */
  headerRows?: number;
  /** Relative column widths; computed from content when absent. */
  columnWidths?: number[];
  /** Print "（续表）" above a continued part. */
  continuedLabel?: boolean;
  /** Set rotated on its own portrait page when too wide (GB/T 9704 §8). */
  landscape?: boolean;
  children: TableRowBlock[];
}

export interface ImageBlock {
  type: 'image';
  /** Name of the asset inside the .gazette file (assets/<name>). */
  asset: string;
  /** Width in millimetres; height follows the aspect ratio. */
  widthMm?: number;
  caption?: string;
  children: [TextLeaf];
}

export interface PageBreakBlock {
  type: 'page-break';
  children: [TextLeaf];
}

/** 专栏: a boxed group of blocks with an optional title. */
export interface BoxBlock {
  type: 'box';
  title?: string;
  children: Array<ParagraphBlock | HeadingBlock | TableBlock>;
}

export type Block = ParagraphBlock | HeadingBlock | TableBlock | ImageBlock | PageBreakBlock | BoxBlock;
export type BlockType = Block['type'];

/** The plain text of a block (cells joined by tabs, rows by newlines), for recognisers, checks and tests. */
export function blockText(block: Block | TableRowBlock | TableCellBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return block.children.map((leaf) => leaf.text).join('');
    case 'table':
      return block.children.map(blockText).join('\n');
    case 'table-row':
      return block.children.map(blockText).join('\t');
    case 'table-cell':
      return block.children.map(blockText).join('\n');
    case 'box':
      return [block.title ?? '', ...block.children.map(blockText)].filter(Boolean).join('\n');
    case 'image':
      return block.caption ?? '';
    case 'page-break':
      return '';
  }
}

/** Shorthand constructors, used by importers, fixtures and tests. */
export function paragraph(text: string, role?: ParagraphRole, align?: Align): ParagraphBlock {
  const block: ParagraphBlock = { type: 'paragraph', children: [{ text }] };
  if (role) block.role = role;
  if (align) block.align = align;
  return block;
}

export function heading(level: 1 | 2 | 3 | 4, text: string): HeadingBlock {
  return { type: 'heading', level, children: [{ text }] };
}
