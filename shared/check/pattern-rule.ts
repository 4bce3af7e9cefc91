// Rules that are a table of patterns: each regular expression match is a finding, with a message and
// (where safe) a fix computed from the match. Most text rules are written this way.
import type { Finding, Severity } from './run-checks';
import { findingAt, type ArticleScope, type Rule } from './rule';
import type { TextUnit } from './text-units';

export interface Pattern {
  /** Global, unicode regex; the finding covers group `group` (default: the whole match; give the regex the d flag). */
  re: RegExp;
  group?: number;
  severity: Severity;
  message: (m: RegExpExecArray) => string;
  fix?: (m: RegExpExecArray) => string | undefined;
  /** Extra test on the match and its surroundings; false drops it. */
  when?: (m: RegExpExecArray, text: string) => boolean;
}

export interface PatternRuleSpec {
  id: string;
  patterns: Pattern[];
  /** Which units the rule reads (default: all). */
  applies?: (unit: TextUnit, scope: ArticleScope) => boolean;
}

export function patternRule(spec: PatternRuleSpec): Rule {
  return {
    id: spec.id,
    checkUnit(unit, scope) {
      if (spec.applies && !spec.applies(unit, scope)) return [];
      const found: Finding[] = [];
      const taken: Array<[number, number]> = [];
      for (const p of spec.patterns) {
        for (const m of unit.text.matchAll(p.re)) {
          const match = m as RegExpExecArray;
          if (p.when && !p.when(match, unit.text)) continue;
          const text = match[p.group ?? 0] ?? '';
          const offset = p.group ? (match.indices?.[p.group]?.[0] ?? match.index + match[0].indexOf(text)) : match.index;
          // An earlier pattern of the same rule already reported these characters.
          if (taken.some(([s, e]) => offset < e && offset + text.length > s)) continue;
          taken.push([offset, offset + text.length]);
          found.push(findingAt(unit, spec.id, p.severity, offset, text, p.message(match), p.fix?.(match)));
        }
      }
      return found;
    },
  };
}

/** Body text and printed meta fields, but not the 文号 field (it has its own rule). */
export const proseUnits = (unit: TextUnit): boolean => unit.field !== 'docNo';
