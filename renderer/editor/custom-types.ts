// Slate's types are the model's: the editor edits Block JSON directly (DESIGN.md "One model").
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { HistoryEditor } from 'slate-history';
import type { Block, TableCellBlock, TableRowBlock, TextLeaf } from '../../shared/model/blocks';

export type GazetteElement = Block | TableRowBlock | TableCellBlock;
export type GazetteEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: GazetteEditor;
    Element: GazetteElement;
    Text: TextLeaf;
  }
}
