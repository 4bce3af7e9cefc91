// Broken and hostile input to `gazette import`: one clear line and exit 2 (or a correct decode), never a crash.
// Fixtures are made here. Times and memory are printed, not asserted.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/main';
import { makeOfficeConverter } from '../../electron/services/office-convert';
import { InputError } from '../../shared/errors';
import { importDocument } from '../../shared/import/import-document';
import { buildDocx, para } from './docx-builder';

const dir = mkdtempSync(path.join(tmpdir(), 'gazette-import-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gazetteImport(name: string, bytes?: Uint8Array) {
  const file = path.join(dir, name);
  if (bytes) writeFileSync(file, bytes);
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const rss = process.memoryUsage().rss;
  const code = await run(['import', file], { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  console.log(`[import hostile] ${name}: exit ${code} in ${Math.round(performance.now() - started)} ms, rss +${Math.round((process.memoryUsage().rss - rss) / 1048576)} MB: ${stderr.trim().split('\n')[0]}`);
  return { code, stdout, stderr };
}

function expectOneLine(result: { code: number; stderr: string; stdout: string }, name: string, message: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^gazette: /);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(message);
  expect(lines[0]).not.toMatch(/\bat .*\.ts:\d+/);
}

/** Random bytes from a fixed seed, so the test is repeatable. */
function pseudoRandom(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Sets the uncompressed size recorded for an entry (central directory and local header) — a zip that lies. */
function lieAboutSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entry);
  for (let i = 0; i < out.length - 46; i++) {
    const sig = view.getUint32(i, true);
    const nameAt = sig === 0x02014b50 ? i + 46 : sig === 0x04034b50 ? i + 30 : -1;
    if (nameAt < 0 || !name.every((b, k) => out[nameAt + k] === b)) continue;
    view.setUint32(i + (sig === 0x02014b50 ? 24 : 22), size, true);
  }
  return out;
}

describe('gazette import on broken input', () => {
  it('an empty file', async () => {
    expectOneLine(await gazetteImport('空.txt', new Uint8Array(0)), '空.txt', /空/);
    expectOneLine(await gazetteImport('空.docx', new Uint8Array(0)), '空.docx', /空/);
  });

  it('random bytes', async () => {
    expectOneLine(await gazetteImport('random.docx', pseudoRandom(8192)), 'random.docx', /不是 \.docx|zip/);
    expectOneLine(await gazetteImport('random.txt', pseudoRandom(8192)), 'random.txt', /不是文本文件/);
  });

  it('a truncated zip', async () => {
    const docx = buildDocx({ body: para('示例市关于示例的通知') + para('正文。'.repeat(200)) });
    expectOneLine(await gazetteImport('截断.docx', docx.subarray(0, Math.floor(docx.length * 0.6))), '截断.docx', /截断|不完整/);
    expectOneLine(await gazetteImport('截断2.docx', docx.subarray(0, docx.length - 30)), '截断2.docx', /截断|不完整|损坏/);
  });

  it('a zip bomb, honest and lying about its size', async () => {
    const zeros = new Uint8Array(56 * 1024 * 1024);
    const bomb = zipSync({ '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'), 'word/document.xml': zeros }, { level: 9 });
    console.log(`[import hostile] bomb: ${bomb.length} bytes inflating to ${zeros.length}`);
    expectOneLine(await gazetteImport('bomb.docx', bomb), 'bomb.docx', /压缩炸弹/);
    expectOneLine(await gazetteImport('bomb-lying.docx', lieAboutSize(bomb, 'word/document.xml', 1000)), 'bomb-lying.docx', /压缩炸弹/);
  });

  it('XML with an external entity', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>';
    const docx = buildDocx({ body: '', extra: { 'word/document.xml': strToU8(xml) } });
    const result = await gazetteImport('xxe.docx', docx);
    expectOneLine(result, 'xxe.docx', /DOCTYPE/);
    expect(result.stderr).not.toContain('root:');
  });

  it('a very large file is refused before it is read', async () => {
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 200 * 1024 * 1024); // sparse: no disk or memory used
    expectOneLine(await gazetteImport('huge.txt'), 'huge.txt', /太大/);
    expect(() => importDocument(new Uint8Array(65 * 1024 * 1024), 'big.docx')).toThrow(/太大/);
    expectOneLine(await gazetteImport('5mb.txt', new Uint8Array(5 * 1024 * 1024).fill(0x41)), '5mb.txt', /太大/);
  });

  it('a text just under the limit that is one endless paragraph still imports', async () => {
    const line = '示例市各单位要按时完成任务并加强监督检查落实责任推进工作';
    const count = Math.floor((3.9 * 1024 * 1024) / (line.length * 3 + 8));
    const text = '示例市人民政府关于示例的通知\n\n' + Array.from({ length: count }, (_, i) => line + i).join('\n');
    const result = await gazetteImport('endless.txt', new TextEncoder().encode(text));
    expect(result.code).toBe(0);
    const [article] = JSON.parse(result.stdout);
    expect(article.title).toBe('示例市人民政府关于示例的通知');
    expect(article.blocks).toHaveLength(1);
  });

  it('GBK text without a BOM is decoded correctly', async () => {
    const text = '示例市人民政府关于开展示例检查的通知\n\n示政发〔2024〕9号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n示例市人民政府\n2024年5月6日\n';
    const result = await gazetteImport('gbk.txt', new Uint8Array(iconv.encode(text, 'gbk')));
    expect(result.code).toBe(0);
    const [article] = JSON.parse(result.stdout);
    expect(article).toMatchObject({ title: '示例市人民政府关于开展示例检查的通知', docNo: '示政发〔2024〕9号', recipients: '各区人民政府：', signer: '示例市人民政府', date: '2024-05-06' });
    expect(result.stderr).toMatch(/GB18030/);
  });

  it('a missing file, and .doc without LibreOffice', async () => {
    expectOneLine(await gazetteImport('没有这个文件.docx'), '没有这个文件.docx', /不存在/);
    const convert = makeOfficeConverter({ soffice: null });
    expect(() => importDocument(pseudoRandom(100), '旧文件.doc', { convertOffice: convert })).toThrow(InputError);
    expect(() => importDocument(pseudoRandom(100), '旧文件.doc', { convertOffice: convert })).toThrow(/LibreOffice/);
    expect(() => importDocument(pseudoRandom(100), '旧文件.wps')).toThrow(/LibreOffice/);
  });
});
