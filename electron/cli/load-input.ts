// Loads what the commands take as input: a manifest (.json) or a project (.gazette), into an Issue.
import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../shared/errors';
import { decodeGazette } from '../../shared/model/gazette-file';
import type { Issue } from '../../shared/model/issue';
import { issueFromManifest, manifestNeedsDocx, parseManifest } from '../../shared/model/manifest';
import { loadDocxReader } from '../../shared/import/import-source';
import { makeOfficeConverter } from '../services/office-convert';

export interface LoadedInput {
  issue: Issue;
  assets: Map<string, Uint8Array>;
}

export async function readInputFile(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, '', code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹，不是文件' : `无法读取（${code}）`);
  }
}

export async function loadIssue(file: string): Promise<LoadedInput> {
  const bytes = await readInputFile(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.gazette') return decodeGazette(bytes, file);
  if (ext === '.json') {
    const manifest = parseManifest(new TextDecoder().decode(bytes), file);
    const base = path.dirname(path.resolve(file));
    // The DOCX reader (and its XML parser) loads only for a manifest that names a Word file.
    const readDocx = manifestNeedsDocx(manifest) ? await loadDocxReader() : undefined;
    const issue = issueFromManifest(manifest, file, (relative) => readSource(base, relative), {
      convertOffice: makeOfficeConverter(),
      ...(readDocx ? { readDocx } : {}),
    });
    return { issue, assets: new Map() };
  }
  throw new InputError(file, '', '请给出清单文件（.json）或项目文件（.gazette）');
}

function readSource(base: string, relative: string): Uint8Array | undefined {
  const full = path.resolve(base, relative);
  try {
    if (!statSync(full).isFile()) return undefined;
    return readFileSync(full);
  } catch {
    return undefined;
  }
}
