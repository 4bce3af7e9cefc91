// Import through the host: images found in a .docx become the document's assets (renamed when a name is
// taken, the image blocks following), one bad file does not stop the others, and .doc goes through LibreOffice
// asynchronously when it is installed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/services/office-convert';
import { startHarness, type Harness } from './harness';

// A 1×1 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

async function noticeWithImage(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('示例市人民政府关于公布示范点名单的通知')] }),
          new Paragraph({ children: [new TextRun('各区人民政府：')] }),
          new Paragraph({ children: [new TextRun('现将示范点位置图公布如下。')] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 100, height: 100 } })] }),
          new Paragraph({ children: [new TextRun('示例市人民政府')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('importing through the host', () => {
  it('stores the images of a .docx with the document, renaming on a second import', async () => {
    const doc = await h.api.newIssue({ profileId: 'gbt9704-a4' });
    const bytes = await noticeWithImage();
    const first = await h.api.importDropped({ docId: doc.docId, files: [{ name: '通知.docx', bytes }] });
    expect(first.failures).toEqual([]);
    expect(first.assets).toHaveLength(1);
    const image = (r: typeof first) => r.articles[0]!.body.find((b) => b.type === 'image') as { asset: string } | undefined;
    expect(image(first)?.asset).toBe(first.assets[0]!.name);
    expect(await h.api.readAsset({ docId: doc.docId, name: first.assets[0]!.name })).toEqual(PNG);

    const second = await h.api.importDropped({ docId: doc.docId, files: [{ name: '通知.docx', bytes }] });
    expect(second.assets[0]!.name).not.toBe(first.assets[0]!.name);
    expect(image(second)?.asset).toBe(second.assets[0]!.name);
    expect(second.articles[0]!.id).not.toBe(first.articles[0]!.id);
  });

  it('.doc is converted by LibreOffice without blocking the host', async (ctx) => {
    if (!findSoffice()) {
      console.warn('跳过：未安装 LibreOffice');
      ctx.skip();
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-doc-'));
    try {
      writeFileSync(path.join(dir, 'notice.docx'), await noticeWithImage());
      execFileSync(findSoffice()!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'doc', '--outdir', dir, path.join(dir, 'notice.docx')], { stdio: 'ignore', timeout: 120_000 });
      const doc = readdirSync(dir).find((n) => n.endsWith('.doc'))!;
      const opened = await h.api.newIssue({ profileId: 'gbt9704-a4' });
      // While LibreOffice works, the host still answers other calls.
      const importing = h.api.importDropped({ docId: opened.docId, files: [{ name: '通知.doc', bytes: readFileSync(path.join(dir, doc)) }] });
      const info = await h.api.appInfo(null);
      expect(info.host).toBe('web');
      const result = await importing;
      expect(result.failures).toEqual([]);
      expect(result.articles[0]!.meta.title).toContain('示范点名单');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
