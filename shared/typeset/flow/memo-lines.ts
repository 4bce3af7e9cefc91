// Tables repeat short texts (—, 元/株, 100, empty cells) in cells of the same width: a cell whose paragraph
// spec is the same as one set before gets the same lines (set lines are never changed after setting, so
// they can be shared). Missing glyphs are recorded by the font set at the first lookup, not per setting.
import type { FontSet } from '../../fonts/font-set';
import type { ParagraphSpec, SetLine } from '../text/types';
import type { LineSetter } from './context';

/** The spec's runs and flags as one string (its numbers are map keys of their own, see memoLineSetter; a run's
 *  size is written only where it differs from the first run's). */
export function runsKey(spec: ParagraphSpec): string {
  const first = spec.runs[0]?.size;
  let key = `${spec.align}|${spec.avoidLoneLastChar}|${spec.compressLineStartBracket}`;
  for (const r of spec.runs) key += `\u0001${r.role}|${r.size === first ? '' : r.size}|${r.bold ? 1 : 0}|${r.text}`;
  return key;
}

type Level = Map<number, Level | Map<string, SetLine[]>>;

/** A line setter that remembers what it set (for one table: the memo lives as long as the caller keeps it). */
export function memoLineSetter(setLines: LineSetter): LineSetter {
  // Keyed by each number of the spec in turn, then by runsKey: numbers written into a string key cost more
  // than the lookups they save (a 1 000-cell table asks ~2 000 times).
  let root: Level = new Map();
  let fontsSeen: FontSet | undefined;
  const level = (m: Level, k: number): Level => {
    let next = m.get(k) as Level | undefined;
    if (!next) m.set(k, (next = new Map()));
    return next;
  };
  return (spec, fonts) => {
    if (fonts !== fontsSeen) (fontsSeen = fonts), (root = new Map());
    const byNumbers = level(level(level(level(level(level(root, spec.runs[0]?.size ?? 0), spec.measure), spec.pitch), spec.firstIndent), spec.restIndent), spec.rightIndent) as unknown as Map<string, SetLine[]>;
    const key = runsKey(spec);
    let lines = byNumbers.get(key);
    if (!lines) byNumbers.set(key, (lines = setLines(spec, fonts)));
    return lines;
  };
}
