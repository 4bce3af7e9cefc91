// The workspace store: the open issue, its file, what is selected, save state and the 栏目-tree undo history.
// Article bodies are edited by Slate (with its own history); structure edits go through `editSections` (undoable here).
import { create } from 'zustand';
import type { Article, ArticleMeta, GazetteMeta, Issue, Section } from '../../shared/model/issue';
import type { Block } from '../../shared/model/blocks';
import type { DocSnapshot, FileHandle } from '../../shared/api';
import { updateArticle } from './section-ops';

export type SaveState = 'saved' | 'unsaved' | 'saving';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** Where the checks panel or the preview asks the editor to go. */
export interface JumpTarget {
  articleId: string;
  block: number;
  offset: number;
  field?: string;
  /** Increases on every request so the same place can be asked twice. */
  serial: number;
}

export interface WorkspaceState {
  issue: Issue | null;
  /** The host's id of the open document. */
  docId: string | null;
  file: FileHandle | null;
  /** Bumped on every change of the issue; the preview and autosave follow it. */
  revision: number;
  saveState: SaveState;
  autosavedAt: string | null;
  selectedArticle: string | null;
  view: 'editor' | 'meta';
  past: TreeStep[];
  future: TreeStep[];
  /** Bumped when document bodies change outside their editors (fixes, undo of fixes): editors remount. */
  bodyEpoch: number;
  notices: Notice[];
  jump: JumpTarget | null;

  load(snapshot: DocSnapshot, dirty?: boolean): void;
  close(): void;
  select(articleId: string | null): void;
  showMeta(show: boolean): void;
  /** An undoable edit of the tree; `bodies` when it changes document text too (one-click fixes). */
  editSections(edit: (sections: Section[]) => Section[], options?: { bodies?: boolean }): void;
  undoSections(): void;
  redoSections(): void;
  setMeta(meta: GazetteMeta): void;
  setArticleBody(articleId: string, body: Block[]): void;
  setArticleMeta(articleId: string, meta: ArticleMeta): void;
  setArticleKind(articleId: string, kind: Article['kind']): void;
  markSaving(): void;
  markSaved(file: FileHandle, revision: number): void;
  markSaveFailed(): void;
  markAutosaved(time: string): void;
  notify(notice: Notice): void;
  dismiss(index: number): void;
  dismissInfo(): void;
  jumpTo(target: Omit<JumpTarget, 'serial'>): void;
}

const HISTORY_LIMIT = 100;

/** One undo step of the tree: the sections before it, and whether it changed document text too. */
export interface TreeStep {
  sections: Section[];
  bodies: boolean;
}

/** Undo of the tree restores structure and names, not the text typed since (Slate's own history holds that). */
function keepBodies(restored: Section[], current: Section[]): Section[] {
  const bodies = new Map(current.flatMap((s) => s.articles.map((a) => [a.id, a.body] as const)));
  return restored.map((s) => ({ ...s, articles: s.articles.map((a) => ({ ...a, body: bodies.get(a.id) ?? a.body })) }));
}

export const useWorkspace = create<WorkspaceState>()((set, get) => {
  /** Replaces the issue and marks it changed. */
  const change = (issue: Issue, extra: Partial<WorkspaceState> = {}) =>
    set((s) => ({ issue, revision: s.revision + 1, saveState: 'unsaved', ...extra }));

  return {
    issue: null,
    docId: null,
    file: null,
    revision: 0,
    saveState: 'saved',
    autosavedAt: null,
    selectedArticle: null,
    view: 'editor',
    past: [],
    future: [],
    bodyEpoch: 0,
    notices: [],
    jump: null,

    load(snapshot, dirty = false) {
      const { issue, docId, file } = snapshot;
      const first = issue.sections.find((s) => s.articles.length > 0)?.articles[0]?.id ?? null;
      set((s) => ({
        issue, docId, file, revision: s.revision + 1, saveState: dirty ? 'unsaved' : 'saved', selectedArticle: first,
        view: 'editor', past: [], future: [], jump: null, autosavedAt: null,
      }));
    },
    close() {
      set({ issue: null, docId: null, file: null, selectedArticle: null, past: [], future: [], saveState: 'saved', jump: null });
    },
    select(articleId) {
      set({ selectedArticle: articleId, view: 'editor' });
    },
    showMeta(show) {
      set({ view: show ? 'meta' : 'editor' });
    },
    editSections(edit, options = {}) {
      const { issue, past, bodyEpoch } = get();
      if (!issue) return;
      const sections = edit(issue.sections);
      if (sections === issue.sections) return;
      const bodies = options.bodies ?? false;
      change({ ...issue, sections }, {
        past: [...past, { sections: issue.sections, bodies }].slice(-HISTORY_LIMIT),
        future: [],
        bodyEpoch: bodies ? bodyEpoch + 1 : bodyEpoch,
      });
    },
    undoSections() {
      const { issue, past, future, bodyEpoch } = get();
      const step = past[past.length - 1];
      if (!issue || !step) return;
      const sections = step.bodies ? step.sections : keepBodies(step.sections, issue.sections);
      change({ ...issue, sections }, {
        past: past.slice(0, -1),
        future: [{ sections: issue.sections, bodies: step.bodies }, ...future],
        bodyEpoch: step.bodies ? bodyEpoch + 1 : bodyEpoch,
      });
    },
    redoSections() {
      const { issue, past, future, bodyEpoch } = get();
      const step = future[0];
      if (!issue || !step) return;
      const sections = step.bodies ? step.sections : keepBodies(step.sections, issue.sections);
      change({ ...issue, sections }, {
        past: [...past, { sections: issue.sections, bodies: step.bodies }],
        future: future.slice(1),
        bodyEpoch: step.bodies ? bodyEpoch + 1 : bodyEpoch,
      });
    },
    setMeta(meta) {
      const { issue } = get();
      if (issue) change({ ...issue, meta });
    },
    setArticleBody(articleId, body) {
      const { issue } = get();
      if (issue) change({ ...issue, sections: updateArticle(issue.sections, articleId, (a) => ({ ...a, body })) });
    },
    setArticleMeta(articleId, meta) {
      const { issue } = get();
      if (issue) change({ ...issue, sections: updateArticle(issue.sections, articleId, (a) => ({ ...a, meta })) });
    },
    setArticleKind(articleId, kind) {
      const { issue } = get();
      if (issue) change({ ...issue, sections: updateArticle(issue.sections, articleId, (a) => ({ ...a, kind })) });
    },
    markSaving() {
      set({ saveState: 'saving' });
    },
    markSaved(file, revision) {
      // An edit made while saving keeps the marker on.
      set((s) => ({ file, saveState: s.revision === revision ? 'saved' : 'unsaved' }));
    },
    markSaveFailed() {
      set({ saveState: 'unsaved' });
    },
    markAutosaved(time) {
      set({ autosavedAt: time });
    },
    notify(notice) {
      set((s) => ({ notices: [...s.notices.slice(-4), notice] }));
    },
    dismiss(index) {
      set((s) => ({ notices: s.notices.filter((_, i) => i !== index) }));
    },
    dismissInfo() {
      set((s) => ({ notices: s.notices.filter((n) => n.kind !== 'info') }));
    },
    jumpTo(target) {
      set((s) => ({ jump: { ...target, serial: (s.jump?.serial ?? 0) + 1 }, selectedArticle: target.articleId, view: 'editor' }));
    },
  };
});
