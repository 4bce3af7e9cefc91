// Turning font bytes into a face for layout: pick the right member of a collection (.ttc/.otc), read the
// ideographic em box, units per em and names, all from the sfnt tables (sfnt.ts), without fontkit. The fontkit
// Font is opened only when something asks for `font` (the preview's glyph outlines). Faces are memoised by their
// bytes: two font sets built from the same source share them.
import type { Font } from 'fontkit';
import type { FontRef } from '../profiles/profile';
import { glyphLookup, type GlyphLookup } from './fast-cmap';
import { fontkitFont } from './fontkit-lazy';
import { sfntNames, sfntTables, type SfntTables } from './sfnt';

export interface OpenedFace {
  /** The member's tables (views into the file's bytes). */
  tables: SfntTables;
  unitsPerEm: number;
  postscriptName?: string;
  /** Glyph id and advance (font units) of a code point, undefined when the face lacks it */
  lookup: GlyphLookup;
  /** Top and bottom of the ideographic em box, in em (Fandol, Noto: 0.88 / −0.12). Never hhea. */
  emTop: number;
  emBottom: number;
  /** The fontkit Font of this member, created on first use (loads fontkit: keep it off the build path). */
  readonly font: Font;
}

const opened = new WeakMap<Uint8Array, Map<string, OpenedFace>>();
const openedTables = new WeakMap<SfntTables, OpenedFace>();

/** Throws an Error with a one-line (Chinese) reason when the bytes are not a usable font. */
export function openFace(bytes: Uint8Array, ref: FontRef): OpenedFace {
  let members = opened.get(bytes);
  if (!members) opened.set(bytes, (members = new Map()));
  const memberKey = `${ref.postscriptName ?? ''}\u0000${ref.family ?? ''}`;
  const known = members.get(memberKey);
  if (known) return known;
  const face = createFace(sfntTables(bytes, { postscriptName: ref.postscriptName, family: ref.family }), () => bytes);
  members.set(memberKey, face);
  return face;
}

/** The face of tables already picked (a FontSource reading a file piecewise); `bytes` gives the whole file for fontkit. */
export function openFaceOfTables(tables: SfntTables, bytes: () => Uint8Array): OpenedFace {
  let face = openedTables.get(tables);
  if (!face) openedTables.set(tables, (face = createFace(tables, bytes)));
  return face;
}

function createFace(tables: SfntTables, bytes: () => Uint8Array): OpenedFace {
  const head = tables.get('head');
  if (!head || head.length < 20) throw new Error('缺少 head 表');
  if (!tables.tags().includes('cmap')) throw new Error('缺少 cmap 表');
  const unitsPerEm = new DataView(head.buffer, head.byteOffset, head.length).getUint16(18);
  if (unitsPerEm === 0) throw new Error('head 表的 unitsPerEm 为 0');
  const { postscriptName } = sfntNames(tables);
  let font: Font | undefined;
  const fontOf = () => (font ??= fontkitFont(tables.bytes ?? bytes(), tables.index));
  let lookup: GlyphLookup | undefined;
  return {
    tables,
    unitsPerEm,
    ...(postscriptName ? { postscriptName } : {}),
    ...ideographicEmBox(tables, unitsPerEm),
    lookup: (cp) => (lookup ??= glyphLookup(tables, fontOf))(cp),
    get font() {
      return fontOf();
    },
  };
}

/** Every family name a face carries (all languages: 仿宋_GB2312 is often only in the Chinese record). */
export function familyNames(face: Font | SfntTables): string[] {
  if ('get' in face && 'tags' in face) return sfntNames(face).names;
  const records = face.name?.records ?? {};
  const names = new Set<string>([face.familyName]);
  for (const id of ['fontFamily', 'preferredFamily', 'fullName']) {
    for (const value of Object.values(records[id] ?? {})) if (typeof value === 'string') names.add(value);
  }
  return [...names];
}

/** The ideographic em box: BASE 'ideo' baseline, else OS/2 typo metrics when they span one em, else 0.88/−0.12. */
function ideographicEmBox(tables: SfntTables, upm: number): { emTop: number; emBottom: number } {
  const ideo = baseIdeo(tables.get('BASE'));
  if (ideo !== undefined) return { emTop: (ideo + upm) / upm, emBottom: ideo / upm };
  const os2 = tables.get('OS/2');
  if (os2 && os2.length >= 72) {
    const view = new DataView(os2.buffer, os2.byteOffset, os2.length);
    const ascender = view.getInt16(68);
    const descender = view.getInt16(70);
    if (ascender - descender === upm) return { emTop: ascender / upm, emBottom: descender / upm };
  }
  return { emTop: 0.88, emBottom: -0.12 };
}

/** The 'ideo' baseline of the horizontal axis, for script 'hani' (else the first script), in font units. */
function baseIdeo(base: Uint8Array | undefined): number | undefined {
  if (!base) return undefined;
  try {
    const v = new DataView(base.buffer, base.byteOffset, base.length);
    const version = v.getUint32(0);
    if (version !== 0x00010000 && version !== 0x00010001) return undefined;
    const axis = v.getUint16(4); // horizAxis, from the table start
    if (!axis) return undefined;
    const tagList = v.getUint16(axis) && axis + v.getUint16(axis);
    const scriptList = v.getUint16(axis + 2) && axis + v.getUint16(axis + 2);
    if (!tagList || !scriptList) return undefined;
    let index = -1;
    for (let i = 0, n = v.getUint16(tagList); i < n && index < 0; i++) if (tag(v, tagList + 2 + i * 4) === 'ideo') index = i;
    const scripts = v.getUint16(scriptList);
    if (index < 0 || scripts === 0) return undefined;
    let record = scriptList + 2; // the first script unless 'hani' is listed
    for (let i = scripts - 1; i >= 0; i--) if (tag(v, scriptList + 2 + i * 6) === 'hani') record = scriptList + 2 + i * 6;
    const script = v.getUint16(record + 4) && scriptList + v.getUint16(record + 4);
    const values = script && v.getUint16(script) && script + v.getUint16(script);
    if (!values || index >= v.getUint16(values + 2)) return undefined;
    const coord = v.getUint16(values + 4 + index * 2) && values + v.getUint16(values + 4 + index * 2);
    const format = coord ? v.getUint16(coord) : 0;
    return format >= 1 && format <= 3 ? v.getInt16(coord + 2) : undefined;
  } catch {
    return undefined; // a damaged BASE table is not worth failing a build over
  }
}

function tag(v: DataView, at: number): string {
  return String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));
}
