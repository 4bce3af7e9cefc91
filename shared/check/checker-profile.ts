// A per-gazette checker profile: what the house rules of one gazette are (栏目, 代字, names), which rules run,
// and a port to the print fonts so the build can ask whether a character will print.
import type { FontRole } from '../model/blocks';

export interface CheckerProfile {
  /** The gazette's 栏目 list; a section titled otherwise is reported. Empty or absent: not checked. */
  sections?: string[];
  /** 代字 → 栏目: a 文号 whose 代字 ends with the key belongs in a 栏目 whose title contains the value. */
  codeSections?: Record<string, string>;
  /** Organ and leader names as they must be written; near variants are reported. */
  names?: string[];
  /** Rule id → on/off; rules not listed keep their default. */
  rules?: Record<string, boolean>;
  /** Doubled characters that are words in this gazette's texts, beyond the built-in allow-list. */
  allowDoubled?: string[];
  /** Port: does the first print font of this role have the character? Absent: the font rule does not run. */
  hasGlyph?: (char: string, role: FontRole) => boolean;
}

/** The common 代字 of a city or prefecture government (PRODUCT.md "Beyond the tools" 10). */
export const defaultCodeSections: Record<string, string> = {
  政发: '政府文件',
  政通: '政府文件',
  政函: '政府文件',
  政办发: '办公室文件',
  政办通: '办公室文件',
  政办函: '办公室文件',
  政规: '规范性文件',
  政办规: '规范性文件',
  政任: '人事任免',
};

export const defaultCheckerProfile: CheckerProfile = { codeSections: defaultCodeSections };

/** Reads a checker profile from JSON (a file the clerk keeps next to the gazette); throws with a reason on bad input. */
export function parseCheckerProfile(json: unknown): CheckerProfile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('应为一个 JSON 对象');
  const o = json as Record<string, unknown>;
  const strings = (key: string): string[] | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw new Error(`“${key}”应为字符串数组`);
    return v as string[];
  };
  const record = <T>(key: string, type: string): Record<string, T> | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.values(v).every((x) => typeof x === type))
      throw new Error(`“${key}”应为对象，值为${type === 'string' ? '字符串' : '布尔值'}`);
    return v as Record<string, T>;
  };
  const profile: CheckerProfile = { codeSections: { ...defaultCodeSections, ...record<string>('codeSections', 'string') } };
  const sections = strings('sections');
  const names = strings('names');
  const allowDoubled = strings('allowDoubled');
  const rules = record<boolean>('rules', 'boolean');
  if (sections) profile.sections = sections;
  if (names) profile.names = names;
  if (allowDoubled) profile.allowDoubled = allowDoubled;
  if (rules) profile.rules = rules;
  return profile;
}
