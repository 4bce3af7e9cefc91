// Page and type measures of a profile in the units of WordprocessingML (twips = 1/20 pt, half-points for sizes).
import type { GazetteProfile } from '../../profiles/profile';

const TWIPS_PER_MM = 1440 / 25.4;

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** 号 names as Word and WPS size them (三号 = 16 pt, 二号 = 22 pt; TYPESETTING.md §1.2). */
const CHINESE_SIZES: Record<string, number> = {
  初号: 42, 小初: 36, 一号: 26, 小一: 24, 二号: 22, 小二: 18, 三号: 16, 小三: 15,
  四号: 14, 小四: 12, 五号: 10.5, 小五: 9, 六号: 7.5, 小六: 6.5, 七号: 5.5, 八号: 5,
};

/** A profile size (points or a 号 name) in points; unknown names fall back to 三号 rather than failing an export. */
export function sizeToPt(size: number | string): number {
  if (typeof size === 'number') return size;
  return CHINESE_SIZES[size.trim()] ?? 16;
}

export const sizeToHalfPoints = (size: number | string): number => Math.round(sizeToPt(size) * 2);

export interface PageMetrics {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** 版心 width and height */
  typeWidth: number;
  typeHeight: number;
  /** Grid line pitch: type height / lines per page, rounded down so the last line still fits. */
  linePitch: number;
  /** Run tracking that makes charsPerLine body characters fill the type width (−5 on A4: 28 chars, §5.2). */
  charSpacing: number;
  /** Advance of one body character with that tracking: the "字" used for indents. */
  charWidth: number;
  bodyHalfPoints: number;
}

export function pageMetrics(profile: GazetteProfile): PageMetrics {
  const { page, grid } = profile;
  const width = mmToTwips(page.width);
  const height = mmToTwips(page.height);
  const margins = {
    top: mmToTwips(page.margins.top),
    bottom: mmToTwips(page.margins.bottom),
    left: mmToTwips(page.margins.left),
    right: mmToTwips(page.margins.right),
  };
  const typeWidth = width - margins.left - margins.right;
  const typeHeight = height - margins.top - margins.bottom;
  const bodyTwips = grid.fontSize * 20;
  // Floor: a pitch a hair too wide loses the 28th character of every line.
  const charSpacing = Math.min(0, Math.floor(typeWidth / grid.charsPerLine - bodyTwips));
  return {
    width,
    height,
    margins,
    typeWidth,
    typeHeight,
    linePitch: Math.floor(typeHeight / grid.linesPerPage),
    charSpacing,
    charWidth: bodyTwips + charSpacing,
    bodyHalfPoints: Math.round(grid.fontSize * 2),
  };
}
