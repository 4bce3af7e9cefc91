// Styled runs → items, one per character, ready for line breaking: templates per character and style are
// made once per font set and copied for each occurrence, then the break rules link neighbours.
import type { FontSet } from '../../fonts/font-set';
import { applyBreakRules } from './break-rules';
import type { Item, ItemOptions } from './item';
import { copyItem, makeItem, reuseItem } from './make-item';
import type { StyledRun } from './types';

export type { Item, ItemOptions } from './item';

/** Items as first made for a character in a style, per font set: a paragraph copies them instead of
 *  classifying, looking up and measuring every character again. */
const templates = new WeakMap<FontSet, Map<number, Map<number, Map<string, Templates>>>>();

/** Templates of one style: BMP characters by code unit in pages of 256 (two array lookups), others by
 *  string. Pages are made as characters occur: a table of all 65 536 per style cost more than the lookups
 *  saved (an issue uses dozens of styles: table sizes, headings, the cover). */
interface Templates {
  pages: Array<Array<Item | undefined> | undefined>;
  astral: Map<string, Item>;
}

function newPage(): Array<Item | undefined> {
  // dense arrays: a sparse one falls into slow dictionary mode
  return new Array<Item | undefined>(256).fill(undefined);
}

/** Items live only while one paragraph is set (lines copy what they need), and setting is synchronous, so the
 *  item objects are reused from paragraph to paragraph instead of making ~100 000 new ones per issue. */
const pool: Item[] = [];

/** The templates of a run's style: maps by cell width, size, then role and bracket option (numbers as map keys:
 *  writing 0.987064116985377 into a string key for every run cost more than the lookup). */
function templatesOf(byStyle: Map<number, Map<number, Map<string, Templates>>>, run: StyledRun, options: ItemOptions): Templates {
  let bySize = byStyle.get(options.cellPerSize);
  if (!bySize) byStyle.set(options.cellPerSize, (bySize = new Map()));
  let byRole = bySize.get(run.size);
  if (!byRole) bySize.set(run.size, (byRole = new Map()));
  const key = options.compressLineStartBracket ? `${run.role}|1` : run.role;
  let known = byRole.get(key);
  if (!known) byRole.set(key, (known = { pages: new Array<Array<Item | undefined> | undefined>(256).fill(undefined), astral: new Map() }));
  return known;
}

export function makeItems(runs: StyledRun[], fonts: FontSet, options: ItemOptions): Item[] {
  let byStyle = templates.get(fonts);
  if (!byStyle) templates.set(fonts, (byStyle = new Map()));
  const items: Item[] = [];
  let offset = 0;
  let text = '';
  for (const run of runs) {
    const known = templatesOf(byStyle, run, options);
    const str = run.text;
    for (let i = 0; i < str.length; i++) {
      const code = str.charCodeAt(i);
      let template: Item | undefined;
      if (code < 0xd800 || code > 0xdfff || i + 1 === str.length) {
        const page = known.pages[code >> 8] ?? (known.pages[code >> 8] = newPage());
        template = page[code & 255];
        if (!template) page[code & 255] = template = makeItem(str[i]!, 0, run, fonts, options);
      } else {
        const ch = String.fromCodePoint(str.codePointAt(i)!);
        template = known.astral.get(ch);
        if (!template) known.astral.set(ch, (template = makeItem(ch, 0, run, fonts, options)));
        i += ch.length - 1;
      }
      const k = items.length;
      items.push(k < pool.length ? reuseItem(pool[k]!, template, offset) : (pool[k] = copyItem(template, offset)));
      offset += template.char.length;
    }
    text += str;
  }
  applyBreakRules(items, text);
  return items;
}

