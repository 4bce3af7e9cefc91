// Page geometry from the profile: paper, type area (版心) and the character/line grid, in points.
import type { GazetteProfile } from '../profiles/profile';
import { MM, pointSize } from './sizes';

export interface Geometry {
  width: number;
  height: number;
  /** Type area, top-left origin */
  left: number;
  top: number;
  measure: number;
  areaHeight: number;
  /** Body font size, Han character pitch and line pitch */
  fontSize: number;
  pitch: number;
  linePitch: number;
  lines: number;
}

export function geometryOf(profile: GazetteProfile): Geometry {
  const { page, grid } = profile;
  const width = page.width * MM;
  const height = page.height * MM;
  const left = page.margins.left * MM;
  const top = page.margins.top * MM;
  const measure = (page.width - page.margins.left - page.margins.right) * MM;
  const areaHeight = (page.height - page.margins.top - page.margins.bottom) * MM;
  return {
    width,
    height,
    left,
    top,
    measure,
    areaHeight,
    fontSize: grid.fontSize,
    pitch: measure / grid.charsPerLine,
    linePitch: areaHeight / grid.linesPerPage,
    lines: grid.linesPerPage,
  };
}

/** Baseline of a line of `size` points centred in a line box of `box` points whose top is at y. */
export function baselineIn(y: number, box: number, size: number): number {
  return y + (box - size) / 2 + 0.88 * size;
}

export { pointSize };
