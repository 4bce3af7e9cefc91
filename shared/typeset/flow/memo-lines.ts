// Tables repeat short texts (—, 元/株, 100, empty cells) in cells of the same width: a cell whose paragraph
// spec is the same as one set before gets the same lines (set lines are never changed after setting, so
// they can be shared). Missing glyphs are recorded by the font set at the first lookup, not per setting.
import type { FontSet } from '../../fonts/font-set';
import type { ParagraphSpec, SetLine } from '../text/types';
import type { LineSetter } from './context';

/** Every field of the spec that line setting reads, as one string. */
export function specKey(spec: ParagraphSpec): string {
  let key = `${spec.measure}|${spec.pitch}|${spec.firstIndent}|${spec.restIndent}|${spec.rightIndent}|${spec.align}|${spec.avoidLoneLastChar}|${spec.compressLineStartBracket}`;
  for (const r of spec.runs) key += `\u0001${r.role}|${r.size}|${r.bold ? 1 : 0}|${r.text}`;
  return key;
}

/** A line setter that remembers what it set (for one table: the memo lives as long as the caller keeps it). */
export function memoLineSetter(setLines: LineSetter): LineSetter {
  const known = new Map<string, SetLine[]>();
  let fontsSeen: FontSet | undefined;
  return (spec, fonts) => {
    if (fonts !== fontsSeen) (fontsSeen = fonts), known.clear();
    const key = specKey(spec);
    let lines = known.get(key);
    if (!lines) known.set(key, (lines = setLines(spec, fonts)));
    return lines;
  };
}
