// Paste: Slate's own fragments as they are; HTML (Word, WPS, web pages) through the importer's Office HTML
// reader into our blocks; plain text one paragraph per line (never raw foreign HTML in the model).
import { Transforms } from 'slate';
import type { Block } from '../../../shared/model/blocks';
import type { GazetteEditor } from '../custom-types';
import { importOfficeHtml } from '../../../shared/import/html/office-html';

export function withPaste(editor: GazetteEditor): GazetteEditor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes('application/x-slate-fragment')) return insertData(data);
    const html = data.getData('text/html');
    const blocks: Block[] | null = html ? importOfficeHtml(html) : null;
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
