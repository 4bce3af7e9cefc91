// gazette check <manifest.json | file.gazette | source file> [--json] [--profile checker.json]
// Prints the proofreading findings (grouped by document, or as JSON); exit 1 when an error is found.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCheckerProfile, type CheckerProfile } from '../../../shared/check/checker-profile';
import { hasGlyphInFontSet } from '../../../shared/check/font-coverage';
import { formatFindings, findingsJson } from '../../../shared/check/format-findings';
import { runChecks } from '../../../shared/check/run-checks';
import { InputError } from '../../../shared/errors';
import { createFontSet } from '../../../shared/fonts/font-set';
import { IMPORTABLE_EXTENSIONS, importDocument } from '../../../shared/import/import-document';
import { FORMAT_VERSION, type Issue } from '../../../shared/model/issue';
import { getProfile } from '../../../shared/profiles/index';
import { createFontSource } from '../../services/font-files';
import { parseCommandArgs } from '../args';
import { loadIssue, readInputFile } from '../load-input';
import { UsageError, type CliIO } from '../output';

export const checkUsage = 'gazette check <manifest.json | file.gazette | 文件.txt/.docx> [--json] [--profile 校对配置.json]';

export async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, profile: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError(`用法：${checkUsage}`);
  const file = path.resolve(io.cwd, positionals[0]!);
  const issue = await loadForCheck(file);
  const profile: CheckerProfile = values.profile ? readCheckerProfile(path.resolve(io.cwd, values.profile)) : parseCheckerProfile({});
  // The print fonts of the issue's profile answer the missing-glyph rule (飏 is not in Fandol).
  profile.hasGlyph = hasGlyphInFontSet(createFontSet(issue.profile, createFontSource()));
  const findings = runChecks(issue, profile);
  io.stdout(values.json ? JSON.stringify(findingsJson(findings), null, 2) + '\n' : formatFindings(findings, issue));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** A manifest or project as it is; a single source file imported as the source has it (no normalisation). */
async function loadForCheck(file: string): Promise<Issue> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json' || ext === '.gazette') return (await loadIssue(file)).issue;
  if (!IMPORTABLE_EXTENSIONS.includes(ext))
    throw new InputError(file, '', `不能校对这种文件（可用：清单 .json、项目 .gazette、${IMPORTABLE_EXTENSIONS.join('、')}）`);
  const bytes = await readInputFile(file);
  const { articles } = importDocument(bytes, path.basename(file), { normalize: false });
  return {
    formatVersion: FORMAT_VERSION,
    meta: { name: path.basename(file, ext), year: new Date().getFullYear(), issue: 1 },
    profile: getProfile(),
    sections: [{ id: 's1', title: '', articles }],
    front: { cover: false, board: false, toc: false },
    back: { backCover: false },
  };
}

function readCheckerProfile(file: string): CheckerProfile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, '', code === 'ENOENT' ? '文件不存在' : `不是有效的 JSON（${(error as Error).message}）`);
  }
  try {
    return parseCheckerProfile(json);
  } catch (error) {
    throw new InputError(file, '', `校对配置有误：${(error as Error).message}`);
  }
}
