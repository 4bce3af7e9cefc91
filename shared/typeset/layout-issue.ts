// Issue → PageTree: the whole typesetting pipeline (DESIGN.md "Typesetting pipeline").
// (Foundation placeholder; the typesetting issue implements it.)
import type { Issue } from '../model/issue';
import type { FontSource } from '../fonts/font-source';
import type { PageTree } from './page-tree';

export interface LayoutOptions {
  /** Called with a fraction 0..1 as pages are made (long jobs show progress). */
  onProgress?: (fraction: number) => void;
}

export function layoutIssue(_issue: Issue, _fonts: FontSource, _options: LayoutOptions = {}): PageTree {
  throw new Error('排版引擎尚未实现');
}
