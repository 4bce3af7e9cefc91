// Bad input gets exit 2, one line on stderr that starts with "gazette:" and names the place, and writes nothing.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGazette } from '../../shared/model/gazette-file';
import { issueFromManifest, parseManifest } from '../../shared/model/manifest';
import { repoRoot } from '../helpers/paths';
import { runGazette } from '../helpers/run-cli';

let dir: string;
let validGazette: Uint8Array;

const goodManifest = {
  gazette: { name: '示例市人民政府公报', year: 2024, issue: 3, cumulative: 58, date: '2024-03' },
  sections: [{ title: '市政府文件', articles: ['docs/a.txt'] }],
};

function writeManifest(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** Runs `gazette pack` and `gazette build` on the input; both must refuse it the same way. */
function expectRefused(input: string, place: RegExp) {
  for (const command of ['pack', 'build']) {
    const out = path.join(dir, `${command}-${path.basename(input)}.out`);
    const args = command === 'pack' ? ['pack', input, '--out', out] : ['build', input, '--pdf', out, '--report', out + '.json'];
    const result = runGazette(args, dir);
    expect(result.code, `${command} exit code; stderr: ${result.stderr}`).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^gazette: /);
    expect(lines[0]).toMatch(place);
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
    expect(existsSync(out)).toBe(false);
    expect(existsSync(out + '.json')).toBe(false);
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-bad-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'docs/a.txt'), '示例市人民政府关于测试的通知\n\n示政发〔2024〕1号\n\n正文第一段。\n');
  const manifest = parseManifest(JSON.stringify(goodManifest), 'm.json');
  const issue = issueFromManifest(manifest, 'm.json', (rel) => readFileSync(path.join(dir, rel)));
  validGazette = encodeGazette(issue);
});

describe('bad input', () => {
  it('invalid JSON names the line and column', () => {
    expectRefused(writeManifest('broken.json', '{\n  "gazette": { "name": "x", }\n}'), /broken\.json: 第2行第\d+列: JSON 无效/);
  });

  it('a missing source file names the manifest entry', () => {
    const m = { ...goodManifest, sections: [{ title: '市政府文件', articles: ['docs/a.txt', 'docs/missing.txt'] }] };
    expectRefused(writeManifest('missing.json', m), /missing\.json: sections\[0\]\.articles\[1\]: 找不到源文件 "docs\/missing\.txt"/);
  });

  it('an unknown field is named', () => {
    const m = { ...goodManifest, gazette: { ...goodManifest.gazette, isue: 3 } };
    expectRefused(writeManifest('unknown.json', m), /unknown\.json: gazette: 未知字段 "isue"/);
  });

  it('a mistyped field is named', () => {
    const m = { ...goodManifest, gazette: { ...goodManifest.gazette, year: '2024' } };
    expectRefused(writeManifest('mistyped.json', m), /mistyped\.json: gazette\.year: /);
  });

  it('a source of an unsupported type is named', () => {
    const m = { ...goodManifest, sections: [{ title: '市政府文件', articles: ['docs/a.pdf'] }] };
    expectRefused(writeManifest('pdfsource.json', m), /sections\[0\]\.articles\[0\]: 不支持的源文件类型 "docs\/a\.pdf"/);
  });

  it('a .gazette of random bytes', () => {
    const file = path.join(dir, 'random.gazette');
    writeFileSync(file, randomBytes(4096));
    expectRefused(file, /random\.gazette: 不是有效的 \.gazette 文件/);
  });

  it('a truncated .gazette', () => {
    const file = path.join(dir, 'truncated.gazette');
    writeFileSync(file, validGazette.subarray(0, Math.floor(validGazette.length * 0.6)));
    expectRefused(file, /truncated\.gazette: 不是有效的 \.gazette 文件/);
  });

  it('a zip with a ../ entry', () => {
    const file = path.join(dir, 'escape.gazette');
    writeFileSync(file, zipSync({ 'issue.json': strToU8('{}'), '../evil.txt': strToU8('x') }));
    expectRefused(file, /escape\.gazette: \.\.\/evil\.txt: 压缩包条目的路径不安全/);
  });

  it('a zip whose entries would expand beyond the limit (bomb)', () => {
    const file = path.join(dir, 'bomb.gazette');
    writeFileSync(file, zipSync({ 'issue.json': strToU8('{}'), 'assets/zeros.bin': new Uint8Array(300 * 1024 * 1024) }, { level: 9 }));
    expectRefused(file, /bomb\.gazette: assets\/zeros\.bin: 压缩包解开后过大/);
  });

  it('a file of a newer format version, which is left untouched', () => {
    const file = path.join(dir, 'newer.gazette');
    const issue = JSON.parse(new TextDecoder().decode(require_issue_json(validGazette)));
    writeFileSync(file, zipSync({ 'issue.json': strToU8(JSON.stringify({ ...issue, formatVersion: 2 })) }));
    const before = readFileSync(file);
    expectRefused(file, /newer\.gazette: issue\.json: formatVersion: 文件格式版本 2 比本程序支持的版本 1 新/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('an existing output file is kept when the input is bad', () => {
    const out = path.join(dir, 'keep.gazette');
    writeFileSync(out, validGazette);
    const result = runGazette(['pack', writeManifest('bad2.json', '[]'), '--out', out], dir);
    expect(result.code).toBe(2);
    expect(readFileSync(out)).toEqual(Buffer.from(validGazette));
  });

  it('an output path that cannot be written is named in one line, exit 2', () => {
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, 'a file where a folder is expected');
    const manifest = writeManifest('good.json', goodManifest);
    const cases: string[][] = [
      ['build', manifest, '--pdf', path.join(file, 'out.pdf')],
      ['build', manifest, '--report', path.join(file, 'report.json')],
      ['pack', manifest, '--out', path.join(file, 'out.gazette')],
    ];
    for (const args of cases) {
      const result = runGazette(args, dir);
      expect(result.code, result.stderr).toBe(2);
      const lines = result.stderr.trimEnd().split('\n').filter((l) => !l.startsWith('校对：'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe(`gazette: ${args[3]}: 写入失败：路径中的一段是文件而不是文件夹，请换一个位置（原文件未受影响）`);
    }
    expect(readFileSync(file, 'utf8')).toBe('a file where a folder is expected');
  });

  it('usage errors exit 2 with one line', () => {
    const result = runGazette(['pack', 'sample/manifest.json'], repoRoot);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^gazette: 用法：gazette pack/);
    expect(runGazette(['frobnicate']).code).toBe(2);
  });
});

function require_issue_json(zip: Uint8Array): Uint8Array {
  return unzipSync(zip)['issue.json']!;
}
