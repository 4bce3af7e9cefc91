// The flow between block layout and pagination: a sequence of lines (text lines, table rows, spacers)
// with the page-break rules already decided per line.
import type { DrawItem } from '../page-tree';

export interface TableSlice {
  /** First and last body-row index of the table on this page (inclusive). */
  from: number;
  to: number;
}

export interface FlowLine {
  /** Height in points (a text line: the line pitch). */
  height: number;
  /** Items drawn relative to the line's top (y) and the page's left edge (x). */
  items: DrawItem[];
  /** A page break may fall before this line. */
  breakBefore: boolean;
  /** A blank spacer: dropped when it would stand at the top of a page. */
  spacer?: boolean;
  /** A text line sits on the line grid (snaps to the next grid line after a table). */
  grid?: boolean;
  /** Forced break before this line. */
  newPage?: boolean;
  /** Named destination placed at this line (article titles). */
  anchor?: string;
  /** A line inside a 专栏 box: the page layer closes the frame where a page break cuts the box. */
  box?: { id: string; left: number; right: number };
  /** A page of a landscape table (GB/T 9704 §8): items laid out on the turned type area (origin at its top-left),
   *  drawn turned a quarter so the table's head faces the page's left edge; `left` is the portrait area's left. */
  turned?: { items: DrawItem[]; left: number };
  /** A table row: the page layer asks the table for its drawing once the slice on the page is known. */
  table?: { id: string; row: number; render(row: number, slice: TableSlice): DrawItem[]; header(): FlowLine[] };
}

export interface ArticleFlow {
  articleId: string;
  lines: FlowLine[];
}
