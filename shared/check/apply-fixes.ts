// One-click fixes: a new issue with every safe fix of the findings applied. Pure; a finding whose text is no
// longer at its place (the clerk edited meanwhile) or that overlaps another fix is skipped.
import type { Issue } from '../model/issue';
import type { Finding } from './run-checks';
import { articleUnits, type TextUnit } from './text-units';

export function applyFixes(issue: Issue, findings: Finding[]): Issue {
  const next: Issue = structuredClone(issue);
  const byUnit = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.fix === undefined || !f.article) continue;
    const key = unitKey(f.article, f.block, f.field);
    byUnit.set(key, [...(byUnit.get(key) ?? []), f]);
  }
  if (byUnit.size === 0) return next;
  for (const section of next.sections) {
    for (const article of section.articles) {
      for (const unit of articleUnits(article)) {
        const fixes = byUnit.get(unitKey(unit.article, unit.block, unit.field));
        if (fixes) fixUnit(unit, fixes);
      }
      // The clerk's title line breaks no longer match a fixed title: drop them rather than print the old text.
      if (article.meta.titleLines && article.meta.titleLines.join('') !== article.meta.title) delete article.meta.titleLines;
    }
  }
  return next;
}

function unitKey(article: string, block: number, field: string | undefined): string {
  return `${article}\u0000${block}\u0000${block < 0 ? field ?? '' : ''}`;
}

/** Applies fixes from the end of the text backwards so the offsets of earlier fixes stay valid. */
function fixUnit(unit: TextUnit, fixes: Finding[]): void {
  let limit = Infinity;
  for (const f of [...fixes].sort((a, b) => b.offset - a.offset)) {
    const end = f.offset + f.text.length;
    if (f.text.length === 0 || end > limit || unit.text.slice(f.offset, end) !== f.text) continue;
    editSpans(unit, f.offset, end, f.fix!);
    limit = f.offset;
  }
}

/** Replaces [start, end) of the unit's original text: the first span touched takes the replacement, later ones lose their part. */
function editSpans(unit: TextUnit, start: number, end: number, fix: string): void {
  let placed = false;
  for (const span of unit.spans) {
    const text = span.get();
    const s = span.start;
    const e = s + text.length;
    if (e <= start || s >= end) continue;
    const head = placed ? '' : text.slice(0, start - s) + fix;
    span.set(head + text.slice(Math.min(end, e) - s));
    placed = true;
  }
}
