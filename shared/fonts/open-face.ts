// Turning font bytes into a fontkit face: pick the right member of a collection (.ttc/.otc) and read the
// ideographic em box. Creating a fontkit font from a 5–7 MB CJK file costs 10–90 ms, so faces are
// memoised by their bytes: two font sets built from the same source share them.
import * as fontkit from 'fontkit';
import type { Font, FontCollection } from 'fontkit';
import type { FontRef } from '../profiles/profile';
import { glyphLookup, type GlyphLookup } from './fast-cmap';
import { normalizeFamily } from './read-font-names';

export interface OpenedFace {
  font: Font;
  /** Glyph id and advance (font units) of a code point, undefined when the face lacks it */
  lookup: GlyphLookup;
  /** Top and bottom of the ideographic em box, in em (Fandol, Noto: 0.88 / −0.12). Never hhea. */
  emTop: number;
  emBottom: number;
}

const opened = new WeakMap<Uint8Array, Map<string, OpenedFace>>();

export function openFace(bytes: Uint8Array, ref: FontRef): OpenedFace {
  let members = opened.get(bytes);
  if (!members) opened.set(bytes, (members = new Map()));
  const memberKey = ref.postscriptName ?? ref.family ?? '';
  const known = members.get(memberKey);
  if (known) return known;
  const created = fontkit.create(bytes);
  const font = isCollection(created) ? pickMember(created, ref) : created;
  let lookup: GlyphLookup | undefined;
  const face: OpenedFace = {
    font,
    ...ideographicEmBox(font),
    lookup: (cp) => (lookup ??= glyphLookup(font, bytes))(cp),
  };
  members.set(memberKey, face);
  return face;
}

function isCollection(x: Font | FontCollection): x is FontCollection {
  return Array.isArray((x as FontCollection).fonts);
}

/** The member named by postscriptName, else by family, else the Simplified Chinese one (SC/CN/GB), else the first. */
function pickMember(collection: FontCollection, ref: FontRef): Font {
  const fonts = collection.fonts;
  const byName = ref.postscriptName && fonts.find((f) => f.postscriptName === ref.postscriptName);
  if (byName) return byName;
  const wanted = ref.family && normalizeFamily(ref.family);
  const byFamily = wanted && fonts.find((f) => familyNames(f).some((name) => normalizeFamily(name) === wanted));
  if (byFamily) return byFamily;
  const sc = fonts.find((f) => /(sc|cn|gb)\b|sc-|SC|CN|GB/.test(f.postscriptName));
  return sc ?? fonts[0]!;
}

/** Every family name a face carries (all languages: 仿宋_GB2312 is often only in the Chinese record). */
export function familyNames(font: Font): string[] {
  const records = font.name?.records ?? {};
  const names = new Set<string>([font.familyName]);
  for (const id of ['fontFamily', 'preferredFamily', 'fullName']) {
    for (const value of Object.values(records[id] ?? {})) if (typeof value === 'string') names.add(value);
  }
  return [...names];
}

interface BaseTable {
  horizAxis?: {
    baseTagList?: string[];
    baseScriptList?: Array<{ tag: string; script?: { baseValues?: { baseCoords?: Array<{ coordinate: number }> } } }>;
  };
}

/** The ideographic em box: BASE 'ideo' baseline, else OS/2 typo metrics when they span one em, else 0.88/−0.12. */
function ideographicEmBox(font: Font): { emTop: number; emBottom: number } {
  const upm = font.unitsPerEm;
  const ideo = baseIdeo(font);
  if (ideo !== undefined) return { emTop: (ideo + upm) / upm, emBottom: ideo / upm };
  const os2 = font['OS/2'];
  if (os2 && os2.typoAscender - os2.typoDescender === upm) {
    return { emTop: os2.typoAscender / upm, emBottom: os2.typoDescender / upm };
  }
  return { emTop: 0.88, emBottom: -0.12 };
}

function baseIdeo(font: Font): number | undefined {
  try {
    const axis = (font.BASE as BaseTable | undefined)?.horizAxis;
    const index = axis?.baseTagList?.indexOf('ideo') ?? -1;
    if (!axis || index < 0) return undefined;
    const script = axis.baseScriptList?.find((s) => s.tag === 'hani') ?? axis.baseScriptList?.[0];
    const value = script?.script?.baseValues?.baseCoords?.[index]?.coordinate;
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined; // a damaged BASE table is not worth failing a build over
  }
}
