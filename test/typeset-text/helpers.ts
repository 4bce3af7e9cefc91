// Shared set-up for the line-setting tests: the default profile's fonts from the bundled files, the GB/T 9704 grid.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFontSource } from '../../electron/services/font-files';
import { createFontSet, type FontSet } from '../../shared/fonts/font-set';
import { getProfile } from '../../shared/profiles';
import type { SetLine } from '../../shared/typeset/text';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

/** 156 mm / 28 characters, in points */
export const PITCH = ((156 / 25.4) * 72) / 28;
export const MEASURE = PITCH * 28;

let shared: FontSet | undefined;
/** One font set for the whole test file: creating fontkit faces is the slow part. System folders are not searched. */
export function defaultFonts(): FontSet {
  shared ??= createFontSet(getProfile(), createFontSource(undefined, []));
  return shared;
}

export const lineText = (line: SetLine): string => line.glyphs.map((g) => g.char).join('');
