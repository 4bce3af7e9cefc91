// What block layout needs: the profile's styles resolved to points, the fonts, the line setter.
import type { FontSet } from '../../fonts/font-set';
import type { Align, FontRole, TextLeaf } from '../../model/blocks';
import type { ElementStyle, GazetteProfile } from '../../profiles/profile';
import type { Geometry } from '../geometry';
import { pointSize } from '../sizes';
import type { ParagraphSpec, SetLine } from '../text/types';

export interface ResolvedStyle {
  font: FontRole;
  size: number;
  align: Align;
  /** Han pitch at this size (the grid pitch scaled). */
  pitch: number;
  indent: number;
  hanging: number;
  rightIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext: boolean;
}

export type LineSetter = (spec: ParagraphSpec, fonts: FontSet) => SetLine[];

export interface LayoutContext {
  profile: GazetteProfile;
  geo: Geometry;
  fonts: FontSet;
  setLines: LineSetter;
  style(name: string): ResolvedStyle;
  imageSize?: (asset: string) => { width: number; height: number } | undefined;
}

const FALLBACK: ElementStyle = { font: 'fang', size: '三号', align: 'justify', indent: 2 };

// Styles share one hidden class in V8; a size of 16 stored first as a small integer and 10.5 later (a table)
// changes the field's representation and deoptimizes every reader. A style made at load with fractions fixes
// it first (same idea as the item primer in text/make-item.ts).
const stylePrimer: ResolvedStyle = {
  font: 'song', size: 0.5, align: 'justify', pitch: 0.5, indent: 0.5, hanging: 0.5, rightIndent: 0.5,
  spaceBefore: 0.5, spaceAfter: 0.5, keepWithNext: false,
};
stylePrimer.size = 0.25; // a statement the bundler keeps (the object itself is never read)

export function createContext(profile: GazetteProfile, geo: Geometry, fonts: FontSet, setLines: LineSetter): LayoutContext {
  const cache = new Map<string, ResolvedStyle>();
  return {
    profile,
    geo,
    fonts,
    setLines,
    style(name) {
      let s = cache.get(name);
      if (!s) {
        const raw = profile.styles[name] ?? profile.styles.body ?? FALLBACK;
        const size = pointSize(raw.size);
        // Body-size text keeps the grid pitch (28 a line); other sizes keep the same tracking ratio.
        const pitch = geo.pitch * (size / geo.fontSize);
        s = {
          font: raw.font,
          size,
          align: raw.align ?? 'justify',
          pitch,
          indent: (raw.indent ?? 0) * pitch,
          hanging: (raw.hanging ?? 0) * pitch,
          rightIndent: (raw.rightIndent ?? 0) * pitch,
          spaceBefore: raw.spaceBefore ?? 0,
          spaceAfter: raw.spaceAfter ?? 0,
          keepWithNext: raw.keepWithNext ?? false,
        };
        cache.set(name, s);
      }
      return s;
    },
  };
}

/** The style at `k` times its size (tables step down); keys in the order above, so it keeps the same hidden class. */
export function scaledStyle(s: ResolvedStyle, k: number): ResolvedStyle {
  return {
    font: s.font, size: s.size * k, align: s.align, pitch: s.pitch * k, indent: s.indent, hanging: s.hanging,
    rightIndent: s.rightIndent, spaceBefore: s.spaceBefore, spaceAfter: s.spaceAfter, keepWithNext: s.keepWithNext,
  };
}

/** A paragraph spec for leaves in a style, over `measure` points. */
export function specFor(style: ResolvedStyle, leaves: TextLeaf[], measure: number, bold = false): ParagraphSpec {
  return {
    runs: leaves.map((leaf) => ({ text: leaf.text, role: leaf.font ?? style.font, size: style.size, ...(leaf.bold || bold ? { bold: true } : {}) })),
    measure,
    pitch: style.pitch,
    firstIndent: style.indent,
    restIndent: style.hanging,
    rightIndent: style.rightIndent,
    align: style.align,
  };
}
