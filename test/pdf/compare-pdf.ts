// Are two PDFs the same document? Page by page: the text items (same strings, x/y and width within 0.01 pt),
// link annotations, the outline (titles and target pages) and the document info. Used to check that a change
// to the PDF writer leaves what is printed alone:
//   node --import tsx test/pdf/compare-pdf.ts old.pdf new.pdf
// (pictures: pdftoppm -gray -r 60 both files and compare the pages' bytes).
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Doc {
  pages: Array<{ items: Array<{ s: string; x: number; y: number; w: number }>; links: string[] }>;
  outline: string;
  info: string;
}

async function read(bytes: Uint8Array): Promise<Doc> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: Doc['pages'] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const items = (await page.getTextContent()).items.flatMap((i) => ('str' in i ? [{ s: i.str, x: i.transform[4] as number, y: i.transform[5] as number, w: i.width }] : []));
    const links = (await page.getAnnotations()).map((a) => JSON.stringify([a.subtype, (a.rect as number[]).map((v) => v.toFixed(2)), a.dest]));
    pages.push({ items, links });
  }
  const dest = async (d: unknown) => (Array.isArray(d) ? [await doc.getPageIndex(d[0]), ...d.slice(1)] : d);
  const outline = [];
  for (const o of (await doc.getOutline()) ?? []) {
    outline.push([o.title, await dest(o.dest), await Promise.all(o.items.map(async (i) => [i.title, await dest(i.dest)]))]);
  }
  const { Title, Subject } = (await doc.getMetadata()).info as Record<string, unknown>;
  return { pages, outline: JSON.stringify(outline), info: JSON.stringify({ Title, Subject }) };
}

/** The differences between two PDFs (empty: the same document), at most `limit` of them. */
export async function compareDocuments(a: Uint8Array, b: Uint8Array, limit = 20): Promise<string[]> {
  const [x, y] = await Promise.all([read(a), read(b)]);
  const out: string[] = [];
  if (x.pages.length !== y.pages.length) out.push(`pages: ${x.pages.length} vs ${y.pages.length}`);
  x.pages.forEach((p, i) => {
    const q = y.pages[i];
    if (!q) return;
    if (p.items.length !== q.items.length) out.push(`page ${i + 1}: ${p.items.length} vs ${q.items.length} text items`);
    else {
      p.items.forEach((t, k) => {
        const u = q.items[k]!;
        if (t.s !== u.s || Math.abs(t.x - u.x) > 0.01 || Math.abs(t.y - u.y) > 0.01 || Math.abs(t.w - u.w) > 0.01) out.push(`page ${i + 1} item ${k}: ${JSON.stringify(t)} vs ${JSON.stringify(u)}`);
      });
    }
    if (p.links.join() !== q.links.join()) out.push(`page ${i + 1}: links differ`);
  });
  if (x.outline !== y.outline) out.push('outline differs');
  if (x.info !== y.info) out.push(`info: ${x.info} vs ${y.info}`);
  return out.slice(0, limit);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const [a, b] = process.argv.slice(2);
  const diffs = await compareDocuments(new Uint8Array(readFileSync(a!)), new Uint8Array(readFileSync(b!)));
  console.log(diffs.length ? diffs.join('\n') : 'same document');
  process.exitCode = diffs.length ? 1 : 0;
}
