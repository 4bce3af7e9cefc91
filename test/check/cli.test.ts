// `gazette check`: JSON rows, the report grouped by document, exit codes, a checker profile, bad input;
// run in-process through the CLI's run() with its output captured (fictional 示例市 sources written here).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/main';
import { corpusDir, hasCorpus } from '../helpers/paths';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-check-'));

const NOTICE = [
  '示例市人民政府关于做好冬季供暖工作的通知',
  '示政发[2024]3号',
  '各区县人民政府,市直各部门：',
  '为保障群众温暖过冬，根据示政办发[2023]5号文件精神，现就有关事项通知如下。',
  '一、加强供热保障',
  '各区县要落实供热企业的的主体责任。',
  '二、强化监督检查',
  '市住房城乡建设局负责监督检查工作。',
  '示例市人民政府',
  '2024年11月5日',
  '（此件公开发布）',
].join('\n');

const CLEAN = ['示例市人民政府办公室关于开展供暖检查的通知', '示政办发〔2024〕8号', '各区县人民政府：', '请于2024年11月20日前完成检查。', '示例市人民政府办公室', '2024年11月6日'].join('\n');

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function check(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(['check', ...args], { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('gazette check', () => {
  it('prints JSON rows with the fixed keys and exits 1 on errors in a single .txt source', async () => {
    write('notice.txt', NOTICE);
    const { code, stdout, stderr } = await check(['notice.txt', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    for (const row of rows) expect(Object.keys(row).filter((k) => k !== 'field').sort()).toEqual(['article', 'block', 'fix', 'message', 'offset', 'rule', 'severity', 'text']);
    const brief = rows.map((r) => [r.rule, r.text, r.fix]);
    // The source is read as written: the half-width comma of 主送 and the [ ] of the cited 文号 are still there.
    expect(brief).toContainEqual(['doc-no', '[2023]', '〔2023〕']);
    expect(brief).toContainEqual(['punctuation-width', ',', '，']);
    expect(brief).toContainEqual(['doubled-chars', '的的', '的']);
  });

  it('prints a report grouped by document, and exits 0 when only warnings are left', async () => {
    const manifest = write(
      'manifest.json',
      JSON.stringify({ gazette: { name: '示例市人民政府公报', year: 2024, issue: 11 }, sections: [{ title: '市人民政府文件', articles: ['notice.txt', 'clean.txt'] }] }),
    );
    write('notice.txt', NOTICE);
    write('clean.txt', CLEAN);
    const report = await check([manifest]);
    expect(report.code).toBe(1);
    const lines = report.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^【市人民政府文件】示例市人民政府关于做好冬季供暖工作的通知（a1）$/);
    expect(lines.some((l) => /^\s+错误 第\d+段第\d+字「的的」.*→ 改为「的」\s+\[doubled-chars\]$/.test(l))).toBe(true);
    // The clean notice is filed under the government's 栏目 though its 代字 is the office's: a warning only.
    const clean = await check(['clean.txt']);
    expect(clean.stdout).toBe('未发现问题。\n');
    expect(clean.code).toBe(0);
    const warnOnly = write('manifest2.json', JSON.stringify({ gazette: { name: '示例市人民政府公报', year: 2024, issue: 11 }, sections: [{ title: '市人民政府文件', articles: ['clean.txt'] }] }));
    const warned = await check([warnOnly]);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('警告 文号（源文件第2行）「示政办发」');
    expect(warned.stdout.trim().split('\n').at(-1)).toBe('共 1 处：错误 0，警告 1，提示 0');
  });

  it('takes a checker profile that switches rules and sets the 代字 map', async () => {
    write('clean.txt', CLEAN);
    const profile = write('profile.json', JSON.stringify({ codeSections: { 政办发: '政府文件' }, rules: { 'doubled-chars': false } }));
    const manifest = write('manifest3.json', JSON.stringify({ gazette: { name: '示例市人民政府公报', year: 2024, issue: 11 }, sections: [{ title: '市人民政府文件', articles: ['clean.txt'] }] }));
    const { code, stdout } = await check([manifest, '--profile', profile]);
    expect([code, stdout]).toEqual([0, '未发现问题。\n']);
    const bad = write('bad-profile.json', JSON.stringify({ rules: { 'doubled-chars': 'no' } }));
    const refused = await check([manifest, '--profile', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bad-profile\.json.*校对配置有误/);
  });

  it('checks a packed .gazette project the same as its manifest', async () => {
    write('notice.txt', NOTICE);
    write('clean.txt', CLEAN);
    const manifest = write('manifest4.json', JSON.stringify({ gazette: { name: '示例市人民政府公报', year: 2024, issue: 11 }, sections: [{ title: '市人民政府文件', articles: ['notice.txt', 'clean.txt'] }] }));
    const project = path.join(dir, 'issue.gazette');
    let err = '';
    expect(await run(['pack', manifest, '--out', project], { cwd: dir, stdout: () => {}, stderr: (t) => (err += t) })).toBe(0);
    expect(err).toBe('');
    const fromProject = await check([project, '--json']);
    const fromManifest = await check([manifest, '--json']);
    expect(fromProject.code).toBe(1);
    expect(JSON.parse(fromProject.stdout)).toEqual(JSON.parse(fromManifest.stdout));
  });

  it('refuses bad input with one line naming the file', async () => {
    write('table.csv', 'a,b');
    const refused = await check(['table.csv']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('table.csv');
    expect((await check(['missing.txt'])).stderr).toContain('文件不存在');
    expect((await check([])).code).toBe(2);
  });

  it.skipIf(!hasCorpus)('checks a whole gazette text (S3): errors in every document, exit 1', async () => {
    const { code, stdout } = await check([path.join(corpusDir, 'seeds/003_d33ab35c47177a2a.txt'), '--json']);
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as Array<{ article: string; rule: string; text: string }>;
    expect(new Set(rows.map((r) => r.article)).size).toBeGreaterThanOrEqual(7);
    expect(rows.filter((r) => r.rule === 'dates' && /^\d{4}-\d{4}$/.test(r.text)).length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((r) => r.rule === 'punctuation-width').length).toBeGreaterThan(2000);
  });
});
