// The versioned schema of the model: every load, every API boundary validates against it.
// Objects are strict, so an unknown or misspelt field is reported rather than silently kept.
import { z } from 'zod';
import { profileSchema } from '../profiles/profile';
import type { Block, TableCellBlock, TableRowBlock, ParagraphBlock, HeadingBlock, TableBlock, BoxBlock } from './blocks';
import type { Issue, Article, Section } from './issue';

const fontRole = z.enum(['song', 'fang', 'hei', 'kai', 'title', 'latin']);
const align = z.enum(['justify', 'left', 'center', 'right']);

export const textLeafSchema = z.strictObject({
  text: z.string(),
  font: fontRole.optional(),
  bold: z.boolean().optional(),
});

const emptyChildren = z.tuple([textLeafSchema]);

export const paragraphSchema: z.ZodType<ParagraphBlock> = z.strictObject({
  type: z.literal('paragraph'),
  role: z
    .enum([
      'body', 'subtitle', 'embeddedTitle', 'attachment', 'attachmentLabel', 'signature', 'date', 'note',
      'speaker', 'speechDate', 'chronicle', 'appointment', 'copyTo', 'tableTitle', 'tableNote',
    ])
    .optional(),
  align: align.optional(),
  children: z.array(textLeafSchema).min(1),
});

export const headingSchema: z.ZodType<HeadingBlock> = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  children: z.array(textLeafSchema).min(1),
});

const span = z.number().int().min(1).max(200);

export const tableCellSchema: z.ZodType<TableCellBlock> = z.strictObject({
  type: z.literal('table-cell'),
  colSpan: span.optional(),
  rowSpan: span.optional(),
  align: align.optional(),
  children: z.array(paragraphSchema).min(1),
});

export const tableRowSchema: z.ZodType<TableRowBlock> = z.strictObject({
  type: z.literal('table-row'),
  children: z.array(tableCellSchema).min(1),
});

export const tableSchema: z.ZodType<TableBlock> = z.strictObject({
  type: z.literal('table'),
  headerRows: z.number().int().min(0).max(20).optional(),
  columnWidths: z.array(z.number().positive()).optional(),
  continuedLabel: z.boolean().optional(),
  landscape: z.boolean().optional(),
  children: z.array(tableRowSchema).min(1),
});

const boxSchema: z.ZodType<BoxBlock> = z.strictObject({
  type: z.literal('box'),
  title: z.string().optional(),
  children: z.array(z.union([paragraphSchema, headingSchema, tableSchema])),
});

export const blockSchema: z.ZodType<Block> = z.union([
  paragraphSchema,
  headingSchema,
  tableSchema,
  z.strictObject({
    type: z.literal('image'),
    asset: z.string().min(1),
    widthMm: z.number().positive().max(1000).optional(),
    caption: z.string().optional(),
    children: emptyChildren,
  }),
  z.strictObject({ type: z.literal('page-break'), children: emptyChildren }),
  boxSchema,
]);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

const fieldSource = z.strictObject({
  confidence: z.number().min(0).max(1),
  lines: z.array(z.number().int()),
  rule: z.string().optional(),
});

export const articleSchema: z.ZodType<Article> = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['document', 'interpretation', 'speech', 'chronicle', 'appointment', 'other']),
  meta: z.strictObject({
    title: z.string(),
    titleLines: z.array(z.string()).optional(),
    docNo: z.string().optional(),
    recipients: z.string().optional(),
    signer: z.string().optional(),
    date: isoDate.optional(),
    note: z.string().optional(),
    openness: z.string().optional(),
    speaker: z.string().optional(),
    tocTitle: z.string().optional(),
  }),
  body: z.array(blockSchema),
  source: z
    .strictObject({
      file: z.string(),
      fields: z.record(z.string(), fieldSource).optional(),
      notes: z.array(z.string()).optional(),
    })
    .optional(),
});

export const sectionSchema: z.ZodType<Section> = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  articles: z.array(articleSchema),
});

export const gazetteMetaSchema = z.strictObject({
  name: z.string().min(1),
  pinyinName: z.string().optional(),
  year: z.number().int().min(1949).max(2200),
  issue: z.number().int().min(1).max(999),
  cumulative: z.number().int().min(1).max(99999).optional(),
  publishDate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, '出版日期应为 YYYY-MM 或 YYYY-MM-DD').optional(),
  periodicity: z.string().optional(),
  motto: z.array(z.string()).optional(),
  editorialBoard: z.array(z.strictObject({ role: z.string(), names: z.array(z.string()) })).optional(),
  imprint: z.array(z.strictObject({ key: z.string(), value: z.string() })).optional(),
  backStatement: z.string().optional(),
  internalPermit: z.string().optional(),
});

export const issueSchema: z.ZodType<Issue> = z.strictObject({
  formatVersion: z.literal(1),
  meta: gazetteMetaSchema,
  profile: profileSchema,
  sections: z.array(sectionSchema),
  front: z.strictObject({ cover: z.boolean(), board: z.boolean(), toc: z.boolean() }),
  back: z.strictObject({ backCover: z.boolean() }),
  assets: z.array(z.strictObject({ name: z.string().min(1), mime: z.string().min(1) })).optional(),
});

/** "sections[0].articles[2].meta.date" from a zod issue path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(根)';
}

/** The first problem of a failed parse as one line: place and reason. */
export function describeZodError(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: '(根)', message: '内容无效' };
  if (issue.code === 'unrecognized_keys') {
    return { path: formatPath(issue.path), message: `未知字段 "${issue.keys.join('", "')}"` };
  }
  return { path: formatPath(issue.path), message: issue.message };
}
