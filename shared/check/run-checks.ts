// Runs the proofreading rules over an issue: every enabled rule sees every text unit (meta fields, body blocks)
// and the issue as a whole, and returns findings in document order.
import type { Issue } from '../model/issue';
import { defaultCheckerProfile, type CheckerProfile } from './checker-profile';
import { allRules } from './rules/index';
import { articleUnits, type TextUnit } from './text-units';

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
  /** Title of the article, so a report can name the document without the issue at hand. */
  articleTitle?: string;
}

export function runChecks(issue: Issue, profile: CheckerProfile = defaultCheckerProfile): Finding[] {
  const enabled = allRules.filter((rule) => profile.rules?.[rule.id] ?? rule.enabledByDefault ?? true);
  const findings: Finding[] = [];
  const context = { issue, profile };
  for (const rule of enabled) if (rule.checkIssue) findings.push(...rule.checkIssue(context));
  for (const section of issue.sections) {
    for (const article of section.articles) {
      const units: TextUnit[] = articleUnits(article);
      const scope = { ...context, section, article, units };
      for (const rule of enabled) {
        if (rule.checkUnit) for (const unit of units) findings.push(...rule.checkUnit(unit, scope));
        if (rule.checkArticle) findings.push(...rule.checkArticle(scope));
      }
    }
  }
  const order = articleOrder(issue);
  for (const f of findings) if (f.article && f.articleTitle === undefined) f.articleTitle = order.get(f.article)?.title;
  return findings.sort(
    (a, b) =>
      (order.get(a.article)?.index ?? -1) - (order.get(b.article)?.index ?? -1) ||
      a.block - b.block ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.offset - b.offset ||
      a.rule.localeCompare(b.rule),
  );
}

function articleOrder(issue: Issue): Map<string, { index: number; title: string }> {
  const order = new Map<string, { index: number; title: string }>();
  for (const section of issue.sections) for (const a of section.articles) order.set(a.id, { index: order.size, title: a.meta.title });
  return order;
}

export type { CheckerProfile } from './checker-profile';
export { applyFixes } from './apply-fixes';
