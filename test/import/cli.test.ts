// `gazette import` end to end: JSON written with --out, --split, --keep-original; manifest builds through the same
// importer, with .doc/.wps through the converter port.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/main';
import { loadIssue } from '../../electron/cli/load-input';
import { InputError } from '../../shared/errors';
import { issueFromManifest, manifestNeedsDocx, parseManifest } from '../../shared/model/manifest';
import { readDocx } from '../../shared/import/docx/read-docx';
import { buildDocx, para } from './docx-builder';

const dir = mkdtempSync(path.join(tmpdir(), 'gazette-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const gazette = [
  '目 录', '', '示例市人民政府关于甲事项的通知……………(1)', '', '市长在示例工作会议上的讲话……………(3)', '',
  '示例市人民政府关于甲事项的通知', '', '示政发〔2024〕1号', '', '各区人民政府:', '', '甲事项,请执行。', '', '示例市人民政府', '2024年1月2日', '', '(此件公开发布)', '',
  '在示例工作会议上的讲话', '', '(2024年1月5日)', '', '市 长', '', '同志们：', '', '讲三点意见。', '',
].join('\n');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(['import', ...args], { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('gazette import', () => {
  it('writes [{source,title,docNo,recipients,signer,date,note,kind,blocks}] with --out, splitting by the 目录', async () => {
    writeFileSync(path.join(dir, '公报.txt'), gazette);
    const result = await cli(['公报.txt', '--out', 'out.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(json).toHaveLength(2);
    expect(Object.keys(json[0]).slice(0, 9)).toEqual(['source', 'title', 'docNo', 'recipients', 'signer', 'date', 'note', 'kind', 'blocks']);
    expect(json[0]).toMatchObject({ source: '公报.txt', title: '示例市人民政府关于甲事项的通知', docNo: '示政发〔2024〕1号', recipients: '各区人民政府：', signer: '示例市人民政府', date: '2024-01-02', note: '（此件公开发布）', kind: 'document' });
    expect(json[0].fields.docNo).toMatchObject({ lines: [9] });
    expect(json[1]).toMatchObject({ title: '在示例工作会议上的讲话', tocTitle: '市长在示例工作会议上的讲话', kind: 'speech', date: '2024-01-05', speaker: '市长', docNo: null });
  });

  it('--keep-original keeps the half-width punctuation; several files give their articles in order', async () => {
    writeFileSync(path.join(dir, 'a.txt'), '示例市人民政府关于乙事项的通知\n\n各区人民政府:\n\n乙事项,请执行。\n');
    writeFileSync(path.join(dir, 'b.docx'), buildDocx({ body: para('示例市人民政府关于丙事项的通知', { jc: 'center' }) + para('丙事项。') }));
    const result = await cli(['a.txt', 'b.docx', '--keep-original']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.map((a: { title: string }) => a.title)).toEqual(['示例市人民政府关于乙事项的通知', '示例市人民政府关于丙事项的通知']);
    expect(json[0].recipients).toBe('各区人民政府:');
  });

  it('manifest builds give one article per source and use the converter port for .doc/.wps', () => {
    const manifest = parseManifest(JSON.stringify({ gazette: { name: '示例市人民政府公报', year: 2024, issue: 1 }, sections: [{ title: '市政府文件', articles: ['公报.txt', '旧.doc'] }] }), 'm.json');
    const docx = buildDocx({ body: para('示例市人民政府关于丁事项的通知', { jc: 'center' }) + para('丁事项。') });
    const files: Record<string, Uint8Array> = { '公报.txt': new TextEncoder().encode(gazette.slice(gazette.indexOf('示例市人民政府关于甲事项的通知\n\n示政发'))), '旧.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) };
    const converted: string[] = [];
    expect(manifestNeedsDocx(manifest)).toBe(true);
    const issue = issueFromManifest(manifest, 'm.json', (p) => files[p], { convertOffice: (_bytes, name) => (converted.push(name), docx), readDocx });
    // split:false — the 讲话 after the notice stays in the same article (a source is one 目录 entry).
    expect(issue.sections[0]!.articles.map((a) => a.meta.title)).toEqual(['示例市人民政府关于甲事项的通知', '示例市人民政府关于丁事项的通知']);
    expect(converted).toEqual(['旧.doc']);
    expect(() => issueFromManifest(manifest, 'm.json', (p) => files[p])).toThrow(InputError);
    expect(() => issueFromManifest(manifest, 'm.json', (p) => files[p])).toThrow(/LibreOffice/);
  });

  it('a manifest of .txt sources needs no DOCX reader; one naming a .docx loads it and reads the file', async () => {
    const txtOnly = parseManifest(JSON.stringify({ gazette: { name: '示例市人民政府公报', year: 2024, issue: 1 }, sections: [{ title: '市政府文件', articles: ['a.txt'] }] }), 'm.json');
    expect(manifestNeedsDocx(txtOnly)).toBe(false);
    writeFileSync(path.join(dir, 'a.txt'), '示例市人民政府关于乙事项的通知\n\n各区人民政府:\n\n乙事项,请执行。\n');
    writeFileSync(path.join(dir, 'w.docx'), buildDocx({ body: para('示例市人民政府关于戊事项的通知', { jc: 'center' }) + para('戊事项。') }));
    writeFileSync(path.join(dir, 'word.json'), JSON.stringify({ gazette: { name: '示例市人民政府公报', year: 2024, issue: 1 }, sections: [{ title: '市政府文件', articles: ['a.txt', 'w.docx'] }] }));
    const { issue } = await loadIssue(path.join(dir, 'word.json'));
    expect(issue.sections[0]!.articles.map((a) => a.meta.title)).toEqual(['示例市人民政府关于乙事项的通知', '示例市人民政府关于戊事项的通知']);
  });
});
