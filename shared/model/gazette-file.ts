// The .gazette project file: a zip holding gazette.json (a small header), issue.json (the model) and assets/.
// Reading is defensive: a hostile or broken zip gets an InputError naming the entry, never a crash or a
// memory blow-up (sizes are checked against the central directory before anything is inflated).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { InputError } from '../errors';
import { FORMAT_VERSION, type Issue } from './issue';
import { validateIssue } from './validate-issue';

export const GAZETTE_HEADER = 'gazette.json';
export const ISSUE_ENTRY = 'issue.json';
const ASSET_DIR = 'assets/';

/** Limits that no real issue comes near; a zip beyond them is refused as a possible bomb. */
export const ZIP_LIMITS = {
  entries: 5_000,
  entryBytes: 200 * 1024 * 1024,
  totalBytes: 500 * 1024 * 1024,
  /** Expansion ratio above which a large entry is refused. */
  ratio: 200,
};

export interface GazetteFile {
  issue: Issue;
  assets: Map<string, Uint8Array>;
}

export function encodeGazette(issue: Issue, assets: Map<string, Uint8Array> = new Map()): Uint8Array {
  // A fixed mtime keeps the same issue giving the same bytes.
  const mtime = new Date('2000-01-01T00:00:00Z');
  const files: Zippable = {
    [GAZETTE_HEADER]: [strToU8(JSON.stringify({ format: 'gazette', formatVersion: FORMAT_VERSION })), { mtime }],
    [ISSUE_ENTRY]: [strToU8(JSON.stringify(issue, null, 1)), { mtime }],
  };
  for (const [name, bytes] of [...assets].sort(([a], [b]) => a.localeCompare(b))) {
    files[ASSET_DIR + safeEntryName(name, '(写入)')] = [bytes, { mtime, level: 0 }];
  }
  return zipSync(files, { level: 6 });
}

export function decodeGazette(bytes: Uint8Array, file: string): GazetteFile {
  const entries = unzipChecked(bytes, file);
  const issueBytes = entries.get(ISSUE_ENTRY);
  if (!issueBytes) throw new InputError(file, ISSUE_ENTRY, '不是公报编排项目文件（缺少 issue.json）');
  const header = entries.get(GAZETTE_HEADER);
  if (header) {
    const raw = parseJson(header, file, GAZETTE_HEADER) as { formatVersion?: unknown };
    if (typeof raw.formatVersion === 'number' && raw.formatVersion > FORMAT_VERSION) {
      throw new InputError(
        file,
        `${GAZETTE_HEADER}: formatVersion`,
        `文件格式版本 ${raw.formatVersion} 比本程序支持的版本 ${FORMAT_VERSION} 新，请升级公报编排后再打开（文件未作改动）`,
      );
    }
  }
  const issue = validateIssue(parseJson(issueBytes, file, ISSUE_ENTRY), file, ISSUE_ENTRY);
  const assets = new Map<string, Uint8Array>();
  for (const [name, data] of entries) {
    if (name.startsWith(ASSET_DIR) && name.length > ASSET_DIR.length) assets.set(name.slice(ASSET_DIR.length), data);
  }
  return { issue, assets };
}

function parseJson(bytes: Uint8Array, file: string, entry: string): unknown {
  const text = strFromU8(bytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(file, entry, `JSON 无效：${(error as Error).message}`);
  }
}

/** Rejects absolute paths, drive letters, backslashes and any ".." segment. */
function safeEntryName(name: string, file: string): string {
  const bad =
    name.length === 0 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((segment) => segment === '..') ||
    name.includes('\0');
  if (bad) throw new InputError(file, name, '压缩包条目的路径不安全（绝对路径或含 ..），已拒绝打开');
  return name;
}

function unzipChecked(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  let count = 0;
  let total = 0;
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter(info) {
        safeEntryName(info.name, file);
        count += 1;
        total += info.originalSize;
        const tooBig =
          count > ZIP_LIMITS.entries ||
          info.originalSize > ZIP_LIMITS.entryBytes ||
          total > ZIP_LIMITS.totalBytes ||
          (info.originalSize > 1024 * 1024 && info.originalSize / Math.max(1, info.size) > ZIP_LIMITS.ratio);
        if (tooBig) throw new InputError(file, info.name, '压缩包解开后过大，疑似压缩炸弹，已拒绝打开');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, '', `不是有效的 .gazette 文件（压缩包损坏或被截断：${(error as Error).message}）`);
  }
  return new Map(Object.entries(unpacked));
}
