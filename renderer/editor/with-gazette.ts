// Schema rules for the editor: voids, and a normalizer that keeps tables, boxes and cells in model shape
// after edits such as a delete across cells (fix one thing, return, Slate runs again).
import { Editor, Element, Node, Text, Transforms, type NodeEntry } from 'slate';
import type { GazetteEditor } from './custom-types';

const VOIDS = new Set(['image', 'page-break']);

export function withGazette(editor: GazetteEditor): GazetteEditor {
  const { isVoid, normalizeNode } = editor;
  editor.isVoid = (element) => VOIDS.has(element.type) || isVoid(element);
  // Long documents: let slate-react chunk the top level (EDITOR-NOTES §1.4).
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? 200 : null);

  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node)) {
      if (node.type === 'table') {
        for (const [child, childPath] of Node.children(editor, path)) {
          if (!Element.isElement(child) || child.type !== 'table-row') {
            Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at: childPath });
            return;
          }
        }
      } else if (node.type === 'table-row') {
        for (const [child, childPath] of Node.children(editor, path)) {
          if (!Element.isElement(child) || child.type !== 'table-cell') {
            Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at: childPath });
            return;
          }
        }
        if (path.length === 1) {
          // A row torn out of its table becomes a table again.
          Transforms.wrapNodes(editor, { type: 'table', children: [] }, { at: path });
          return;
        }
      } else if (node.type === 'table-cell' || node.type === 'box') {
        for (const [child, childPath] of Node.children(editor, path)) {
          if (Text.isText(child)) {
            Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: childPath });
            return;
          }
          const allowed = node.type === 'table-cell' ? ['paragraph'] : ['paragraph', 'heading', 'table'];
          if (Element.isElement(child) && !allowed.includes(child.type)) {
            Transforms.setNodes(editor, { type: 'paragraph' } as never, { at: childPath });
            return;
          }
        }
      }
      if ((node.type === 'paragraph' || node.type === 'heading') && node.children.some((c) => Element.isElement(c))) {
        // Blocks never nest inside text blocks: lift them out.
        Transforms.unwrapNodes(editor, { at: path });
        return;
      }
    }
    if (Editor.isEditor(node) && node.children.length === 0) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
