// A gazette profile: the page template and house style, as validated data (JSON files beside this one).
import { z } from 'zod';

const mm = z.number().positive().max(2000);

/** A font for a role: a bundled file name (build/fonts) or an installed family name. First that has the glyph wins. */
export const fontRefSchema = z.strictObject({
  /** File inside the bundled fonts folder, e.g. FandolFang-Regular.otf */
  file: z.string().min(1).optional(),
  /** Installed family name, e.g. 仿宋_GB2312 (used by the DOCX export and looked up by the font service) */
  family: z.string().min(1).optional(),
  /** PostScript name of the member of a collection (.ttc/.otc) */
  postscriptName: z.string().min(1).optional(),
});

const roleFonts = z.array(fontRefSchema).min(1);

/** Size in points, or a 号 name (二号, 三号, 四号 …) mapped by sizes.ts. */
const size = z.union([z.number().positive().max(200), z.string().min(1)]);

export const elementStyleSchema = z.strictObject({
  font: z.enum(['song', 'fang', 'hei', 'kai', 'title', 'latin']),
  size,
  align: z.enum(['justify', 'left', 'center', 'right']).optional(),
  /** First-line indent in characters (2 for body text). */
  indent: z.number().min(-10).max(20).optional(),
  /** Hanging indent in characters for continuation lines (大事记, 目录 entries). */
  hanging: z.number().min(0).max(20).optional(),
  /** Space from the right edge in characters (署名 右空二字). */
  rightIndent: z.number().min(0).max(20).optional(),
  /** Blank lines before / after, in grid lines. */
  spaceBefore: z.number().min(0).max(10).optional(),
  spaceAfter: z.number().min(0).max(10).optional(),
  bold: z.boolean().optional(),
  keepWithNext: z.boolean().optional(),
});

export const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  page: z.strictObject({
    width: mm,
    height: mm,
    margins: z.strictObject({ top: mm, bottom: mm, left: mm, right: mm }),
    /** Bleed in mm added on each side for the printer (0 = none). */
    bleed: z.number().min(0).max(10).optional(),
  }),
  grid: z.strictObject({
    /** Body font size in pt (三号 = 16). */
    fontSize: z.number().positive().max(72),
    charsPerLine: z.number().int().min(5).max(80),
    linesPerPage: z.number().int().min(5).max(80),
  }),
  fonts: z.strictObject({
    song: roleFonts,
    fang: roleFonts,
    hei: roleFonts,
    kai: roleFonts,
    title: roleFonts,
    latin: roleFonts,
  }),
  /** Styles per element: title, docNo, recipients, body, heading1..4, attachment, signature, date, note, … */
  styles: z.record(z.string(), elementStyleSchema),
  folio: z.strictObject({
    /** outer: odd pages right, even pages left, one character in (GB/T 9704 §7.5); center: centred. */
    position: z.enum(['outer', 'center']),
    /** Pattern with {n}: "— {n} —" */
    format: z.string().includes('{n}'),
    size,
    /** Distance of the folio line below the type area, mm. */
    belowTypeArea: z.number().min(0).max(50),
  }),
  runningHeads: z.strictObject({
    enabled: z.boolean(),
    /** even pages: gazette name + 年 第N期（总第M期）; odd pages: the 栏目 */
    rule: z.boolean(),
    size,
  }),
  /** 'body': the first document is page 1 (front matter unnumbered); 'all': front matter is counted. */
  pageNumbering: z.enum(['body', 'all']),
  articleStart: z.enum(['continue', 'new-page', 'new-odd-page']),
  toc: z.strictObject({
    showDocNo: z.boolean(),
    /** "(12)" or "12" */
    pageFormat: z.string().includes('{n}'),
  }),
  /** Print the 署名 line (some gazettes print only the date). */
  printSigner: z.boolean(),
  /** Pad the page count to a multiple of 4 for saddle stitching. */
  padToMultipleOf4: z.boolean().optional(),
});

export type FontRef = z.infer<typeof fontRefSchema>;
export type ElementStyle = z.infer<typeof elementStyleSchema>;
export type GazetteProfile = z.infer<typeof profileSchema>;
