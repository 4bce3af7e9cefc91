// The editor's toolbar: block kind, bold, insertions, table commands, undo/redo. Reads the editor on every change.
import { useSlate } from 'slate-react';
import { HistoryEditor } from 'slate-history';
import { currentBlockKind, insertBox, insertImage, insertPageBreak, setBlockKind, toggleBold, type BlockKind } from './commands/block-commands';
import { pickFiles } from '../bridge/pick-files';
import { getHost } from '../app/actions';
import { describeError } from '../app/describe-error';
import { tableCommands, tableContext } from './commands/table-commands';
import { useWorkspace } from '../store/workspace';
import { t } from '../messages/zh-CN';

const KINDS: Array<[BlockKind, string]> = [
  ['paragraph:body', t.blockParagraph],
  ['heading:1', t.blockHeading(1)],
  ['heading:2', t.blockHeading(2)],
  ['heading:3', t.blockHeading(3)],
  ['heading:4', t.blockHeading(4)],
  ...Object.entries(t.roles).filter(([role]) => role !== 'body').map(([role, label]) => [`paragraph:${role}`, label] as [BlockKind, string]),
];

export function EditorToolbar() {
  const editor = useSlate();
  const notify = useWorkspace((s) => s.notify);
  const kind = currentBlockKind(editor);
  const table = tableContext(editor);
  const inTable = table !== null;
  const landscape = table?.table.landscape === true;
  // Keep the editor's selection: toolbar buttons act on mousedown without taking focus.
  const act = (run: () => void) => (e: React.MouseEvent) => {
    e.preventDefault();
    run();
  };
  const addImage = async () => {
    const docId = useWorkspace.getState().docId;
    const [file] = await pickFiles('image/png,image/jpeg');
    if (!file || !docId) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { name } = await getHost().addAsset({ docId, name: file.name, mime: file.type || 'image/png', bytes });
      insertImage(editor, name, '');
    } catch (error) {
      notify({ kind: 'error', text: t.imageFailed(file.name, describeError(error)) });
    }
  };
  return (
    <div className="editor-toolbar" role="toolbar">
      <select aria-label={t.blockKind} value={kind ?? ''} disabled={!kind} onChange={(e) => setBlockKind(editor, e.target.value as BlockKind)}>
        {!kind && <option value="" />}
        {KINDS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
      <button onMouseDown={act(() => toggleBold(editor))} title="Ctrl+B">{t.bold}</button>
      <button onMouseDown={act(() => tableCommands.insertTable(editor))}>{t.insertTable}</button>
      <button onMouseDown={act(() => insertPageBreak(editor))} title="Ctrl+Enter">{t.insertPageBreak}</button>
      <button onMouseDown={act(() => insertBox(editor, t.boxTitle))}>{t.insertBox}</button>
      <button onMouseDown={act(() => void addImage())}>{t.insertImage}</button>
      <span className="sep" />
      <button disabled={!inTable} onMouseDown={act(() => tableCommands.addRow(editor))}>{t.tableAddRow}</button>
      <button disabled={!inTable} onMouseDown={act(() => tableCommands.removeRow(editor))}>{t.tableRemoveRow}</button>
      <button disabled={!inTable} onMouseDown={act(() => tableCommands.addColumn(editor))}>{t.tableAddColumn}</button>
      <button disabled={!inTable} onMouseDown={act(() => tableCommands.removeColumn(editor))}>{t.tableRemoveColumn}</button>
      <button
        disabled={!inTable}
        onMouseDown={act(() => {
          if (!tableCommands.merge(editor)) notify({ kind: 'info', text: t.tableMergeHint });
        })}
      >
        {t.tableMerge}
      </button>
      <button disabled={!inTable} onMouseDown={act(() => tableCommands.split(editor))}>{t.tableSplit}</button>
      <button disabled={!inTable} onMouseDown={act(() => tableCommands.toggleHeader(editor))}>{t.tableHeaderRow}</button>
      <button disabled={!inTable} aria-pressed={landscape} title={t.tableLandscapeHint} onMouseDown={act(() => tableCommands.toggleLandscape(editor))}>
        {t.tableLandscape}
      </button>
      <span className="sep" />
      <button disabled={editor.history.undos.length === 0} onMouseDown={act(() => HistoryEditor.undo(editor))} title="Ctrl+Z">{t.undo}</button>
      <button disabled={editor.history.redos.length === 0} onMouseDown={act(() => HistoryEditor.redo(editor))} title="Ctrl+Y">{t.redo}</button>
    </div>
  );
}
