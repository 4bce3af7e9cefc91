// Block-level commands of the toolbar and the shortcuts: block kind and role, marks, page break, 专栏, image.
import { Editor, Element, Range, Transforms } from 'slate';
import type { ParagraphRole, TextLeaf } from '../../../shared/model/blocks';
import type { GazetteEditor, GazetteElement } from '../custom-types';

/** What the block-kind menu shows: 'paragraph:body', 'heading:2' … */
export type BlockKind = `paragraph:${ParagraphRole}` | `heading:${1 | 2 | 3 | 4}`;

const textBlock = (n: unknown) => Element.isElement(n) && (n.type === 'paragraph' || n.type === 'heading');

export function currentBlockKind(editor: GazetteEditor): BlockKind | null {
  if (!editor.selection) return null;
  const entry = Editor.above(editor, { at: editor.selection.anchor.path, match: textBlock });
  if (!entry) return null;
  const node = entry[0] as GazetteElement;
  if (node.type === 'heading') return `heading:${node.level}`;
  if (node.type === 'paragraph') return `paragraph:${node.role ?? 'body'}`;
  return null;
}

export function setBlockKind(editor: GazetteEditor, kind: BlockKind): void {
  const [type, value] = kind.split(':') as ['paragraph' | 'heading', string];
  Editor.withoutNormalizing(editor, () => {
    if (type === 'heading') {
      Transforms.unsetNodes(editor, ['role', 'align'], { match: textBlock });
      Transforms.setNodes(editor, { type: 'heading', level: Number(value) as 1 | 2 | 3 | 4 }, { match: textBlock });
    } else {
      Transforms.unsetNodes(editor, 'level', { match: textBlock });
      Transforms.setNodes(editor, { type: 'paragraph' }, { match: textBlock });
      if (value === 'body') Transforms.unsetNodes(editor, 'role', { match: textBlock });
      else Transforms.setNodes(editor, { role: value as ParagraphRole }, { match: textBlock });
    }
  });
}

export function toggleBold(editor: GazetteEditor): void {
  const marks = Editor.marks(editor) as Partial<TextLeaf> | null;
  if (marks?.bold) Editor.removeMark(editor, 'bold');
  else Editor.addMark(editor, 'bold', true);
}

function insertAfterCurrent(editor: GazetteEditor, nodes: Element[]): void {
  const at = editor.selection ? [Range.start(editor.selection).path[0]! + 1] : [editor.children.length];
  Transforms.insertNodes(editor, nodes, { at });
  Transforms.select(editor, Editor.end(editor, [at[0]! + nodes.length - 1]));
}

export function insertPageBreak(editor: GazetteEditor): void {
  insertAfterCurrent(editor, [{ type: 'page-break', children: [{ text: '' }] }, { type: 'paragraph', children: [{ text: '' }] }]);
}

/** Wraps the selected top-level blocks into a 专栏 box (or makes an empty one). */
export function insertBox(editor: GazetteEditor, title: string): void {
  if (!editor.selection) return insertAfterCurrent(editor, [{ type: 'box', title, children: [{ type: 'paragraph', children: [{ text: '' }] }] }]);
  const top = (n: unknown, p: number[]) => p.length === 1 && Element.isElement(n) && ['paragraph', 'heading', 'table'].includes(n.type);
  Transforms.wrapNodes(editor, { type: 'box', title, children: [] }, { match: top, split: false });
}

export function insertImage(editor: GazetteEditor, asset: string, caption: string): void {
  insertAfterCurrent(editor, [{ type: 'image', asset, caption, children: [{ text: '' }] }, { type: 'paragraph', children: [{ text: '' }] }]);
}
