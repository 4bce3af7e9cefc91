// One Slate editor per document: its fields, toolbar and body. Mounted fresh (key = article id) when the
// clerk switches documents; every change goes straight into the store, which the preview and autosave follow.
import { useCallback, useEffect, useMemo } from 'react';
import { createEditor, Editor, Node, Range, Transforms, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { findArticle } from '../store/section-ops';
import type { Block } from '../../shared/model/blocks';
import { useWorkspace } from '../store/workspace';
import { withGazette } from './with-gazette';
import { withPaste } from './paste/with-paste';
import { renderElement, renderLeaf } from './elements/render-element';
import { EditorToolbar } from './EditorToolbar';
import { MetaFields } from './MetaFields';
import { insertPageBreak, setBlockKind, toggleBold } from './commands/block-commands';
import './custom-types';

const emptyBody = (): Block[] => [{ type: 'paragraph', children: [{ text: '' }] }];

export function ArticleEditor({ articleId }: { articleId: string }) {
  // Read once: the editor owns the body from here on, and typing must not re-render this component.
  const article = useMemo(() => findArticle(useWorkspace.getState().issue?.sections ?? [], articleId)!.article, [articleId]);
  const editor = useMemo(() => withPaste(withGazette(withHistory(withReact(createEditor())))), []);
  const initialValue = useMemo(() => (article.body.length ? article.body : emptyBody()) as Descendant[], []); // eslint-disable-line react-hooks/exhaustive-deps
  const setArticleBody = useWorkspace((s) => s.setArticleBody);
  const jump = useWorkspace((s) => s.jump);

  useEffect(() => {
    if (!jump || jump.articleId !== article.id) return;
    if (jump.block < 0) {
      const input = document.querySelector<HTMLElement>(`[data-field="${jump.field ?? 'title'}"]`);
      input?.focus();
      input?.scrollIntoView({ block: 'center' });
      return;
    }
    const block = Math.min(jump.block, editor.children.length - 1);
    try {
      const start = Editor.start(editor, [block]);
      const text = Node.string(editor.children[block]!);
      const point = jump.offset > 0 && jump.offset <= text.length ? Editor.after(editor, start, { distance: jump.offset }) ?? start : start;
      Transforms.select(editor, point);
      ReactEditor.focus(editor);
      ReactEditor.toDOMNode(editor, editor.children[block]!).scrollIntoView({ block: 'center' });
    } catch {
      // The block moved away since the finding was made; staying put is the right answer.
    }
  }, [jump, article.id, editor]);

  const onChange = useCallback(
    (value: Descendant[]) => {
      if (editor.operations.some((op) => op.type !== 'set_selection')) setArticleBody(article.id, value as Block[]);
    },
    [editor, article.id, setArticleBody],
  );

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (e.nativeEvent.isComposing) return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod) return;
      if (e.key === 'b') toggleBold(editor);
      else if (e.key === 'Enter') insertPageBreak(editor);
      else if (e.key === '0') setBlockKind(editor, 'paragraph:body');
      else if (['1', '2', '3', '4'].includes(e.key)) setBlockKind(editor, `heading:${Number(e.key) as 1 | 2 | 3 | 4}`);
      else return;
      e.preventDefault();
    },
    [editor],
  );

  // Slate takes its selection from the DOM on a throttled selectionchange. An IME composition that starts right
  // after an arrow key or a click would be applied at the old place. So the caret is taken from the DOM as soon
  // as a key or the mouse button comes up — before the IME's first key — and, failing that, when the composition
  // starts. The first is the one that matters: moving Slate's selection inside compositionstart re-renders the
  // paragraph under the IME, and Chromium may then hold the committed text back until the next input.
  const syncSelectionFromDom = useCallback(() => {
    const domSelection = window.getSelection();
    if (!domSelection || domSelection.rangeCount === 0 || !ReactEditor.isFocused(editor)) return;
    const range = ReactEditor.toSlateRange(editor, domSelection, { exactMatch: false, suppressThrow: true });
    if (range && (!editor.selection || !Range.equals(range, editor.selection))) Transforms.select(editor, range);
  }, [editor]);
  const onKeyUp = useCallback(
    (e: React.KeyboardEvent) => {
      if (!e.nativeEvent.isComposing) syncSelectionFromDom();
    },
    [syncSelectionFromDom],
  );

  return (
    <div className="article-editor" data-article={article.id}>
      <MetaFields articleId={article.id} />
      <Slate editor={editor} initialValue={initialValue} onChange={onChange}>
        <EditorToolbar />
        {/* No Slate placeholder: it breaks IME composition in an empty editor (EDITOR-NOTES §1.3). */}
        <Editable
          className="article-body"
          data-testid="article-body"
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          onKeyDown={onKeyDown}
          onKeyUp={onKeyUp}
          onMouseUp={syncSelectionFromDom}
          onCompositionStart={syncSelectionFromDom}
          spellCheck={false}
          renderChunk={({ attributes, children, lowest }) => (
            <div {...attributes} style={lowest ? { contentVisibility: 'auto' } : undefined}>{children}</div>
          )}
        />
      </Slate>
    </div>
  );
}
