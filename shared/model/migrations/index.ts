// Migrations of the .gazette format: each step takes the raw JSON of version N to N+1.
// A file of a newer version than this program knows is refused (and therefore never overwritten).
import { InputError } from '../../errors';
import { FORMAT_VERSION } from '../issue';

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] takes version n to n+1. Version 1 is the first released format, so the list starts empty. */
const migrations: Record<number, Migration> = {};

export function migrateToCurrent(raw: unknown, file: string, place: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError(file, place, '内容不是一个 JSON 对象');
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InputError(file, `${place}: formatVersion`, '缺少有效的格式版本号');
  }
  if (version > FORMAT_VERSION) {
    throw new InputError(
      file,
      `${place}: formatVersion`,
      `文件格式版本 ${version} 比本程序支持的版本 ${FORMAT_VERSION} 新，请升级公报编排后再打开（文件未作改动）`,
    );
  }
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new InputError(file, place, `无法从格式版本 ${v} 升级`);
    doc = { ...step(doc), formatVersion: v + 1 };
  }
  return doc;
}
