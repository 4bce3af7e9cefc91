// The shape of a rule: an id, and checks at the level it needs (one text, one article, the whole issue).
import type { Article, Issue, Section } from '../model/issue';
import type { CheckerProfile } from './checker-profile';
import type { Finding, Severity } from './run-checks';
import type { TextUnit } from './text-units';

export interface RuleContext {
  issue: Issue;
  profile: CheckerProfile;
}

export interface ArticleScope extends RuleContext {
  section: Section;
  article: Article;
  units: TextUnit[];
}

export interface Rule {
  id: string;
  /** Off unless the profile switches it on (none yet; kept for house rules). */
  enabledByDefault?: boolean;
  checkUnit?(unit: TextUnit, scope: ArticleScope): Finding[];
  checkArticle?(scope: ArticleScope): Finding[];
  checkIssue?(context: RuleContext): Finding[];
}

/** A finding at a place of a text unit. */
export function findingAt(
  unit: TextUnit,
  rule: string,
  severity: Severity,
  offset: number,
  text: string,
  message: string,
  fix?: string,
): Finding {
  const f: Finding = { rule, severity, article: unit.article, block: unit.block, offset, text, message };
  if (unit.field) f.field = unit.field;
  if (fix !== undefined && fix !== text) f.fix = fix;
  return f;
}

/** Han characters (CJK ideographs of every block). */
export const HAN = '\\p{Script=Han}';
export const isHan = (ch: string | undefined): boolean => !!ch && /\p{Script=Han}/u.test(ch);

/** Text without spaces (letter-spaced 栏目 such as 规 范 性 文 件, names padded with full-width spaces). */
export const squeeze = (s: string): string => s.replace(/[\s\u3000]/g, '');
