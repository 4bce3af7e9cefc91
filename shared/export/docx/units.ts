// Page and type measures of a profile in the units of WordprocessingML (twips = 1/20 pt, half-points for sizes).
import type { GazetteProfile } from '../../profiles/profile';
import { pointSize } from '../../typeset/sizes';

const TWIPS_PER_MM = 1440 / 25.4;

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** A profile size (points or a 号 name) in points, as the engine reads it. */
export const sizeToPt = (size: number | string): number => pointSize(size);

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
  /** Han pitch of body text in twips: type width / chars per line (315.9 on A4). */
  pitch: number;
  bodyPt: number;
  bodyHalfPoints: number;
}

/**
 * Run tracking (w:spacing, twips) that sets text of `sizePt` on the grid's pitch scaled to its size, as the
 * engine does: −5 for 三号 on A4 makes 28 characters fill 156 mm (TYPESETTING.md §5.2). Rounded down, since
 * a pitch a hair too wide loses the last character of every line.
 */
export function charSpacing(metrics: PageMetrics, sizePt: number): number {
  return Math.min(0, Math.floor((metrics.pitch * sizePt) / metrics.bodyPt - sizePt * 20));
}

/** Advance of one Han character of `sizePt` with that tracking: the 字 of indents. */
export function charTwips(metrics: PageMetrics, sizePt: number): number {
  return Math.round(sizePt * 20) + charSpacing(metrics, sizePt);
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
  return {
    width,
    height,
    margins,
    typeWidth,
    typeHeight,
    linePitch: Math.floor(typeHeight / grid.linesPerPage),
    pitch: typeWidth / grid.charsPerLine,
    bodyPt: grid.fontSize,
    bodyHalfPoints: Math.round(grid.fontSize * 2),
  };
}
