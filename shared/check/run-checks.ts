// Runs the proofreading rules over an issue. (Foundation placeholder; the checker issue implements it.)
import type { Issue } from '../model/issue';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Article id ("" for issue-level findings) */
  article: string;
  /** Index of the block in the article body; -1 for a meta field */
  block: number;
  /** Character offset inside the block's text (or the field's text) */
  offset: number;
  /** The offending characters, quoted */
  text: string;
  message: string;
  /** Replacement for `text`, where the fix is safe */
  fix?: string;
  /** For meta-field findings: which field (title, docNo, date …) */
  field?: string;
}

export function runChecks(_issue: Issue): Finding[] {
  return [];
}
