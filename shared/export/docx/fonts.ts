// Font roles → w:rFonts. East Asian text names the installed family (仿宋_GB2312 …), Latin text the profile's
// Latin face; nothing is embedded (LibreOffice ignores embedded fonts and CJK files are 5–20 MB, TYPESETTING.md §5.2).
import type { FontRole } from '../../model/blocks';
import type { GazetteProfile } from '../../profiles/profile';

/** Installed names Word and WPS know, used when a profile names only bundled files for a role. */
const FALLBACK_FAMILY: Record<FontRole, string> = {
  song: '宋体',
  fang: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  title: '方正小标宋简体',
  latin: 'Times New Roman',
};

export function familyOf(profile: GazetteProfile, role: FontRole): string {
  return profile.fonts[role].find((ref) => ref.family)?.family ?? FALLBACK_FAMILY[role];
}

export interface RunFonts {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
}

export function runFonts(profile: GazetteProfile, role: FontRole): RunFonts {
  const eastAsia = familyOf(profile, role);
  const latin = role === 'latin' ? eastAsia : familyOf(profile, 'latin');
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin };
}
