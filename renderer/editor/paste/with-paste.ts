// Paste: Slate's own fragments as they are; Word/WPS HTML through the importer's cleaner into our blocks;
// anything else as plain text, one paragraph per line (never raw foreign HTML in the model).
import { Transforms } from 'slate';
import type { Block } from '../../../shared/model/blocks';
import type { GazetteEditor } from '../custom-types';
import { htmlToBlocks } from './html-to-blocks';

export function withPaste(editor: GazetteEditor): GazetteEditor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes('application/x-slate-fragment')) return insertData(data);
    const html = data.getData('text/html');
    const blocks: Block[] | null = html ? htmlToBlocks(html) : null;
    if (blocks && blocks.length > 0) {
      Transforms.insertFragment(editor, blocks);
      return;
    }
    const text = data.getData('text/plain');
    if (!text) return insertData(data);
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length === 1) {
      Transforms.insertText(editor, lines[0]!);
      return;
    }
    Transforms.insertFragment(
      editor,
      lines.map((line) => ({ type: 'paragraph' as const, children: [{ text: line.trim() }] })),
    );
  };
  return editor;
}
