// The issue manifest: a JSON file that describes an issue by reference to source documents (README "Manifest").
// Pure: the caller supplies a reader for the source files, so the same code serves the CLI, the app and tests.
import { z } from 'zod';
import { InputError } from '../errors';
import { importSource, needsDocxReader, type DocxReader, type OfficeConverter } from '../import/import-source';
import { DEFAULT_PROFILE_ID, getProfile } from '../profiles';
import type { Article, Issue, Section } from './issue';
import { FORMAT_VERSION } from './issue';
import { describeZodError, gazetteMetaSchema } from './schema';

export const SUPPORTED_SOURCES = ['.txt', '.docx', '.doc', '.wps'];

export const manifestSchema = z.strictObject({
  gazette: z.strictObject({
    name: z.string().min(1),
    year: z.number().int().min(1949).max(2200),
    issue: z.number().int().min(1).max(999),
    cumulative: z.number().int().min(1).nullable().optional(),
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, '日期应为 YYYY-MM 或 YYYY-MM-DD').optional(),
    pinyinName: z.string().optional(),
    periodicity: z.string().optional(),
    motto: z.array(z.string()).optional(),
    editorialBoard: gazetteMetaSchema.shape.editorialBoard,
    imprint: gazetteMetaSchema.shape.imprint,
    backStatement: z.string().optional(),
    internalPermit: z.string().optional(),
  }),
  profile: z.string().min(1).optional(),
  front: z.strictObject({ cover: z.boolean(), board: z.boolean(), toc: z.boolean() }).optional(),
  back: z.strictObject({ backCover: z.boolean() }).optional(),
  sections: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        articles: z.array(z.string().min(1)),
      }),
    )
    .min(1),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** Reads a source file named relative to the manifest; undefined when it does not exist. */
export type SourceReader = (relativePath: string) => Uint8Array | undefined;

export function parseManifest(text: string, file: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, jsonErrorPlace(text, error as Error), `JSON 无效：${(error as Error).message}`);
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) {
    const { path, message } = describeZodError(result.error);
    throw new InputError(file, path, message);
  }
  return result.data;
}

/** Builds the issue: every source is read and imported; problems name the manifest entry. */
export interface ManifestImportPorts {
  /** Converts .doc/.wps to .docx (LibreOffice on the desktop); without it such sources are refused with a message. */
  convertOffice?: OfficeConverter;
  /** Reads .docx (and converted .doc/.wps) sources: loadDocxReader(), needed only when manifestNeedsDocx(). */
  readDocx?: DocxReader;
}

/** Whether the manifest names a Word source (its build needs the DOCX reader, see ManifestImportPorts). */
export function manifestNeedsDocx(manifest: Manifest): boolean {
  return manifest.sections.some((s) => s.articles.some(needsDocxReader));
}

export function issueFromManifest(manifest: Manifest, file: string, read: SourceReader, ports: ManifestImportPorts = {}): Issue {
  const profile = (() => {
    try {
      return getProfile(manifest.profile ?? DEFAULT_PROFILE_ID);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(file, 'profile', error.message);
      throw error;
    }
  })();
  let articleCount = 0;
  const sections: Section[] = manifest.sections.map((section, s) => ({
    id: `s${s + 1}`,
    title: section.title,
    articles: section.articles.flatMap((source, a): Article[] => {
      const place = `sections[${s}].articles[${a}]`;
      const ext = source.slice(source.lastIndexOf('.')).toLowerCase();
      if (!SUPPORTED_SOURCES.includes(ext)) {
        throw new InputError(file, place, `不支持的源文件类型 "${source}"（支持 ${SUPPORTED_SOURCES.join('、')}）`);
      }
      const bytes = read(source);
      if (!bytes) throw new InputError(file, place, `找不到源文件 "${source}"`);
      let imported;
      try {
        // One source is one 目录 entry, so one article: never split.
        imported = importSource(
          bytes,
          baseName(source),
          { idPrefix: `s${s + 1}a${a + 1}-`, split: false, ...(ports.convertOffice ? { convertOffice: ports.convertOffice } : {}) },
          ports.readDocx,
        );
      } catch (error) {
        if (error instanceof InputError) throw new InputError(file, `${place} (${source})`, error.message);
        throw error;
      }
      return imported.articles.map((article) => ({ ...article, id: `a${++articleCount}` }));
    }),
  }));
  const g = manifest.gazette;
  return {
    formatVersion: FORMAT_VERSION,
    meta: {
      name: g.name,
      year: g.year,
      issue: g.issue,
      ...(g.cumulative != null ? { cumulative: g.cumulative } : {}),
      ...(g.date ? { publishDate: g.date } : {}),
      ...(g.pinyinName ? { pinyinName: g.pinyinName } : {}),
      ...(g.periodicity ? { periodicity: g.periodicity } : {}),
      ...(g.motto ? { motto: g.motto } : {}),
      ...(g.editorialBoard ? { editorialBoard: g.editorialBoard } : {}),
      ...(g.imprint ? { imprint: g.imprint } : {}),
      ...(g.backStatement ? { backStatement: g.backStatement } : {}),
      ...(g.internalPermit ? { internalPermit: g.internalPermit } : {}),
    },
    profile,
    sections,
    front: manifest.front ?? { cover: true, board: Boolean(g.editorialBoard?.length), toc: true },
    back: manifest.back ?? { backCover: true },
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** "第3行第15列" from JSON.parse's "at position N" message. */
function jsonErrorPlace(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return '';
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `第${line}行第${column}列`;
}
