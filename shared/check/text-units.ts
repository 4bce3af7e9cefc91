// The texts a rule looks at: an article's meta fields (block -1 + field) and its body blocks (block index),
// each with the spans of the leaves it is made of, so a finding's offset maps back to the leaf to fix.
import { blockText, type Block, type FontRole, type ParagraphRole } from '../model/blocks';
import type { Article, ArticleMeta } from '../model/issue';

/** A piece of the unit's text that lives in one place of the model (a leaf, a box title, a caption). */
export interface TextSpan {
  start: number;
  /** The text when the unit was made (rules read this) */
  text: string;
  font?: FontRole;
  /** The live text (fixes read and write it) */
  get(): string;
  set(text: string): void;
}

export interface TextUnit {
  article: string;
  /** Body block index, or -1 for a meta field */
  block: number;
  field?: MetaField;
  text: string;
  /** What the text is: a meta field, or the block type */
  kind: 'field' | Block['type'];
  role?: ParagraphRole;
  level?: number;
  spans: TextSpan[];
}

/** Meta fields that hold printed text (date is ISO and has its own rule). */
export const textFields = ['title', 'docNo', 'recipients', 'signer', 'note', 'tocTitle'] as const;
export type MetaField = (typeof textFields)[number];

export function articleUnits(article: Article): TextUnit[] {
  const units: TextUnit[] = [];
  for (const field of textFields) {
    const value = article.meta[field];
    if (typeof value !== 'string' || !value) continue;
    if (field === 'title' && article.meta.titleLines?.join('') === value) {
      units.push({ article: article.id, block: -1, field, text: value, kind: 'field', spans: titleLineSpans(article.meta) });
      continue;
    }
    units.push({
      article: article.id,
      block: -1,
      field,
      text: value,
      kind: 'field',
      spans: [{ start: 0, text: value, get: () => article.meta[field] ?? '', set: (t) => setMeta(article.meta, field, t) }],
    });
  }
  article.body.forEach((block, index) => {
    const spans = blockSpans(block);
    const text = blockText(block);
    const unit: TextUnit = { article: article.id, block: index, text, kind: block.type, spans };
    if (block.type === 'paragraph' && block.role) unit.role = block.role;
    if (block.type === 'heading') unit.level = block.level;
    units.push(unit);
  });
  return units;
}

/** A title with the clerk's line breaks: one span per line, so a fix keeps the breaks. */
function titleLineSpans(meta: ArticleMeta): TextSpan[] {
  const lines = meta.titleLines!;
  let start = 0;
  return lines.map((line, k) => {
    const span: TextSpan = {
      start,
      text: line,
      get: () => lines[k]!,
      set: (t) => {
        lines[k] = t;
        meta.title = lines.join('');
      },
    };
    start += line.length;
    return span;
  });
}

function setMeta(meta: ArticleMeta, field: MetaField, text: string): void {
  meta[field] = text;
}

/** The spans of a block, laid out exactly as blockText() joins them (tabs between cells, newlines between rows). */
export function blockSpans(block: Block): TextSpan[] {
  const spans: TextSpan[] = [];
  let pos = 0;
  const add = (text: string, get: () => string, set: (t: string) => void, font?: FontRole) => {
    const span: TextSpan = { start: pos, text, get, set };
    if (font) span.font = font;
    spans.push(span);
    pos += text.length;
  };
  const leaves = (b: { children: Array<{ text: string; font?: FontRole }> }) => {
    for (const leaf of b.children) add(leaf.text, () => leaf.text, (t) => (leaf.text = t), leaf.font);
  };
  const walk = (b: Block): void => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return leaves(b);
      case 'table':
        b.children.forEach((row, r) => {
          if (r > 0) pos += 1;
          row.children.forEach((cell, c) => {
            if (c > 0) pos += 1;
            cell.children.forEach((p, i) => {
              if (i > 0) pos += 1;
              leaves(p);
            });
          });
        });
        return;
      case 'box': {
        const parts: Array<() => void> = [];
        if (b.title) parts.push(() => add(b.title!, () => b.title ?? '', (t) => (b.title = t)));
        for (const child of b.children) if (blockText(child)) parts.push(() => walk(child));
        parts.forEach((part, i) => {
          if (i > 0) pos += 1;
          part();
        });
        return;
      }
      case 'image':
        if (b.caption) add(b.caption, () => b.caption ?? '', (t) => (b.caption = t));
        return;
      case 'page-break':
        return;
    }
  };
  walk(block);
  return spans;
}
