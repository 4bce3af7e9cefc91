// Slate side of the table commands: find the table and cells under the selection, replace the table with
// the result of a pure table op (one undo step), put the caret back into the cell it belongs in.
import { Editor, Element, Path, Range, Transforms, type NodeEntry } from 'slate';
import type { TableBlock } from '../../../shared/model/blocks';
import type { GazetteEditor } from '../custom-types';
import * as ops from './table-ops';
import { cellAt, tableGrid } from './table-grid';

interface TableContext {
  table: TableBlock;
  path: Path;
  /** [row element index, cell index] of the anchor and focus cells */
  anchor: [number, number];
  focus: [number, number];
}

function cellOf(editor: GazetteEditor, point: Path): [number, number] | null {
  const entry = Editor.above(editor, { at: point, match: (n) => Element.isElement(n) && n.type === 'table-cell' });
  if (!entry) return null;
  const p = entry[1];
  return [p[p.length - 2]!, p[p.length - 1]!];
}

export function tableContext(editor: GazetteEditor): TableContext | null {
  const { selection } = editor;
  if (!selection) return null;
  const entry = Editor.above(editor, { at: selection.anchor.path, match: (n) => Element.isElement(n) && n.type === 'table' }) as
    | NodeEntry<TableBlock>
    | undefined;
  if (!entry) return null;
  const [table, path] = entry;
  const anchor = cellOf(editor, selection.anchor.path);
  let focus = cellOf(editor, selection.focus.path);
  // A focus outside this table (dragged past its end) counts as the anchor cell.
  if (!focus || !Path.isAncestor(path, selection.focus.path)) focus = anchor;
  if (!anchor || !focus) return null;
  return { table, path, anchor, focus };
}

function replaceTable(editor: GazetteEditor, ctx: TableContext, next: TableBlock, caret: [number, number]): void {
  if (next === ctx.table) return;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: ctx.path });
    Transforms.insertNodes(editor, next, { at: ctx.path, select: false });
  });
  const row = Math.min(caret[0], next.children.length - 1);
  const index = Math.min(caret[1], next.children[row]!.children.length - 1);
  Transforms.select(editor, Editor.start(editor, [...ctx.path, row, Math.max(0, index)]));
}

const columnOf = (ctx: TableContext, which: [number, number]) => cellAt(tableGrid(ctx.table), which[0], which[1])?.col ?? 0;

export const tableCommands = {
  insertTable(editor: GazetteEditor, rows = 3, cols = 3) {
    const table = ops.createTable(rows, cols);
    const at = editor.selection ? [Range.start(editor.selection).path[0]! + 1] : [editor.children.length];
    Transforms.insertNodes(editor, [table, { type: 'paragraph', children: [{ text: '' }] }], { at });
    Transforms.select(editor, Editor.start(editor, [...at, 0, 0]));
  },
  addRow(editor: GazetteEditor) {
    const ctx = tableContext(editor);
    if (ctx) replaceTable(editor, ctx, ops.insertRow(ctx.table, ctx.anchor[0]), [ctx.anchor[0] + 1, 0]);
  },
  removeRow(editor: GazetteEditor) {
    const ctx = tableContext(editor);
    if (ctx) replaceTable(editor, ctx, ops.removeRow(ctx.table, ctx.anchor[0]), ctx.anchor);
  },
  addColumn(editor: GazetteEditor) {
    const ctx = tableContext(editor);
    if (ctx) replaceTable(editor, ctx, ops.insertColumn(ctx.table, columnOf(ctx, ctx.anchor)), ctx.anchor);
  },
  removeColumn(editor: GazetteEditor) {
    const ctx = tableContext(editor);
    if (ctx) replaceTable(editor, ctx, ops.removeColumn(ctx.table, columnOf(ctx, ctx.anchor)), ctx.anchor);
  },
  merge(editor: GazetteEditor): boolean {
    const ctx = tableContext(editor);
    if (!ctx || (ctx.anchor[0] === ctx.focus[0] && ctx.anchor[1] === ctx.focus[1])) return false;
    const first = ctx.anchor[0] < ctx.focus[0] || (ctx.anchor[0] === ctx.focus[0] && ctx.anchor[1] < ctx.focus[1]) ? ctx.anchor : ctx.focus;
    replaceTable(editor, ctx, ops.mergeCells(ctx.table, ctx.anchor, ctx.focus), first);
    return true;
  },
  split(editor: GazetteEditor) {
    const ctx = tableContext(editor);
    if (ctx) replaceTable(editor, ctx, ops.splitCell(ctx.table, ctx.anchor), ctx.anchor);
  },
  toggleHeader(editor: GazetteEditor) {
    const ctx = tableContext(editor);
    if (ctx) Transforms.setNodes(editor, { headerRows: ops.toggleHeaderRows(ctx.table, ctx.anchor[0]).headerRows }, { at: ctx.path });
  },
  /** 横排 (GB/T 9704 §8): the table under the caret is set turned a quarter on pages of its own, or back upright. */
  toggleLandscape(editor: GazetteEditor) {
    const ctx = tableContext(editor);
    if (!ctx) return;
    if (ctx.table.landscape) Transforms.unsetNodes(editor, 'landscape', { at: ctx.path });
    else Transforms.setNodes(editor, { landscape: true }, { at: ctx.path });
  },
};
